import { randomBytes } from 'node:crypto';

import { NotFoundError, parsePartialDate, type EntityKind } from '../../domain';
import { assertOpen, draftDocumentOf, type Draft, type DraftDocument, type EntityLookup } from '../../domain/drafts';
import type { ReviewStamp } from '../../domain/drafts';
import type { Actor } from '../../domain/viewer';
import { draftFindings, extract, type KnownEntity } from '../../extract';
import type { GraphClient } from '../client';
import type { WriteTx } from '../write-transaction';
import { stampNow } from '../writes/stamp';
import {
  draftStatement,
  draftsPageStatement,
  entityNamesStatement,
  knownEntitiesStatement,
  lockDraftStatement,
  putDraftStatement,
  storedDocumentStatement,
} from './statements';

const parse = (body: string): Draft => JSON.parse(body) as Draft;

export async function putDraft(tx: WriteTx, draft: Draft): Promise<void> {
  const { id, state, revision, createdAt, updatedAt } = draft;
  await tx.run(
    putDraftStatement({
      id,
      state,
      revision,
      createdAt,
      updatedAt,
      title: draft.document.title,
      body: JSON.stringify(draft),
    }),
  );
}

export async function readDraft(client: GraphClient, id: string): Promise<Draft | null> {
  const { cypher, params } = draftStatement(id);
  const [row] = await client.read<{ body: string }>(cypher, params);
  return row ? parse(row.body) : null;
}

export interface DraftsPage {
  drafts: Draft[];
  hasNextPage: boolean;
}

export async function listDrafts(
  client: GraphClient,
  first: number,
  after: readonly [string, string] | null,
): Promise<DraftsPage> {
  const { cypher, params } = draftsPageStatement(first, after);
  const rows = await client.read<{ body: string }>(cypher, params);
  return { drafts: rows.slice(0, first).map((r) => parse(r.body)), hasNextPage: rows.length > first };
}

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

/** One review change: the draft locked, checked OPEN (and at `expectedRevision`), changed, stored as the next revision. */
export function changeDraft(
  client: GraphClient,
  actor: Actor,
  request: { id: string; expectedRevision?: number | null; entityIds?: readonly string[] },
  change: (draft: Draft, lookup: EntityLookup, stamp: ReviewStamp) => Draft,
): Promise<Draft> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const draft = await lockedDraft(tx, request.id);
    assertOpen(draft, request.expectedRevision);
    const ids = [...new Set(request.entityIds ?? [])];
    const rows = ids.length
      ? await tx.run<{ id: string; kind: EntityKind; name: string }>(entityNamesStatement(ids))
      : [];
    const lookup: EntityLookup = new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
    const next: Draft = { ...change(draft, lookup, stamp), revision: draft.revision + 1, updatedAt: stamp.at };
    await putDraft(tx, next);
    return next;
  });
}

export async function lockedDraft(tx: WriteTx, id: string): Promise<Draft> {
  const [row] = await tx.run<{ body: string }>(lockDraftStatement(id));
  if (!row) throw new NotFoundError('draft', id);
  return parse(row.body);
}
