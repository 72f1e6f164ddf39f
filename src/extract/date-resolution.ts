import type { PartialDate } from '../domain';

/** What the words of a date expression state, before the publication date is brought in. */
export interface StatedDate {
  /** Fields the text gives outright ("April 14": month and day; "in 2019": year). */
  year?: number;
  month?: number;
  day?: number;
  /** A weekday with no calendar date ("Monday", "late Wednesday night"). */
  weekday: boolean;
  /** Counted from the publication date: "last month", "later this month", "yesterday". */
  relative: 'day' | 'month' | 'year' | null;
  /** The calendar day a parser computes from the publication date (for relative and weekday forms). */
  computed: { year: number; month: number; day: number };
}

export interface DateResolution {
  date: PartialDate | null;
  resolved: boolean;
  basis: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function partial(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { value: String(year), precision: 'YEAR' };
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'MONTH' };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'DAY' };
}

const FINER = { YEAR: 0, MONTH: 1, DAY: 2 } as const;

/**
 * THE date-precision rule of extraction (one function, so that it can be
 * replaced by the domain's relative-day rule): a date resolves only as far as
 * the text and the publication date determine it.
 * - Stated fields are kept as stated ("in 2019" -> 2019, YEAR).
 * - A month and day without a year take the publication year.
 * - A weekday is a day only when the publication day is known; with a
 *   publication month it is that month (seed-format convention); else undated.
 * - "last month", "later this month" need the publication month; "yesterday" the day
 *   (with only the month known, the month).
 */
export function resolveStatedDate(stated: StatedDate, published: PartialDate | null): DateResolution {
  const known = published ? FINER[published.precision] : -1;
  const pubYear = published ? Number(published.value.slice(0, 4)) : undefined;
  const pubMonth = published && known >= 1 ? Number(published.value.slice(5, 7)) : undefined;
  const c = stated.computed;
  if (stated.relative === null && !stated.weekday) {
    if (stated.year !== undefined)
      return { date: partial(stated.year, stated.month, stated.month && stated.day), resolved: true, basis: 'stated' };
    if (stated.month !== undefined && pubYear !== undefined)
      return { date: partial(pubYear, stated.month, stated.day), resolved: true, basis: 'year from publication' };
    return { date: null, resolved: false, basis: 'no year in the text and no publication date' };
  }
  const needs = stated.weekday || stated.relative === 'day' ? 2 : stated.relative === 'month' ? 1 : 0;
  if (known >= needs)
    return {
      date: partial(c.year, needs >= 1 ? c.month : undefined, needs >= 2 ? c.day : undefined),
      resolved: true,
      basis: stated.weekday ? 'weekday nearest the publication day' : 'counted from the publication date',
    };
  if (needs === 2 && known === 1 && pubYear !== undefined && pubMonth !== undefined)
    return {
      date: partial(pubYear, pubMonth),
      resolved: true,
      basis: stated.weekday ? 'weekday: month of publication' : 'day counted from a publication month',
    };
  return { date: null, resolved: false, basis: 'relative to a publication date the input does not give finely enough' };
}
