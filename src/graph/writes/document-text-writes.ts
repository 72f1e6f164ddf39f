import type { Relationship } from '../../domain/model';
import type { ReanchoredSources } from '../../domain/text-replacement';
import { toRelationship, type SourcedEntity } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { entitySourcesStatement } from './document-text-statements';
import { sourceLists } from './seed-rows';
import type { WriteStamp } from './stamp';
import { relationshipVersionRow, writeRelationshipVersions, type Retracting } from './versions';

/** A relationship or an entity quoting the document, with its sources re-anchored in the new text. */
export type FactPlan = ({ relationship: Relationship } | { entity: SourcedEntity }) & ReanchoredSources;

function locked(what: string): never {
  // Every row was read under its write lock in this transaction: a miss is a bug, not a race.
  throw new Error(`${what} changed while its quotes were re-anchored`);
}

/**
 * Writes what re-anchoring changed: each relationship as version n+1 (n is
 * retracted with the change's reason and keeps the offsets into the retained
 * text), each entity's source lists in place with its version bumped. Each
 * source keeps when it was first recorded: a moved quote is the same evidence.
 */
export async function writeMovedQuotes(
  tx: WriteTx,
  stamp: WriteStamp,
  facts: readonly FactPlan[],
  reason: string,
): Promise<{ relationships: Relationship[]; entityIds: string[] }> {
  const retract: Retracting[] = [];
  const rows = [];
  const types = new Map<string, string>();
  for (const fact of facts) {
    if (!('relationship' in fact) || !fact.changed) continue;
    const rel = fact.relationship;
    const version = rel.version! + 1;
    const recordedAt = rel.sources.map((s) => s.recordedAt ?? rel.recordedAt ?? stamp.at);
    retract.push({ id: rel.id, version: rel.version!, reason, supersededBy: version });
    rows.push(relationshipVersionRow({ ...rel, sources: fact.sources }, version, stamp, recordedAt));
    types.set(rel.id, rel.type);
  }
  const written = await writeRelationshipVersions(
    tx,
    stamp,
    retract,
    rows,
    (row) => types.get(row.id)!,
    async () => locked('a relationship'),
  );
  if (written.missing.length > 0) locked('an end of a relationship');
  const relationships = rows.map((row) =>
    toRelationship({ props: row.props, type: types.get(row.id)!, fromId: row.from, toId: row.to }),
  );

  const entities = facts.flatMap((fact) =>
    'entity' in fact && fact.changed
      ? [{ id: fact.entity.id, version: fact.entity.version ?? 1, sources: sourceLists(fact.sources) }]
      : [],
  );
  if (entities.length > 0) {
    const [row] = await tx.run<{ written: number }>(entitySourcesStatement(entities, stamp.at, stamp.actor.id));
    if ((row?.written ?? 0) !== entities.length) locked('an entity');
  }
  return { relationships, entityIds: entities.map((e) => e.id) };
}
