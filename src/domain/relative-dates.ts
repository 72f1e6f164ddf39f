import { parseDateExpression, WEEKDAYS, type DateExpression, type Reckoning, type Weekday } from './date-expressions';
import { earliestDay, formatPartialDate, latestDay, type PartialDate } from './temporal';

/**
 * The rule behind every relative date: an expression ("Monday", "last month")
 * means something only against the day the text was published, and that day is
 * often known only as a set of candidates (article 000: a Thursday in April
 * 2025 before the 14th, so 3 or 10 April). The expression is resolved on every
 * candidate, and the result is only as precise as all of them agree: the day
 * when they give one day, the month when every candidate lies in one month,
 * else the year, else no date at all (the words stay in a `when` qualifier).
 *
 *   const publication = { days: candidateDays(parsePartialDate('2025-04'), { before: '2025-04-14', weekday: 'Thursday' }), inferred: true };
 *   resolveDateBasis({ words: 'Monday', reckoning: 'past' }, publication)
 *     -> resolution.date = 2025 (YEAR): 31 March or 7 April 2025 agree only on the year
 */

/** What the text fixes about its publication day inside its `published` date. Bounds are exclusive ISO days. */
export interface DayConstraints {
  after?: string;
  before?: string;
  weekday?: Weekday;
}

/** The days the text may have been published on, in order; `inferred` when the text does not state them. */
export interface PublicationDays {
  days: readonly string[];
  inferred: boolean;
}

export interface DateResolution {
  /** The finest date every candidate agrees on; null when they differ even in the year, or there is no candidate. */
  date: PartialDate | null;
  /** What the expression means on each possible publication day, distinct, in order. */
  candidates: PartialDate[];
}

/** The dating words of a fact as a seed (or the ingestion) records them. */
export interface DateBasis {
  /** The words of the quote that date the fact: "Monday", "last month", "April 14". */
  words: string;
  reckoning?: Reckoning;
}

export type ResolvedDateBasis =
  | { ok: true; expression: DateExpression; resolution: DateResolution; description: string }
  | { ok: false; message: string };

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const day = (value: string): PartialDate => ({ value, precision: 'DAY' });
const pad = (n: number) => String(n).padStart(2, '0');

/** Every day of `within` that the constraints allow, in order (empty when none does). */
export function candidateDays(within: PartialDate, constraints: DayConstraints = {}): string[] {
  const days: string[] = [];
  const last = toDate(latestDay(within)).getTime();
  for (let t = toDate(earliestDay(within)).getTime(); t <= last; t += DAY_MS) {
    const date = new Date(t);
    const iso = toDay(date);
    if (constraints.after !== undefined && iso <= constraints.after) continue;
    if (constraints.before !== undefined && iso >= constraints.before) continue;
    if (constraints.weekday !== undefined && WEEKDAYS[date.getUTCDay()] !== constraints.weekday) continue;
    days.push(iso);
  }
  return days;
}

