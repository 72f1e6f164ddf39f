import { randomUUID } from 'node:crypto';

import { BadInputError } from '../../domain/errors';
import type { Relationship, SeedMerge } from '../../domain/model';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { toRelationship, type RelationshipRow, type SourcedEntity } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { appendAudit, type AuditEntry } from './audit';
import { lockEntity, writeEntityVersion, writeVersionChanges, type LockedEntity } from './merge-io';
import { combineEntities, movedRelationship } from './merge-plan';
import { createMergeRecordStatement, markMergedStatement, relationshipsNamingStatement } from './merge-statements';
import { stampNow } from './stamp';

/** What a merge changed, as its record keeps it: enough for a split to put every fact back. */
export interface MergeChange {
  keepBefore: SourcedEntity;
  keepAfter: SourcedEntity;
  absorbBefore: SourcedEntity;
  /** Each relationship restated on the kept entity: its version before, and the version the merge wrote. */
  moved: Array<{ before: Relationship; version: number }>;
  /** Relationships between the two, withdrawn (both ends became one entity). */
  withdrawn: Relationship[];
}

/** A merge's record with its change read back from the stored JSON text. */
export type MergeRecord = Omit<SeedMerge, 'change'> & { change: MergeChange };

export interface MergeOutcome {
  merge: MergeRecord;
  audit: AuditEntry;
}

/** The entity an argument names, refused (BAD_USER_INPUT naming the argument) when there is none or it is merged. */
async function usable(tx: WriteTx, argument: 'keep' | 'absorb', id: string): Promise<LockedEntity> {
  const found = await lockEntity(tx, id);
  if (!found) {
    throw new BadInputError(`Argument "${argument}": expected the id of an entity, got "${id}", which no entity has.`, {
      argument,
    });
  }
  if (found.mergedInto !== null) {
    throw new BadInputError(
      `Argument "${argument}": expected an entity that is not merged, got "${id}", already merged into "${found.mergedInto}" (merge ${found.mergeId}).`,
      { argument, mergedInto: found.mergedInto, mergeId: found.mergeId },
    );
  }
  return found;
}

/** Refusals before anything is written: the transaction is rolled back, the database as it was. */
async function checkedPair(tx: WriteTx, keepId: string, absorbId: string) {
  if (keepId === absorbId) {
    throw new BadInputError(`Arguments "keep" and "absorb": expected two different entities, got "${keepId}" twice.`, {
      argument: 'absorb',
    });
  }
  const keep = await usable(tx, 'keep', keepId);
  const absorb = await usable(tx, 'absorb', absorbId);
  if (keep.entity.kind !== absorb.entity.kind) {
    throw new BadInputError(
      `Argument "absorb": expected an entity of the kind of "${keepId}" (${keep.entity.kind}), got "${absorbId}" of kind ${absorb.entity.kind}.`,
      { argument: 'absorb' },
    );
  }
  if (keep.entity.kind === 'Document') {
    throw new BadInputError(
      'Argument "keep": expected an entity that is not a Document (quotes point into documents).',
      {
        argument: 'keep',
      },
    );
  }
  return { keep: keep.entity, absorb: absorb.entity };
}

/**
 * Merges `absorb` into `keep` in one transaction with one audit record: the
 * relationships naming `absorb` are restated on `keep` (their current version
 * retracted, version n+1 written, linked), its aliases and quotes move, and
 * `absorb` stays stored as it was, marked merged, so its id still resolves
 * and reads with an earlier `knownAt` still see two entities.
 */
export function mergeEntities(
  client: GraphClient,
  actor: Actor,
  input: { keep: string; absorb: string; reason: string },
): Promise<MergeOutcome> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const { keep, absorb } = await checkedPair(tx, input.keep, input.absorb);
    const rows = await tx.run<{ rel: RelationshipRow }>(relationshipsNamingStatement(absorb.id));
    const why = `merged "${absorb.id}" into "${keep.id}": ${input.reason}`;
    const changes = rows.map(({ rel }) => {
      const current = toRelationship(rel);
      return { current, next: movedRelationship(current, keep.id, absorb.id), reason: why };
    });
    const written = await writeVersionChanges(tx, stamp, changes);
    const keepAfter = await writeEntityVersion(tx, stamp, combineEntities(keep, absorb));
    const id = randomUUID();
    await tx.run(markMergedStatement(absorb.id, keep.id, id, stamp.at));
    const change: MergeChange = {
      keepBefore: keep,
      keepAfter,
      absorbBefore: absorb,
      moved: changes.filter((c) => c.next).map((c) => ({ before: c.current, version: c.current.version! + 1 })),
      withdrawn: changes.filter((c) => !c.next).map((c) => c.current),
    };
    const merge: MergeRecord = {
      id,
      at: stamp.at,
      by: actor.id,
      reason: input.reason,
      kind: keep.kind,
      keepId: keep.id,
      absorbId: absorb.id,
      change,
      split: null,
    };
    const { change: _change, split: _split, ...fields } = merge;
    await tx.run(createMergeRecordStatement({ ...fields, change: JSON.stringify(change) }));
    const audit = await appendAudit(tx, stamp, {
      operation: 'mergeEntities',
      input,
      before: { keep, absorb },
      after: { keep: keepAfter, absorbed: { id: absorb.id, mergedInto: keep.id, mergeId: id }, moved: written },
      reason: input.reason,
      entityIds: [keep.id, absorb.id],
      relationshipIds: changes.map((c) => c.current.id),
    });
    return { merge, audit };
  });
}
