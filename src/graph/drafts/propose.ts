import { randomBytes } from 'node:crypto';

import { NotFoundError, parsePartialDate, type EntityKind } from '../../domain';
import { draftDocumentOf, type Draft, type DraftDocument, type ReviewStamp } from '../../domain/drafts';
import type { Actor } from '../../domain/viewer';
import { draftFindings, extract, type KnownEntity } from '../../extract';
import type { GraphClient } from '../client';
import { stampNow } from '../writes/stamp';
import { knownEntitiesStatement, storedDocumentStatement } from './statements';
import { putDraft } from './store';

/**
 * Extraction against the graph as it is now (its entities' names and
 * aliases, so mentions link to their ids), stored as a new OPEN draft. The
 * extraction runs before the transaction: it reads no database, and the
 * transaction only stores its value.
 */
async function propose(client: GraphClient, actor: Actor, document: DraftDocument): Promise<Draft> {
  const { cypher, params } = knownEntitiesStatement();
  const known = await client.read<KnownEntity & { kind: EntityKind }>(cypher, params);
  const stamp: ReviewStamp = stampNow(actor);
  const findings = draftFindings(extract({ text: document.text, published: document.published, known }), known, stamp);
  const draft: Draft = {
    id: `draft-${randomBytes(6).toString('hex')}`,
    state: 'OPEN',
    revision: 1,
    createdAt: stamp.at,
    createdBy: actor,
    updatedAt: stamp.at,
    document,
    ...findings,
    commit: null,
  };
  await client.writeTransaction((tx) => putDraft(tx, draft));
  return draft;
}

export function proposeFromText(client: GraphClient, actor: Actor, input: unknown): Promise<Draft> {
  return propose(client, actor, draftDocumentOf(input));
}

/** A draft of a document the graph stores: a commit adds its accepted proposals, quoting the stored text. */
export async function proposeFromDocument(client: GraphClient, actor: Actor, documentId: string): Promise<Draft> {
  const { cypher, params } = storedDocumentStatement(documentId);
  const [doc] = await client.read<Record<string, string | null>>(cypher, params);
  if (!doc || doc.text === null) throw new NotFoundError('document with a stored text', documentId);
  const published = doc.published
    ? parsePartialDate({ value: doc.published, precision: doc.publishedPrecision })
    : null;
  return propose(client, actor, {
    documentId,
    title: doc.title ?? documentId,
    publisher: doc.publisher ?? null,
    published,
    url: doc.url ?? null,
    text: doc.text!,
  });
}
