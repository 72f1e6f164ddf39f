import { MONTH_NAMES as MONTHS, parsePartialDate, precisionOfValue, type PartialDate } from './temporal';

/**
 * The words an article dates a fact with ("Monday", "late Wednesday night",
 * "last month", "April 14", "2019"), read into a typed expression. Only the
 * forms newsroom style uses for dates near the publication day are read; any
 * other wording is refused with a message, so a modeller (or the ingestion)
 * never gets a date the rule did not actually derive.
 */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Which way a bare weekday counts from the publication day, as the sentence's
 * tense says: "in a post Monday" is `past` (the last Monday on or before it),
 * "set for Thursday afternoon" is `future` (the next Thursday on or after it).
 */
export const RECKONINGS = ['past', 'future'] as const;
export type Reckoning = (typeof RECKONINGS)[number];

export type DateExpression =
  /** An absolute date: "2019", "March 2025", "April 14, 2025". */
  | { kind: 'stated'; date: PartialDate }
  /** "April 14": that day in the publication day's year. */
  | { kind: 'dayOfMonth'; month: number; day: number }
  /** "last month" (-1), "this month" / "later this month" / "earlier this month" (0), "next month" (+1). */
  | { kind: 'monthOffset'; offset: number }
  /** "last year" (-1), "this year" (0), "next year" (+1). */
  | { kind: 'yearOffset'; offset: number }
  /** "Monday", "late Wednesday night", "Thursday afternoon". */
  | { kind: 'weekday'; weekday: Weekday; reckoning: Reckoning };

export type ParsedDateExpression = { ok: true; expression: DateExpression } | { ok: false; message: string };

const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = new RegExp(
  `^(?:(?:early|late)\\s+)?(${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?$`,
  'i',
);
const DAY_OF_MONTH = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?$`, 'i');
const MONTH_OF_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})$`, 'i');
const OFFSET = /^(last|this|later this|earlier this|next)\s+(month|year)$/i;
const OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, 'later this': 0, 'earlier this': 0, next: 1 };

const FORMS =
  'a weekday ("Monday", "late Wednesday night"), "last/this/later this/next month|year", "April 14", "March 2025" or "2019"';

const titleCase = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const monthNumber = (name: string) => MONTHS.indexOf(titleCase(name) as (typeof MONTHS)[number]) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

function stated(value: string): ParsedDateExpression {
  try {
    return { ok: true, expression: { kind: 'stated', date: parsePartialDate(value) } };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/**
 * Reads dating words into an expression. `reckoning` is required for a bare
 * weekday, because the words alone do not say whether it lies before or after
 * the publication day; it is ignored otherwise.
 */
export function parseDateExpression(words: string, reckoning?: Reckoning): ParsedDateExpression {
  const text = words.trim().replace(/\s+/g, ' ');
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const name = titleCase(weekday[1]!) as Weekday;
    if (reckoning === undefined) {
      return {
        ok: false,
        message: `"${words}" names a weekday but not which way to count: give reckoning "past" (the last ${name} on or before the publication day) or "future" (the next ${name} on or after it)`,
      };
    }
    return { ok: true, expression: { kind: 'weekday', weekday: name, reckoning } };
  }
  const offset = OFFSET.exec(text);
  if (offset) {
    const amount = OFFSETS[offset[1]!.toLowerCase()]!;
    const kind = offset[2]!.toLowerCase() === 'month' ? 'monthOffset' : 'yearOffset';
    return { ok: true, expression: { kind, offset: amount } };
  }
  const day = DAY_OF_MONTH.exec(text);
  if (day) {
    const [month, dayNumber, year] = [monthNumber(day[1]!), Number(day[2]), day[3]];
    if (year !== undefined) return stated(`${year}-${pad(month)}-${pad(dayNumber)}`);
    // Any year serves to check the day exists; 2024 is a leap year, so 29 February passes.
    const check = stated(`2024-${pad(month)}-${pad(dayNumber)}`);
    if (!check.ok) return { ok: false, message: `"${words}" is not a day of ${MONTHS[month - 1]}` };
    return { ok: true, expression: { kind: 'dayOfMonth', month, day: dayNumber } };
  }
  const monthOfYear = MONTH_OF_YEAR.exec(text);
  if (monthOfYear) return stated(`${monthOfYear[2]}-${pad(monthNumber(monthOfYear[1]!))}`);
  if (precisionOfValue(text) !== null) return stated(text);
  return { ok: false, message: `cannot read "${words}" as a date: expected ${FORMS}` };
}
