import { parsePartialDate, type PartialDate } from '../../domain';

/** An input without its null fields: for a creation, null and absent both mean "not given". */
export function given<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as never;
}

/** Fields the caller did not give: absent, not null (null would clear, where that means anything). */
export function givenEdits<T extends object>(input: T): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as never;
}

/** A PartialDate argument as the domain's value; `null` stays null (clears), absent stays absent (keeps). */
export function partialDate(v: string | null | undefined): PartialDate | null | undefined {
  return v === undefined ? undefined : v === null ? null : parsePartialDate(v);
}
