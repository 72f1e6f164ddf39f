import { z } from 'zod';

import { describe, documentFields, entitySchema, relationshipSchema, sourceSchema } from '../domain';

/**
 * The zod schemas of one graph file (`seeds/graph/<article>.json`). The file
 * is checked in pieces (the document, then each entity and each relationship
 * on its own) so that one bad entry does not hide the problems of the others.
 * Entities, relationships and sources have the shapes the API accepts too
 * (src/domain/input-schemas.ts); only the document's article file is the seed's own.
 */

export { entitySchema, relationshipSchema, sourceSchema };

export { dateBasisSchema, publishedDaysSchema } from '../domain';

export const ARTICLE_FILE_PATTERN = /^articles\/[A-Za-z0-9._-]+\.txt$/;

export const documentSchema = z.strictObject({
  ...documentFields,
  articleFile: z.string().regex(ARTICLE_FILE_PATTERN, {
    error: (issue) => `expected "articles/<file>.txt" (relative to the seeds dir), got ${describe(issue.input)}`,
  }),
});

/** The outer shape; entries are checked one by one with the schemas above. */
export const fileSchema = z.strictObject({
  document: z.unknown().optional(),
  entities: z.array(z.unknown()).default([]),
  relationships: z.array(z.unknown()).default([]),
});

export type SeedDocumentInput = z.output<typeof documentSchema>;
export type SeedSourceInput = z.output<typeof sourceSchema>;
export type SeedEntityInput = z.output<typeof entitySchema>;
export type SeedRelationshipInput = z.output<typeof relationshipSchema>;
