import type { Relationship } from '../../domain/model';
import type { WriteTx } from '../write-transaction';
import { contentProps, relationshipRow, type EntityWriteRow, type RelationshipWriteRow } from './seed-rows';
import {
  createRelationshipsStatement,
  existingEntitiesStatement,
  retractRelationshipsStatement,
} from './relationship-statements';
import { digestOf, type WriteStamp } from './stamp';

/**
 * Versions: what the write path adds to the stored content of an entity or
 * a relationship. A relationship is never changed in place: a correction
 * writes version n+1 (same id) and stamps version n retracted with a link to
 * it; a withdrawal stamps the current version retracted. An entity is
 * updated in place with its version bumped; what it held before is in the
 * change's audit record.
 */

/** Who wrote a relationship version, and when. */
export interface RelationshipRecordFields {
  version: number;
  recordedAt: string;
  recordedBy: string;
}

/** Stored content of a relationship version plus its record; `sourceRecordedAt` parallels the source lists. */
export function relationshipVersionRow(
  rel: Relationship,
  version: number,
  stamp: WriteStamp,
  sourceRecordedAt: readonly string[],
): RelationshipWriteRow {
  return recordedRow(rel, { version, recordedAt: stamp.at, recordedBy: stamp.actor.id }, sourceRecordedAt);
}

function recordedRow(
  rel: Relationship,
  record: RelationshipRecordFields,
  sourceRecordedAt: readonly string[],
): RelationshipWriteRow {
  const row = relationshipRow(rel);
  const digest = digestOf({ type: rel.type, from: row.from, to: row.to, props: contentProps(row.props) });
  row.props = { ...row.props, ...record, digest, sourceRecordedAt: [...sourceRecordedAt] };
  return row;
}

/**
 * A version recorded before (a seed carrying an export's history), stored
 * exactly as it was: its own record, its retraction with the names the
 * retraction statement gives them, and each source's own time.
 */
export function recordedRelationshipRow(rel: Relationship & RelationshipRecordFields): RelationshipWriteRow {
  const { version, recordedAt, recordedBy } = rel;
  const row = recordedRow(
    rel,
    { version, recordedAt, recordedBy },
    rel.sources.map((s) => s.recordedAt ?? recordedAt),
  );
  const retraction = rel.retraction ?? null;
  if (retraction !== null) {
    Object.assign(row.props, {
      retractedAt: retraction.at,
      retractedBy: retraction.by,
      retractionReason: retraction.reason,
      supersededBy: retraction.supersededBy,
    });
  }
  return row;
}

/** Digest of a relationship's content as relationshipVersionRow computes it (to compare without writing). */
export function relationshipDigest(rel: Relationship): string {
  const row = relationshipRow(rel);
  return digestOf({ type: rel.type, from: row.from, to: row.to, props: contentProps(row.props) });
}

/** An entity's record: its version, its first version's time, its current version's time and writer. */
export interface EntityRecordFields {
  version: number;
  recordedAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** An entity row with its record: `recordedAt` of its first version, the rest of this write. */
export function entityVersionRow(
  row: EntityWriteRow,
  version: number,
  recordedAt: string,
  stamp: WriteStamp,
): EntityWriteRow {
  return recordedEntityRow(row, { version, recordedAt, updatedAt: stamp.at, updatedBy: stamp.actor.id });
}

/** An entity row with a given record (a new write's, or one a seed carries). */
export function recordedEntityRow(row: EntityWriteRow, record: EntityRecordFields): EntityWriteRow {
  return { id: row.id, props: { ...row.props, ...record, digest: digestOf(contentProps(row.props)) } };
}

/** When each source was first recorded: kept from the previous version for a source it had, now for a new one. */
export function sourceRecordedAt(rel: Relationship, previous: Relationship | null, stamp: WriteStamp): string[] {
  const known = new Map(previous?.sources.map((s) => [`${s.documentId}@${s.start}`, s.recordedAt]) ?? []);
  return rel.sources.map((s) => known.get(`${s.documentId}@${s.start}`) ?? stamp.at);
}

export interface Retracting {
  id: string;
  version: number;
  reason: string | null;
  supersededBy: number | null;
}

/**
 * Retracts the versions named (each must still be current: a concurrent
 * change makes the count fall short and `onStale` decides what to throw),
 * then creates the new versions, grouped by type. Returns the ids of
 * relationship rows whose end is not an entity (nothing of theirs is
 * written; the caller aborts the transaction).
 */
export async function writeRelationshipVersions(
  tx: WriteTx,
  stamp: WriteStamp,
  retract: readonly Retracting[],
  create: readonly RelationshipWriteRow[],
  typeOf: (row: RelationshipWriteRow) => string,
  onStale: () => Promise<never>,
): Promise<{ written: number; missing: MissingEnd[] }> {
  if (retract.length > 0) {
    const [row] = await tx.run<{ retracted: number }>(retractRelationshipsStatement(retract, stamp.at, stamp.actor.id));
    if ((row?.retracted ?? 0) !== retract.length) await onStale();
  }
  const byType = new Map<string, RelationshipWriteRow[]>();
  for (const row of create) {
    const type = typeOf(row);
    byType.set(type, [...(byType.get(type) ?? []), row]);
  }
  let written = 0;
  const missing: MissingEnd[] = [];
  for (const [type, rows] of byType) {
    const [result] = await tx.run<{ written: number }>(createRelationshipsStatement(type, rows));
    written += result?.written ?? 0;
    if ((result?.written ?? 0) !== rows.length) missing.push(...(await missingEnds(tx, type, rows)));
  }
  return { written, missing };
}

/** A relationship row that was not written because an end is not an entity. */
export interface MissingEnd {
  type: string;
  id: string;
  /** The id that is not an entity. */
  end: string;
}

async function missingEnds(tx: WriteTx, type: string, rows: readonly RelationshipWriteRow[]): Promise<MissingEnd[]> {
  const [row] = await tx.run<{ found: string[] }>(existingEntitiesStatement(rows.flatMap((r) => [r.from, r.to])));
  const found = new Set(row?.found ?? []);
  return rows
    .filter((r) => !found.has(r.from) || !found.has(r.to))
    .map((r) => ({ type, id: r.id, end: found.has(r.from) ? r.to : r.from }));
}
