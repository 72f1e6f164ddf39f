import {
  candidateDays,
  commonDate,
  resolveDateExpression,
  WEEKDAYS,
  type DateExpression,
  type PartialDate,
  type Reckoning,
} from '../domain';

/** What the words of a date expression state, before the publication date is brought in. */
export interface StatedDate {
  /** Fields the text gives outright ("April 14": month and day; "in 2019": year). */
  year?: number;
  month?: number;
  day?: number;
  /** A weekday with no calendar date ("Monday", "late Wednesday night"). */
  weekday: boolean;
  /** Which way a weekday counts from the publication day, as the clause's tense says. Default past. */
  reckoning?: Reckoning;
  /** Counted from the publication date: "last month", "later this month", "yesterday". */
  relative: 'day' | 'month' | 'year' | null;
  /** For a relative date, how many of its units from the publication date ("last month": -1). Default 0. */
  offset?: number;
  /** The calendar day a parser computes from the publication date (for relative and weekday forms). */
  computed: { year: number; month: number; day: number };
}

export interface DateResolution {
  date: PartialDate | null;
  resolved: boolean;
  basis: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

function partial(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { value: String(year), precision: 'YEAR' };
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'MONTH' };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'DAY' };
}

/** The domain's expression for words counted from the publication day; null for "yesterday"-like days. */
function expressionOf(stated: StatedDate): DateExpression | null {
  const c = stated.computed;
  if (stated.weekday) {
    const weekday = WEEKDAYS[new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay()]!;
    return { kind: 'weekday', weekday, reckoning: stated.reckoning ?? 'past' };
  }
  if (stated.relative === 'month') return { kind: 'monthOffset', offset: stated.offset ?? 0 };
  if (stated.relative === 'year') return { kind: 'yearOffset', offset: stated.offset ?? 0 };
  if (stated.relative === null && stated.month !== undefined && stated.day !== undefined) {
    return { kind: 'dayOfMonth', month: stated.month, day: stated.day };
  }
  return null;
}

/** "yesterday", "two days ago": the day `offset` days from each possible publication day. */
function dayOffset(days: readonly string[], offset: number): PartialDate | null {
  const shifted = days.map((d) => ({
    value: new Date(Date.parse(`${d}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10),
    precision: 'DAY' as const,
  }));
  return commonDate(shifted);
}

/**
 * A date resolves by the domain's one rule for relative dates
 * (src/domain/relative-dates.ts): the words are read on every day the
 * publication date allows, and the date is only as precise as all those
 * readings agree (the day, the month, the year, else none). Stated fields are
 * kept as stated; a month without a year takes the publication year.
 */
export function resolveStatedDate(stated: StatedDate, published: PartialDate | null): DateResolution {
  if (stated.relative === null && !stated.weekday && stated.year !== undefined)
    return { date: partial(stated.year, stated.month, stated.month && stated.day), resolved: true, basis: 'stated' };
  const days = published ? candidateDays(published) : [];
  if (stated.relative === null && !stated.weekday && stated.day === undefined) {
    if (stated.month !== undefined && published)
      return {
        date: partial(Number(published.value.slice(0, 4)), stated.month),
        resolved: true,
        basis: 'year from publication',
      };
    return { date: null, resolved: false, basis: 'no year in the text and no publication date' };
  }
  const expression = expressionOf(stated);
  const date = expression ? resolveDateExpression(expression, days).date : dayOffset(days, stated.offset ?? 0);
  if (date === null)
    return { date: null, resolved: false, basis: 'its readings on the possible publication days do not share a year' };
  const basis =
    expression?.kind === 'dayOfMonth'
      ? 'year from publication'
      : expression?.kind === 'weekday'
        ? `weekday ${expression.reckoning === 'past' ? 'on or before' : 'on or after'} the publication day`
        : 'counted from the publication date';
  return { date, resolved: true, basis };
}
