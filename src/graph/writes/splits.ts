import { BadInputError, NotFoundError } from '../../domain/errors';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { toRelationship, type RelationshipRow } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { appendAudit } from './audit';
import { lockEntity, writeEntityVersion, writeVersionChanges, type VersionChange } from './merge-io';
import { restoredEntity, restoredRelationship } from './merge-plan';
import { toMergeRecord } from './merge-records';
import { lockMergeRecordStatement, markSplitStatement, unmarkMergedStatement } from './merge-statements';
import type { MergeOutcome, MergeRecord } from './merges';
import { latestVersionsStatement, lockRelationshipStatement } from './relationship-statements';
import { stampNow } from './stamp';

/** The merge to split, refused when it is unknown, already split, or its kept entity was merged on since. */
async function splittable(tx: WriteTx, mergeId: string): Promise<MergeRecord> {
  const [row] = await tx.run<{ merge: Record<string, unknown> }>(lockMergeRecordStatement(mergeId));
  if (!row) throw new NotFoundError('merge', mergeId);
  const merge = toMergeRecord(row.merge);
  if (merge.split) {
    throw new BadInputError(
      `Argument "mergeId": expected a merge in force, got "${mergeId}", split at ${merge.split.at}.`,
      { argument: 'mergeId' },
    );
  }
  const keep = await lockEntity(tx, merge.keepId);
  if (keep?.mergedInto) {
    throw new BadInputError(
      `Argument "mergeId": "${merge.keepId}" was merged into "${keep.mergedInto}" since (merge ${keep.mergeId}); split that merge first.`,
      { argument: 'mergeId', mergeId: keep.mergeId },
    );
  }
  await lockEntity(tx, merge.absorbId);
  return merge;
}

/**
 * What the split writes for the relationships the merge touched. A moved one
 * goes back from its current version (see restoredRelationship); one
 * withdrawn since the merge stays withdrawn (a withdrawal is a later
 * judgement about the fact). A relationship the merge withdrew (between the
 * two) is stated again, unless it was stated again since.
 */
async function relationshipChanges(tx: WriteTx, merge: MergeRecord, reason: string): Promise<VersionChange[]> {
  const why = `split merge ${merge.id} ("${merge.absorbId}" from "${merge.keepId}"): ${reason}`;
  const changes: VersionChange[] = [];
  for (const { before, version } of merge.change.moved) {
    const [row] = await tx.run<{ rel: RelationshipRow }>(lockRelationshipStatement(before.id));
    if (!row) continue;
    const current = toRelationship(row.rel);
    const next = restoredRelationship(current, before, version, merge.keepId, merge.absorbId);
    changes.push({ current, next, reason: why });
  }
  const withdrawn = merge.change.withdrawn;
  const latest = await tx.run<{ id: string; version: number; retracted: boolean }>(
    latestVersionsStatement(withdrawn.map((rel) => rel.id)),
  );
  const untouched = new Set(latest.filter((l) => l.retracted).map((l) => `${l.id}@${l.version}`));
  for (const rel of withdrawn) {
    if (!untouched.has(`${rel.id}@${rel.version}`)) continue;
    // Restated from its withdrawn version: that one stays retracted, the next version is current.
    changes.push({ current: rel, next: rel, reason: why, restate: true });
  }
  return changes;
}

/**
 * Undoes a merge in one transaction with one audit record: every
 * relationship, quote, alias and property the merge moved goes back to the
 * absorbed entity, which becomes an entity of its own again; later edits to
 * facts the merge did not touch are not undone (nor are edits to the moved
 * ones, which go back edited). Nothing is erased: the merge's versions are
 * retracted, new versions written.
 */
export function splitMerge(
  client: GraphClient,
  actor: Actor,
  input: { mergeId: string; reason: string },
): Promise<MergeOutcome> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const merge = await splittable(tx, input.mergeId);
    const changes = await relationshipChanges(tx, merge, input.reason);
    const written = await writeVersionChanges(tx, stamp, changes);
    const keep = (await lockEntity(tx, merge.keepId))!.entity;
    const { keepBefore, keepAfter } = merge.change;
    const keepNow = await writeEntityVersion(tx, stamp, restoredEntity(keep, keepBefore, keepAfter));
    await tx.run(unmarkMergedStatement(merge.absorbId, merge.id));
    const [marked] = await tx.run<{ merge: Record<string, unknown> }>(
      markSplitStatement(merge.id, stamp.at, actor.id, input.reason),
    );
    const audit = await appendAudit(tx, stamp, {
      operation: 'splitMerge',
      input,
      before: { keep },
      after: { keep: keepNow, restored: written },
      reason: input.reason,
      entityIds: [merge.keepId, merge.absorbId],
      relationshipIds: changes.map((c) => c.current.id),
    });
    return { merge: toMergeRecord(marked!.merge), audit };
  });
}
