import { assertOpen, commitPlan, endId, type Draft, type DraftCommit } from '../../domain/drafts';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { appendAudit } from '../writes/audit';
import { insertDocument, insertEntity } from '../writes/entity-changes';
import { insertRelationship } from '../writes/relationship-changes';
import { stampNow } from '../writes/stamp';
import { lockedDraft, putDraft } from './store';

/**
 * Writes a draft's accepted and edited proposals into the graph as ONE
 * change: the document (unless the graph stores it), the new entities, then
 * the relationships, each through the write path's own function and so its
 * one validator (a refusal names the proposal: `proposals[3].to`), then one
 * audit record naming the draft, and the draft marked COMMITTED with what it
 * wrote. One transaction: a refusal anywhere leaves the database as it was.
 */
export function commitDraft(client: GraphClient, actor: Actor, id: string): Promise<Draft> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const draft = await lockedDraft(tx, id);
    assertOpen(draft);
    const plan = commitPlan(draft);
    // A draft of a stored document quotes it; any other adds its document first.
    const created =
      'existing' in plan.document ? null : await insertDocument(tx, stamp, plan.document.input, 'document');
    const documentId = created?.id ?? (plan.document as { existing: string }).existing;
    const entities = [];
    for (const e of plan.entities)
      entities.push({ proposalId: e.proposalId, entity: await insertEntity(tx, stamp, e.input, e.root) });
    const ids = new Map(entities.map((e) => [e.proposalId, e.entity.id]));
    const relationships = [];
    for (const r of plan.relationships) {
      const input = {
        ...r.stated,
        from: endId(r.from, ids),
        to: endId(r.to, ids),
        sources: r.stated.sources.map((s) => ({ documentId, ...s })),
      };
      relationships.push({
        proposalId: r.proposalId,
        relationship: await insertRelationship(tx, stamp, input, r.root),
      });
    }
    const audit = await appendAudit(tx, stamp, {
      operation: 'commitDraft',
      input: { draftId: id, revision: draft.revision },
      before: null,
      after: {
        document: created ?? { id: documentId },
        entities: entities.map((e) => e.entity),
        relationships: relationships.map((r) => r.relationship),
      },
      reason: `draft ${id}`,
      entityIds: [
        ...new Set([
          documentId,
          ...entities.map((e) => e.entity.id),
          ...relationships.flatMap((r) => [r.relationship.fromId, r.relationship.toId]),
        ]),
      ],
      relationshipIds: relationships.map((r) => r.relationship.id),
    });
    const commit: DraftCommit = {
      at: stamp.at,
      actor,
      auditId: audit.id,
      documentId,
      entities: entities.map((e) => ({ proposalId: e.proposalId, id: e.entity.id })),
      relationships: relationships.map((r) => ({ proposalId: r.proposalId, id: r.relationship.id })),
    };
    const committed: Draft = {
      ...draft,
      state: 'COMMITTED',
      revision: draft.revision + 1,
      updatedAt: stamp.at,
      commit,
    };
    await putDraft(tx, committed);
    return committed;
  });
}
