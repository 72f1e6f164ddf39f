import { BadInputError, NewsgraphError, NotFoundError } from '../../domain/errors';
import type { Relationship, Source } from '../../domain/model';
import { reanchorSources, type NewText, type QuotePlacement } from '../../domain/text-replacement';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { toEntity, toRelationship, type RelationshipRow, type SourcedEntity } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { appendAudit, type AuditEntry } from './audit';
import { lockEntityStatement } from './entity-statements';
import {
  documentRevisionsStatement,
  quotingEntitiesStatement,
  quotingRelationshipsStatement,
  replaceTextStatement,
  type RetainedRevision,
} from './document-text-statements';
import { writeMovedQuotes, type FactPlan } from './document-text-writes';
import { sha256, stampNow } from './stamp';

export interface TextReplacement {
  id: string;
  text: string;
  reason: string;
  /** The digest of the text the caller read; another one is CONFLICT. */
  expectedSha256?: string | null;
  /** Apply even when some quotes cannot be placed (they stay on the text they were taken from). */
  force?: boolean;
}

export interface DocumentTextChange {
  document: SourcedEntity;
  retained: RetainedRevision;
  placements: QuotePlacement[];
  relationships: Relationship[];
  audit: AuditEntry;
}

/** What a document's stored offsets may index: its current text and every retained one, by digest. */
async function textsOf(tx: WriteTx, id: string, current: { text: string; textSha256: string }) {
  const revisions = await tx.run<RetainedRevision>(documentRevisionsStatement(id));
  const bySha = new Map([...revisions, current].map((r) => [r.textSha256, r]));
  const first = revisions[0] ?? current;
  return {
    revisions,
    // Sources stored before texts could be replaced carry no digest: they index the first text.
    indexed: (s: Source) => bySha.get(s.textSha256 ?? first.textSha256) ?? first,
  };
}

function refuseUnplaced(placements: readonly QuotePlacement[]): never {
  const unplaced = placements.filter((p) => p.status === 'NOT_PLACED');
  const problems = unplaced.map((p) => ({
    path: p.relationshipId ? `relationship "${p.relationshipId}"` : `entity "${p.entityId}"`,
    message: `quote ${JSON.stringify(p.before.quote)} (at ${p.before.start}) cannot be placed in the new text: ${p.reason}`,
  }));
  throw new BadInputError(
    `Argument "text": expected a text in which every quote of the document can be placed, got one where ${unplaced.length} cannot (first: ${problems[0]!.path}, ${problems[0]!.message}); fix those quotes, or pass force: true to keep them on the text they were taken from.`,
    { argument: 'text', problems, placements: [...placements] },
  );
}

/**
 * Replaces a document's text in one transaction with one audit record: the old
 * text is kept as a revision, every current quote of the document (behind
 * relationships and entities) is re-anchored in the new text, and each
 * relationship quoting it gets a new version (the old one, retracted, keeps
 * the old offsets, which index the retained text). Quotes that cannot be
 * placed refuse the change unless `force`.
 */
export function replaceDocumentText(
  client: GraphClient,
  actor: Actor,
  input: TextReplacement,
): Promise<DocumentTextChange> {
  const stamp = stampNow(actor);
  const textSha256 = sha256(input.text);
  return client.writeTransaction(async (tx) => {
    const [locked] = await tx.run<{ entity: Record<string, unknown>; text: string | null }>(
      lockEntityStatement(input.id),
    );
    if (!locked) throw new NotFoundError('document', input.id);
    const before = toEntity(locked.entity);
    if (before.kind !== 'Document' || locked.text === null) {
      throw new BadInputError(
        `Argument "id": expected a document with a stored text, got "${input.id}", a ${before.kind}${before.kind === 'Document' ? ' without one' : ''}.`,
        { argument: 'id' },
      );
    }
    const oldSha = typeof locked.entity.textSha256 === 'string' ? locked.entity.textSha256 : sha256(locked.text);
    if (input.expectedSha256 && input.expectedSha256 !== oldSha) {
      throw new NewsgraphError(
        'CONFLICT',
        `The text of document "${input.id}" has SHA-256 ${oldSha}, not ${input.expectedSha256}: read it again and reapply the change.`,
        { what: 'document text', id: input.id, expectedSha256: input.expectedSha256, currentSha256: oldSha },
      );
    }
    if (textSha256 === oldSha) {
      throw new BadInputError(`Argument "text": expected a text other than the stored one, got the same text.`, {
        argument: 'text',
      });
    }
    const texts = await textsOf(tx, input.id, { text: locked.text, textSha256: oldSha });
    const next: NewText = { documentId: input.id, text: input.text, textSha256, indexed: texts.indexed };

    const relRows = await tx.run<{ rel: RelationshipRow }>(quotingRelationshipsStatement(input.id));
    const entityRows = await tx.run<{ entity: Record<string, unknown> }>(quotingEntitiesStatement(input.id));
    const facts: FactPlan[] = [
      ...relRows.map((row) => {
        const rel = toRelationship(row.rel);
        return { relationship: rel, ...reanchorSources({ relationshipId: rel.id }, rel.sources, next) };
      }),
      ...entityRows.map((row) => {
        const entity = toEntity(row.entity);
        return { entity, ...reanchorSources({ entityId: entity.id }, entity.sources, next) };
      }),
    ];
    const placements = facts.flatMap((f) => f.placements);
    if (!input.force && placements.some((p) => p.status === 'NOT_PLACED')) refuseUnplaced(placements);

    const retained: RetainedRevision = {
      documentId: input.id,
      revision: typeof locked.entity.textRevision === 'number' ? locked.entity.textRevision : 1,
      text: locked.text,
      textSha256: oldSha,
      since: (locked.entity.textSince ?? locked.entity.recordedAt ?? null) as string | null,
      replacedAt: stamp.at,
      replacedBy: actor.id,
      reason: input.reason,
    };
    const [doc] = await tx.run<{ entity: Record<string, unknown> }>(
      replaceTextStatement(retained, { text: input.text, textSha256, expectedVersion: before.version ?? 1 }),
    );
    const written = await writeMovedQuotes(tx, stamp, facts, input.reason);
    const document = toEntity(doc!.entity);
    const audit = await appendAudit(tx, stamp, {
      operation: 'replaceDocumentText',
      input: { id: input.id, textSha256, expectedSha256: input.expectedSha256 ?? null, force: input.force ?? false },
      before: { textSha256: oldSha, revision: retained.revision },
      after: { textSha256, revision: retained.revision + 1, placements },
      reason: input.reason,
      entityIds: [input.id, ...written.entityIds],
      relationshipIds: written.relationships.map((r) => r.id),
    });
    return { document, retained, placements, relationships: written.relationships, audit };
  });
}
