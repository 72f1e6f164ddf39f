import { assertEntityKind, type EntityKind, type Relationship, type SeedEntity, type SeedGraph } from '../../domain';
import { systemViewer } from '../../domain/viewer';
import type { WriteTx } from '../write-transaction';
import { entityStatesStatement, putEntitiesStatement } from './entity-statements';
import { anyRelationshipStatement, latestVersionsStatement } from './relationship-statements';
import {
  entityRecordOf,
  historyConflictError,
  recordedVerdict,
  relationshipRecordOf,
  type HistoryConflict,
  type StoredState,
} from './seed-records';
import { seedRows, type EntityWriteRow, type RelationshipWriteRow } from './seed-rows';
import type { WriteStamp } from './stamp';
import {
  entityVersionRow,
  recordedEntityRow,
  recordedRelationshipRow,
  relationshipDigest,
  relationshipVersionRow,
  sourceRecordedAt,
  writeRelationshipVersions,
  type Retracting,
} from './versions';

/** The entities and relationship versions of one seed load, inside its transaction (seed-graph.ts). */

export const SEED_ACTOR = systemViewer('seed').actor;

/**
 * What a seed load may change of what it stamps itself: what is new, and
 * what the seed itself wrote last and now reads differently. A fact or
 * entity changed or retracted through the API since is left as the API made
 * it: a reload never undoes a correction nor brings back a retracted fact.
 * (Versions the seed carries with their record follow seed-records.ts.)
 */
const seedMayWrite = (state: StoredState | undefined, digest: string) =>
  !state || (state.retracted !== true && state.by === SEED_ACTOR.id && state.digest !== digest);

/**
 * A merged entity's marks, outside its content digest: a merge marks the
 * absorbed entity without writing a version of it (merge-statements.ts).
 */
function withMergeMarks(row: EntityWriteRow, mark: SeedEntity['merged']): EntityWriteRow {
  if (!mark) return row;
  return { ...row, props: { ...row.props, mergedInto: mark.into, mergedAt: mark.at, mergeId: mark.mergeId } };
}

export async function writeSeedEntities(tx: WriteTx, graph: SeedGraph, stamp: WriteStamp): Promise<string[]> {
  const rows = seedRows(graph);
  const states = await tx.run<StoredState>(entityStatesStatement(graph.entities.map((e) => e.id)));
  const byId = new Map(states.map((s) => [s.id, s]));
  const given = new Map(graph.entities.map((e) => [e.id, e]));
  const conflicts: HistoryConflict[] = [];
  const writes: Array<[EntityKind, EntityWriteRow[]]> = [];
  for (const [kind, list] of rows.entities) {
    const changed = list.flatMap((row) => {
      const state = byId.get(row.id);
      const record = entityRecordOf(given.get(row.id)!);
      if (record) {
        const next = withMergeMarks(recordedEntityRow(row, record), given.get(row.id)!.merged);
        const version = { id: row.id, version: record.version, digest: String(next.props.digest), retracted: false };
        const verdict = recordedVerdict(state, version);
        if (verdict === 'conflict') conflicts.push({ what: 'entity', given: version, stored: state! });
        return verdict === 'write' ? [next] : [];
      }
      const next = entityVersionRow(row, (state?.version ?? 0) + 1, state?.recordedAt ?? stamp.at, stamp);
      return seedMayWrite(state, String(next.props.digest)) ? [next] : [];
    });
    if (changed.length > 0) writes.push([kind, changed]);
  }
  if (conflicts.length > 0) throw historyConflictError(conflicts);
  for (const [kind, changed] of writes) await tx.run(putEntitiesStatement(assertEntityKind(kind), changed));
  return writes.flatMap(([, changed]) => changed.map((row) => row.id));
}

/** The versions of recorded relationships, by id, oldest first. */
function recordedVersions(graph: SeedGraph): Map<string, Relationship[]> {
  const byId = new Map<string, Relationship[]>();
  for (const rel of graph.relationships) {
    if (relationshipRecordOf(rel) === null) continue;
    byId.set(rel.id, [...(byId.get(rel.id) ?? []), rel]);
  }
  for (const versions of byId.values()) versions.sort((a, b) => a.version! - b.version!);
  return byId;
}

export async function writeSeedRelationships(tx: WriteTx, graph: SeedGraph, stamp: WriteStamp): Promise<string[]> {
  const ids = [...new Set(graph.relationships.map((r) => r.id))];
  const [stored] = await tx.run<{ any: boolean }>(anyRelationshipStatement());
  const latest = stored?.any ? await tx.run<StoredState>(latestVersionsStatement(ids)) : [];
  const byId = new Map(latest.map((s) => [s.id, s]));
  const retract: Retracting[] = [];
  const create = new Map<RelationshipWriteRow, string>();
  for (const rel of graph.relationships) {
    if (relationshipRecordOf(rel) !== null) continue;
    const state = byId.get(rel.id);
    if (!seedMayWrite(state, relationshipDigest(rel))) continue;
    const version = (state?.version ?? 0) + 1;
    if (state) retract.push({ id: rel.id, version: state.version!, reason: 'seed reload', supersededBy: version });
    create.set(relationshipVersionRow(rel, version, stamp, sourceRecordedAt(rel, null, stamp)), rel.type);
  }
  const conflicts: HistoryConflict[] = [];
  for (const [id, versions] of recordedVersions(graph)) {
    const rows = versions.map((v) => recordedRelationshipRow({ ...v, ...relationshipRecordOf(v)! }));
    const top = versions[versions.length - 1]!;
    const given = { id, version: top.version!, digest: String(rows.at(-1)!.props.digest), retracted: !!top.retraction };
    const verdict = recordedVerdict(byId.get(id), given);
    if (verdict === 'conflict') conflicts.push({ what: 'relationship', given, stored: byId.get(id)! });
    if (verdict === 'write') rows.forEach((row, i) => create.set(row, versions[i]!.type));
  }
  if (conflicts.length > 0) throw historyConflictError(conflicts);
  const result = await writeRelationshipVersions(
    tx,
    stamp,
    retract,
    [...create.keys()],
    (row) => create.get(row)!,
    async () => {
      throw new Error('Seed write aborted, nothing was written: a relationship changed while the seed was written');
    },
  );
  if (result.missing.length > 0) {
    const type = result.missing[0]!.type;
    const ofType = result.missing.filter((m) => m.type === type);
    throw new Error(
      `Seed write aborted, nothing was written: ${ofType.length} ${type} relationship(s) have an endpoint that is not an entity: ${ofType.map((m) => `${m.id} (${m.end})`).join(', ')}`,
    );
  }
  return [...new Set([...create.keys()].map((row) => row.id))];
}
