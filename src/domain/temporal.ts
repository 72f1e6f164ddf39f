/**
 * Dates as precisely as the reporting allows. A `PartialDate` is an ISO 8601
 * date of reduced precision whose form IS its precision: `2019` (YEAR),
 * `2025-04` (MONTH), `2025-04-14` (DAY). Every fact keeps its precision so that
 * nothing downstream pretends to know a day when the source only gave a month.
 */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', agreeing with `precision`. */
  value: string;
  precision: DatePrecision;
}

/** A point in time (`date`) or a span (`since`/`until`, either end open); never both. */
export interface Temporal {
  date?: PartialDate;
  since?: PartialDate;
  until?: PartialDate;
}

/** Whole days; null where the span is open or the fact is undated. */
export interface TemporalBounds {
  validFrom: string | null;
  validTo: string | null;
}

export class TemporalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemporalError';
  }
}

const FORMS: ReadonlyArray<[RegExp, DatePrecision]> = [
  [/^\d{4}$/, 'YEAR'],
  [/^\d{4}-\d{2}$/, 'MONTH'],
  [/^\d{4}-\d{2}-\d{2}$/, 'DAY'],
];

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isDatePrecision(value: unknown): value is DatePrecision {
  return typeof value === 'string' && (DATE_PRECISIONS as readonly string[]).includes(value);
}

/** The precision a value's form implies, or null when it is none of the three forms. */
export function precisionOfValue(value: string): DatePrecision | null {
  for (const [pattern, precision] of FORMS) if (pattern.test(value)) return precision;
  return null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `value` (with an optional declared precision) is not a valid PartialDate,
 * or null when it is. Messages name the value and what was expected.
 */
export function partialDateProblem(value: unknown, precision?: unknown): string | null {
  if (typeof value !== 'string')
    return `expected a date string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got ${JSON.stringify(value)}`;
  const implied = precisionOfValue(value);
  if (implied === null) return `"${value}" is not a date: expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'`;
  if (precision !== undefined && precision !== implied) {
    return isDatePrecision(precision)
      ? `"${value}" has ${implied} precision but precision ${precision} was declared`
      : `precision ${JSON.stringify(precision)} is not one of ${DATE_PRECISIONS.join(', ')}`;
  }
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (y < 1) return `"${value}": year 0000 does not exist`;
  if (m !== undefined && (m < 1 || m > 12)) return `"${value}": month ${String(m).padStart(2, '0')} is not 01..12`;
  if (m !== undefined && d !== undefined) {
    const last = daysInMonth(y, m);
    if (d < 1 || d > last) return `"${value}" is not a calendar day: ${MONTH_NAMES[m - 1]} ${y} has ${last} days`;
  }
  return null;
}

/** Parses a date string or `{ value, precision }`; throws a TemporalError naming the bad value. */
export function parsePartialDate(input: string | { value: unknown; precision?: unknown }): PartialDate {
  const value = typeof input === 'string' ? input : input.value;
  const declared = typeof input === 'string' ? undefined : input.precision;
  const problem = partialDateProblem(value, declared);
  if (problem !== null) throw new TemporalError(problem);
  return { value: value as string, precision: precisionOfValue(value as string)! };
}

/** First day a partial date may stand for: 2025-04 -> 2025-04-01. */
export function earliestDay(pd: PartialDate): string {
  const [y, m = '01', d = '01'] = pd.value.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day a partial date may stand for: 2025-02 -> 2025-02-28, 2019 -> 2019-12-31. */
export function latestDay(pd: PartialDate): string {
  const [y, m, d] = pd.value.split('-');
  if (d !== undefined) return pd.value;
  if (m !== undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** Problems with a Temporal as a whole (each date is assumed valid already). */
export function temporalProblems(t: Temporal): string[] {
  const problems: string[] = [];
  if (t.date && (t.since || t.until)) {
    problems.push('a point "date" and a "since"/"until" span were both given; use one or the other');
  }
  if (t.since && t.until && earliestDay(t.since) > latestDay(t.until)) {
    problems.push(`"since" ${t.since.value} is after "until" ${t.until.value}`);
  }
  return problems;
}

/**
 * The widest span of days a fact may cover: a point date from the first to the
 * last day of its precision; a span from the first day of `since` to the last
 * day of `until`, open ends null.
 */
export function temporalBounds(t: Temporal): TemporalBounds {
  if (t.date) return { validFrom: earliestDay(t.date), validTo: latestDay(t.date) };
  return {
    validFrom: t.since ? earliestDay(t.since) : null,
    validTo: t.until ? latestDay(t.until) : null,
  };
}

/** Human form honest about precision: '14 April 2025', 'April 2025', '2019'. */
export function formatPartialDate(pd: PartialDate): string {
  const [y, m, d] = pd.value.split('-');
  if (m === undefined) return y!;
  const month = MONTH_NAMES[Number(m) - 1]!;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** 'on 14 April 2025' | 'in April 2025' | 'in 2019'. */
export function pointPhrase(pd: PartialDate): string {
  return `${pd.precision === 'DAY' ? 'on' : 'in'} ${formatPartialDate(pd)}`;
}

/** 'on 14 April 2025', 'since 2019', 'until March 2025', 'from 2019 until 2021'; null when undated. */
export function temporalPhrase(t: Temporal): string | null {
  if (t.date) return pointPhrase(t.date);
  if (t.since && t.until) return `from ${formatPartialDate(t.since)} until ${formatPartialDate(t.until)}`;
  if (t.since) return `since ${formatPartialDate(t.since)}`;
  if (t.until) return `until ${formatPartialDate(t.until)}`;
  return null;
}
