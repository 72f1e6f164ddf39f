import * as chrono from 'chrono-node';

import type { PartialDate } from '../domain';

import { resolveStatedDate, type StatedDate } from './date-resolution';
import type { DateMention } from './types';

const RELATIVE = /\b(last|this|next|later|earlier|ago|yesterday|today|tomorrow|tonight)\b/i;
const DURATION = /^(for|within|over|in)\s+(\d+|a|an|several|few)\b/i;
const YEAR = /\b(since|in|from|until|by|through|during)\s+((?:1[5-9]|20)\d\d)\b/g;

/** The day chrono counts relative dates from: the publication date, to the middle of its precision. */
function referenceOf(published: PartialDate | null): Date {
  if (!published) return new Date();
  const [y, m = 7, d = published.precision === 'MONTH' ? 15 : 1] = published.value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d, 12));
}

const FUTURE = /\b(will|set for|scheduled|next|upcoming|is due)\b/i;
const DAY_MS = 86_400_000;

/**
 * chrono takes the weekday nearest the reference, which puts "ordered … on
 * Saturday" in the days after a Wednesday publication: news reports the past,
 * so a weekday is the last one on or before publication unless the clause
 * speaks of the future ("is set for Thursday").
 */
function weekdayDate(result: chrono.ParsedResult, ref: Date, before: string): Date {
  const wanted = result.start.get('weekday')!;
  const back = (ref.getUTCDay() - wanted + 7) % 7;
  const forward = (wanted - ref.getUTCDay() + 7) % 7;
  return new Date(ref.getTime() + (FUTURE.test(before) ? forward : -back) * DAY_MS);
}

function stated(result: chrono.ParsedResult, ref: Date, before: string): StatedDate {
  const s = result.start;
  const rel = RELATIVE.exec(result.text)?.[1]?.toLowerCase();
  const relative = rel ? (/month/i.test(result.text) ? 'month' : /year/i.test(result.text) ? 'year' : 'day') : null;
  const date = s.isCertain('weekday') && !s.isCertain('day') ? weekdayDate(result, ref, before) : s.date();
  const months = (date.getUTCFullYear() - ref.getUTCFullYear()) * 12 + date.getUTCMonth() - ref.getUTCMonth();
  const offset =
    relative === 'month'
      ? months
      : relative === 'year'
        ? date.getUTCFullYear() - ref.getUTCFullYear()
        : Math.round(
            (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
              Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate())) /
              DAY_MS,
          );
  return {
    year: relative ? undefined : s.isCertain('year') ? s.get('year')! : undefined,
    month: relative ? undefined : s.isCertain('month') ? s.get('month')! : undefined,
    day: relative ? undefined : s.isCertain('day') ? s.get('day')! : undefined,
    weekday: s.isCertain('weekday') && !s.isCertain('day'),
    relative,
    ...(relative ? { offset } : {}),
    reckoning: FUTURE.test(before) ? 'future' : 'past',
    computed: { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
  };
}

/**
 * Dates in the text with chrono-node (month-day forms, weekdays, relative
 * dates) plus bare years after a preposition ("since 2019", "in 2023"), which
 * chrono leaves alone; each resolved by `resolveStatedDate`. Durations ("for
 * 14 days") are listed but never resolved.
 */
export function findDates(
  text: string,
  published: PartialDate | null,
  sentenceAt: (offset: number) => number,
  sentenceStart: (offset: number) => number,
): DateMention[] {
  const out: DateMention[] = [];
  const ref = referenceOf(published);
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const span = { start: r.index, end: r.index + r.text.length, surface: r.text, sentence: sentenceAt(r.index) };
    if (DURATION.test(r.text)) {
      out.push({ ...span, date: null, resolved: false, basis: 'a duration, not a date', since: false });
      continue;
    }
    const before = text.slice(sentenceStart(r.index), r.index);
    out.push({ ...span, ...resolveStatedDate(stated(r, ref, before), published), since: false });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index + m[0].length - m[2]!.length;
    if (out.some((d) => start < d.end && d.start < start + 4)) continue;
    const year = Number(m[2]);
    const resolution = resolveStatedDate(
      { year, weekday: false, relative: null, computed: { year, month: 1, day: 1 } },
      published,
    );
    out.push({
      start,
      end: start + 4,
      surface: m[2]!,
      sentence: sentenceAt(start),
      ...resolution,
      since: m[1]!.toLowerCase() === 'since',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