function shiftMonth(published: string, offset: number): PartialDate {
  const [y, m] = published.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return { value: `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, precision: 'MONTH' };
}

/** What the expression means if the text was published on `published`. */
function meaningOn(expression: DateExpression, published: string): PartialDate {
  switch (expression.kind) {
    case 'stated':
      return expression.date;
    case 'dayOfMonth':
      return day(`${published.slice(0, 4)}-${pad(expression.month)}-${pad(expression.day)}`);
    case 'monthOffset':
      return shiftMonth(published, expression.offset);
    case 'yearOffset':
      return { value: String(Number(published.slice(0, 4)) + expression.offset), precision: 'YEAR' };
    case 'weekday': {
      const from = toDate(published);
      const target = WEEKDAYS.indexOf(expression.weekday);
      const sign = expression.reckoning === 'past' ? -1 : 1;
      const steps = (sign * (target - from.getUTCDay()) + 7) % 7;
      return day(toDay(new Date(from.getTime() + sign * steps * DAY_MS)));
    }
  }
}

/** The finest partial date that contains every candidate, or null when they do not share a year. */
export function commonDate(candidates: readonly PartialDate[]): PartialDate | null {
  if (candidates.length === 0) return null;
  const first = candidates.map(earliestDay).sort()[0]!;
  const last = candidates.map(latestDay).sort().at(-1)!;
  if (first === last) return day(first);
  if (first.slice(0, 7) === last.slice(0, 7)) return { value: first.slice(0, 7), precision: 'MONTH' };
  if (last.slice(0, 4) === first.slice(0, 4)) return { value: first.slice(0, 4), precision: 'YEAR' };
  return null;
}

export function resolveDateExpression(expression: DateExpression, publicationDays: readonly string[]): DateResolution {
  const meanings =
    expression.kind === 'stated' ? [expression.date] : publicationDays.map((d) => meaningOn(expression, d));
  const candidates = [...new Map(meanings.map((m) => [m.value, m])).values()].sort((a, b) =>
    earliestDay(a).localeCompare(earliestDay(b)),
  );
  return { date: commonDate(candidates), candidates };
}

/** "3 April 2025 or 10 April 2025"; a long list as its first and last day. */
export function formatCandidates(dates: readonly PartialDate[]): string {
  if (dates.length === 0) return 'nothing (the publication day is unknown)';
  if (dates.length <= 4) return dates.map(formatPartialDate).join(' or ');
  return `any of ${dates.length} dates from ${formatPartialDate(dates[0]!)} to ${formatPartialDate(dates.at(-1)!)}`;
}

function countedFrom(expression: DateExpression): string {
  if (expression.kind === 'weekday')
    return expression.reckoning === 'past'
      ? `the last ${expression.weekday} on or before the publication day`
      : `the next ${expression.weekday} on or after the publication day`;
  if (expression.kind === 'dayOfMonth') return "in the publication day's year";
  return 'counted from the publication day';
}

/** One sentence an analyst can check: the words, what they were counted from, what they mean, what is kept. */
export function describeResolution(
  words: string,
  expression: DateExpression,
  publication: PublicationDays,
  resolution: DateResolution,
): string {
  if (expression.kind === 'stated') return `'${words}' is stated`;
  const on = `${publication.inferred ? 'inferred to be ' : ''}${formatCandidates(publication.days.map(day))}`;
  const means = formatCandidates(resolution.candidates);
  const kept =
    resolution.date === null
      ? 'which do not share a year, so the fact is undated'
      : resolution.candidates.length > 1
        ? `which agree only on ${formatPartialDate(resolution.date)}`
        : null;
  return `'${words}', ${countedFrom(expression)} (${on}), is ${means}${kept ? `, ${kept}` : ''}`;
}

/** Parses, resolves and describes a fact's dating words against its document's publication days. */
export function resolveDateBasis(basis: DateBasis, publication: PublicationDays): ResolvedDateBasis {
  const parsed = parseDateExpression(basis.words, basis.reckoning);
  if (!parsed.ok) return parsed;
  const resolution = resolveDateExpression(parsed.expression, publication.days);
  const description = describeResolution(basis.words, parsed.expression, publication, resolution);
  return { ok: true, expression: parsed.expression, resolution, description };
}

/**
 * Why `date` says more than, or other than, its dating words allow; null when
 * it is the resolved date or a coarser date containing it.
 */
export function dateBasisProblem(date: PartialDate, words: string, resolution: DateResolution): string | null {
  const means = formatCandidates(resolution.candidates);
  const fixed = resolution.date;
  if (fixed === null)
    return `${date.value} is more precise than '${words}' allows: it means ${means}, which do not share a year; leave the fact undated and keep the words in a "when" qualifier`;
  const rank = { DAY: 0, MONTH: 1, YEAR: 2 } as const;
  if (rank[date.precision] < rank[fixed.precision])
    return `${date.value} (${date.precision}) is more precise than '${words}' allows: it means ${means}, which agree only on ${formatPartialDate(fixed)}; write "${fixed.value}"`;
  if (earliestDay(date) > earliestDay(fixed) || latestDay(date) < latestDay(fixed))
    return `${date.value} disagrees with '${words}', which means ${formatPartialDate(fixed)} ("${fixed.value}")`;
  return null;
}
