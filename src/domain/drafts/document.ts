import { z } from 'zod';

import { checkShape } from '../fact-rules';
import { documentFields } from '../input-schemas';
import type { DraftDocument } from './model';
import { refusal } from '../fact-rules';

/** A text to propose from: the document fields addDocument checks, so a commit cannot fail on them later. */
const proposedTextSchema = z.strictObject({
  title: documentFields.title,
  publisher: documentFields.publisher,
  published: documentFields.published.default(null),
  url: documentFields.url.default(null),
  text: z
    .string()
    .refine((t) => t.trim() !== '', { error: 'expected the full text of the article, got only white space' }),
});

/** The document of a draft proposed from a text, or BAD_USER_INPUT naming `input.<field>`. */
export function draftDocumentOf(input: unknown): DraftDocument {
  const shape = checkShape(proposedTextSchema, input);
  if (!shape.ok) throw refusal(shape.problems);
  const { title, publisher, published, url, text } = shape.value;
  return { documentId: null, title, publisher, published, url, text };
}
