import { NotFoundError, type EntityKind } from '../../domain';
import { assertOpen, type Draft, type EntityLookup, type ReviewStamp } from '../../domain/drafts';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import type { WriteTx } from '../write-transaction';
import { stampNow } from '../writes/stamp';
import {
  draftStatement,
  draftsPageStatement,
  entityNamesStatement,
  lockDraftStatement,
  putDraftStatement,
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
