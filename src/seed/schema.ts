import { z } from 'zod';

import { describe, documentFields, entitySchema, relationshipSchema, sourceSchema } from '../domain';
import {
  checkRelationshipRecord,
  entityRecordSchema,
  instantSchema,
  relationshipRecordSchema,
  retractionSchema,
} from './records-schema';

/**
 * The zod schemas of one graph file (`seeds/graph/<article>.json`). The file
 * is checked in pieces (the document, then each entity and each relationship
 * on its own) so that one bad entry does not hide the problems of the others.
 * Entities, relationships and sources have the shapes the API accepts
 * (src/domain/input-schemas.ts) plus, optionally, what the graph recorded
 * about them (records-schema.ts); the document's article file is the seed's own.
 */

export { dateBasisSchema, publishedDaysSchema } from '../domain';

export const ARTICLE_FILE_PATTERN = /^articles\/[A-Za-z0-9._-]+\.txt$/;

export const seedSourceSchema = sourceSchema.extend({
  /** When the graph first held this quote behind the relationship. */
  recordedAt: instantSchema.optional(),
});

export const seedEntitySchema = entitySchema.extend({ record: entityRecordSchema.optional() });

export const seedRelationshipSchema = relationshipSchema
  .extend({
    sources: z.array(seedSourceSchema).min(1, { error: 'expected at least one source (document + exact quote)' }),
    record: relationshipRecordSchema.optional(),
    retraction: retractionSchema.optional(),
  })
  .superRefine(checkRelationshipRecord);

export const documentSchema = z.strictObject({
  ...documentFields,
  articleFile: z.string().regex(ARTICLE_FILE_PATTERN, {
    error: (issue) => `expected "articles/<file>.txt" (relative to the seeds dir), got ${describe(issue.input)}`,
  }),
  /** The record of the document's entity. */
  record: entityRecordSchema.optional(),
});

/** The outer shape; entries are checked one by one with the schemas above. */
export const fileSchema = z.strictObject({
  document: z.unknown().optional(),
  entities: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
  /** Entity resolution's records (merges-schema.ts). */
  merges: z.array(z.unknown()).default([]),
  notSame: z.array(z.unknown()).default([]),
});

export type SeedDocumentInput = z.output<typeof documentSchema>;
export type SeedSourceInput = z.output<typeof seedSourceSchema>;
export type SeedEntityInput = z.output<typeof seedEntitySchema>;
export type SeedRelationshipInput = z.output<typeof seedRelationshipSchema>;
