import { z } from 'zod';

import { RECKONINGS, WEEKDAYS } from './date-expressions';
import { ENTITY_KINDS } from './entity-kinds';
import { ID_PATTERN } from './model';
import { partialDateSchema } from './partial-date-schema';
import { RELATIONSHIP_TYPES } from './relationship-kinds';
import { RELATIONSHIP_STATUSES } from './status';
import { partialDateProblem, precisionOfValue } from './temporal';
import { describe } from './zod-issues';

/**
 * The shapes of what may be written: an entity, a document, a relationship and
 * its sources. The seed files (src/seed/schema.ts) and the API's mutations
 * check their input with these same schemas, then with fact-rules.ts.
 */

export const slug = z.string().regex(ID_PATTERN, {
  error: (issue) =>
    `expected a lowercase slug such as "nayib-bukele" (a-z, 0-9, single hyphens), got ${describe(issue.input)}`,
});

export const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty string' });

const oneOf = (what: string, allowed: readonly string[]) => ({
  error: (issue: { input?: unknown }) =>
    `unknown ${what} ${describe(issue.input)}; expected one of ${allowed.join(', ')}`,
});

const isoDay = z.string().refine((v) => precisionOfValue(v) === 'DAY' && partialDateProblem(v) === null, {
  error: (issue) => `expected a calendar day 'YYYY-MM-DD', got ${describe(issue.input)}`,
});

/** What the text fixes about its publication day within `published`; bounds exclusive. */
export const publishedDaysSchema = z.strictObject({
  after: isoDay.optional(),
  before: isoDay.optional(),
  weekday: z.enum(WEEKDAYS, oneOf('weekday', WEEKDAYS)).optional(),
});

/** The quoted words that date a relationship; the validator resolves them and checks the date. */
export const dateBasisSchema = z.strictObject({
  words: nonEmpty,
  reckoning: z.enum(RECKONINGS, oneOf('reckoning', RECKONINGS)).optional(),
  /** Anything the resolution does not say (e.g. where the year comes from). */
  note: nonEmpty.optional(),
});

/** A document's own fields; where its text comes from differs (a seed's file, the API's input). */
export const documentFields = {
  id: slug,
  title: nonEmpty,
  /** What the document is, e.g. where the title came from when the text has none. */
  description: nonEmpty.optional(),
  publisher: nonEmpty.nullable().default(null),
  published: partialDateSchema.nullable(),
  /** How `published` was obtained when the text does not state it. */
  publishedNote: nonEmpty.optional(),
  publishedDays: publishedDaysSchema.optional(),
  url: z.url({ error: (issue) => `expected an absolute URL or null, got ${describe(issue.input)}` }).nullable(),
};

export const sourceSchema = z.strictObject({
  quote: z.string().min(1, { error: 'expected the exact quote, got an empty string' }),
  /** Seed files default it to the file's own document. */
  documentId: slug.optional(),
  /** Entity id (or, in seed files, a name/alias) of whom the quote is credited to. */
  attributedTo: nonEmpty.optional(),
  /** Which occurrence of the quote, 0 = the first, when it occurs more than once. */
  occurrence: z.number().int().min(0).optional(),
  /** Where the quote starts in the stored text, when it occurs more than once. */
  start: z.number().int().min(0).optional(),
});

const qualifierKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, {
  error: (issue) => `qualifier names are identifiers (letters, digits, _), got ${describe(issue.input)}`,
});

export const entitySchema = z.strictObject({
  id: slug,
  kind: z.enum(ENTITY_KINDS, oneOf('entity kind', ENTITY_KINDS)),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  description: nonEmpty.nullable().default(null),
  named: z.boolean().default(true),
  /** Checked against the kind's schema by checkEntity. */
  properties: z.record(z.string(), z.unknown()).default({}),
  /** Quotes supporting the description and properties. */
  sources: z.array(sourceSchema).default([]),
});

/** How sure the reporting is of a fact, from 0 to 1: a write's rule and a draft's review check the same bounds. */
export const confidenceSchema = z
  .number({ error: (issue) => `expected a number from 0 to 1, got ${describe(issue.input)}` })
  .min(0, { error: (issue) => `confidence must be from 0 to 1, got ${describe(issue.input)}` })
  .max(1, { error: (issue) => `confidence must be from 0 to 1, got ${describe(issue.input)}` });

export const relationshipSchema = z.strictObject({
  id: slug,
  type: z.enum(RELATIONSHIP_TYPES as [string, ...string[]], oneOf('relationship type', RELATIONSHIP_TYPES)),
  from: nonEmpty,
  to: nonEmpty,
  date: partialDateSchema.optional(),
  since: partialDateSchema.optional(),
  until: partialDateSchema.optional(),
  dateBasis: dateBasisSchema.optional(),
  status: z.enum(RELATIONSHIP_STATUSES, oneOf('status', RELATIONSHIP_STATUSES)),
  confidence: confidenceSchema,
  qualifiers: z.record(qualifierKey, z.union([z.string(), z.number(), z.boolean()])).default({}),
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source (document + exact quote)' }),
});

export type SourceInput = z.output<typeof sourceSchema>;
export type EntityInput = z.output<typeof entitySchema>;
export type RelationshipInput = z.output<typeof relationshipSchema>;
