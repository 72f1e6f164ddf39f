import { NewsgraphError } from '../../domain/errors';
import type { Relationship } from '../../domain/model';
import { toEntity, toRelationship, type SourcedEntity } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { lockEntityStatement, putEntitiesStatement } from './entity-statements';
import { seedRows } from './seed-rows';
import type { WriteStamp } from './stamp';
import { entityVersionRow, relationshipVersionRow, writeRelationshipVersions, type Retracting } from './versions';

/** What merges and splits read and write inside their transaction, on top of the write path's own statements. */

/** An entity after taking its write lock, with whether (and into what) it was merged. */
export interface LockedEntity {
  entity: SourcedEntity;
  mergedInto: string | null;
  mergeId: string | null;
}

export async function lockEntity(tx: WriteTx, id: string): Promise<LockedEntity | null> {
  const [row] = await tx.run<{ entity: Record<string, unknown> }>(lockEntityStatement(id));
  if (!row) return null;
  const mergedInto = typeof row.entity.mergedInto === 'string' ? row.entity.mergedInto : null;
  const mergeId = typeof row.entity.mergeId === 'string' ? row.entity.mergeId : null;
  return { entity: toEntity(row.entity), mergedInto, mergeId };
}

/** Writes the entity's next version in place (as updateEntity does); returns it as stored. */
export async function writeEntityVersion(
  tx: WriteTx,
  stamp: WriteStamp,
  entity: SourcedEntity,
): Promise<SourcedEntity> {
  const [row] = seedRows({ documents: [], entities: [entity], relationships: [] }).entities.get(entity.kind)!;
  const next = entityVersionRow(row!, (entity.version ?? 1) + 1, entity.recordedAt ?? stamp.at, stamp);
  await tx.run(putEntitiesStatement(entity.kind, [next]));
  return toEntity(next.props);
}

/** One relationship's change: retract `current`, and write `next` as the version after it (or nothing). */
export interface VersionChange {
  current: Relationship;
  next: Relationship | null;
  reason: string;
  /** `current` is already retracted (withdrawn): only `next` is written. */
  restate?: boolean;
}

/**
 * Writes the changes with the write path's own versioning (version n+1
 * supersedes n; quotes keep when they were first recorded). A version that
 * is no longer current when it is retracted means a concurrent change: the
 * whole transaction is refused with CONFLICT and nothing is left.
 */
export async function writeVersionChanges(
  tx: WriteTx,
  stamp: WriteStamp,
  changes: readonly VersionChange[],
): Promise<Relationship[]> {
  const retract: Retracting[] = changes
    .filter((c) => !c.restate)
    .map(({ current, next, reason }) => ({
      id: current.id,
      version: current.version!,
      reason,
      supersededBy: next ? current.version! + 1 : null,
    }));
  const written = changes.flatMap(({ current, next }) =>
    next ? [{ ...next, id: current.id, version: current.version! + 1 }] : [],
  );
  const rows = written.map((rel) =>
    relationshipVersionRow(
      rel,
      rel.version,
      stamp,
      rel.sources.map((s) => s.recordedAt ?? stamp.at),
    ),
  );
  const types = new Map(written.map((rel) => [rel.id, rel.type]));
  const stale = () =>
    Promise.reject(
      new NewsgraphError(
        'CONFLICT',
        'A relationship changed while the merge or split was written; read it again and retry.',
      ),
    );
  const result = await writeRelationshipVersions(tx, stamp, retract, rows, (row) => types.get(row.id)!, stale);
  if (result.missing.length > 0)
    throw new Error(`relationship ${result.missing[0]!.id} lost an end while it was written`);
  return rows.map((row, i) =>
    toRelationship({ props: row.props, type: written[i]!.type, fromId: row.from, toId: row.to }),
  );
}
