import { z } from 'zod';

import { describe, ID_PATTERN, isEntityKind, nonEmpty } from '../domain';
import { instantSchema } from './records-schema';

/**
 * The zod schemas of what entity resolution recorded, as an export carries
 * it (`merges` and `notSame` in a graph file): each merge's record, which a
 * split reads, and each "not the same" judgement. Like the other records they
 * are history: the API never accepts them, and a load stores them as given.
 */

const idSchema = z
  .string({ error: (issue) => `expected an entity id, got ${describe(issue.input)}` })
  .regex(ID_PATTERN, {
    error: (issue) => `expected an entity id (a lowercase slug), got ${describe(issue.input)}`,
  });

/** What a split needs of the merge's change; the rest of the JSON is carried as it is. */
const CHANGE_PARTS = ['keepBefore', 'keepAfter', 'absorbBefore', 'moved', 'withdrawn'] as const;

/** The merge's change, as the JSON text the merge stored (kept verbatim: it is read back, never rewritten). */
const changeSchema = z.string().superRefine((text, ctx) => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `expected the merge's change as JSON text, got text that does not parse: ${(error as Error).message}`,
    });
    return;
  }
  const missing = CHANGE_PARTS.filter((part) => parsed === null || typeof parsed !== 'object' || !(part in parsed));
  if (missing.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `expected the merge's change to hold ${CHANGE_PARTS.join(', ')}; missing ${missing.join(', ')}`,
    });
  }
});

export const seedMergeSchema = z
  .strictObject({
    id: nonEmpty,
    at: instantSchema,
    by: nonEmpty,
    reason: z.string(),
    kind: z
      .string()
      .refine(isEntityKind, { error: (issue) => `expected an entity kind, got ${describe(issue.input)}` }),
    keepId: idSchema,
    absorbId: idSchema,
    change: changeSchema,
    /** When, by whom and why the merge was undone; absent while it is in force. */
    split: z.strictObject({ at: instantSchema, by: nonEmpty, reason: z.string() }).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.keepId === m.absorbId) {
      ctx.addIssue({
        code: 'custom',
        path: ['absorbId'],
        message: `expected another entity than keepId, got "${m.absorbId}" twice`,
      });
    }
    if (m.split && m.split.at < m.at) {
      ctx.addIssue({
        code: 'custom',
        path: ['split', 'at'],
        message: `a merge cannot be split (${m.split.at}) before it was made (${m.at})`,
      });
    }
  });

export const seedNotSameSchema = z
  .strictObject({ a: idSchema, b: idSchema, at: instantSchema, by: nonEmpty, reason: z.string() })
  .superRefine((j, ctx) => {
    if (j.a >= j.b) {
      ctx.addIssue({
        code: 'custom',
        path: ['b'],
        message: `expected the pair in id order ("a" before "b", as the graph stores it), got "${j.a}", "${j.b}"`,
      });
    }
  });

export type SeedMergeInput = z.output<typeof seedMergeSchema>;
export type SeedNotSameInput = z.output<typeof seedNotSameSchema>;
