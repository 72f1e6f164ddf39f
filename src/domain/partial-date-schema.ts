import { z } from 'zod';

import { parsePartialDate, partialDateProblem, type PartialDate } from './temporal';

/**
 * A PartialDate as written in a file: the short form `"2025-04"` or the long
 * form `{ "value": "2025-04", "precision": "MONTH" }`. Either way the result is
 * a checked `{ value, precision }`; a bad date is one issue naming the value.
 */
export const partialDateSchema: z.ZodType<PartialDate, unknown> = z.unknown().transform((input, ctx) => {
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  if (isObject) {
    const extra = Object.keys(input).filter((k) => k !== 'value' && k !== 'precision');
    if (extra.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown field(s) ${extra.join(', ')} in a date; allowed: value, precision`,
      });
      return z.NEVER;
    }
  }
  const value = isObject ? (input as { value?: unknown }).value : input;
  const precision = isObject ? (input as { precision?: unknown }).precision : undefined;
  const problem = partialDateProblem(value, precision);
  if (problem !== null) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return parsePartialDate(value as string);
});
