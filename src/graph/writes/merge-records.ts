import type { GraphClient } from '../client';
import type { MergeChange, MergeRecord } from './merges';
import { mergeRecordsStatement } from './merge-statements';

/** A stored `EntityMerge` as the merge it records. */
export function toMergeRecord(props: Record<string, unknown>): MergeRecord {
  const text = (key: string) => (typeof props[key] === 'string' ? props[key] : '');
  return {
    id: text('id'),
    at: text('at'),
    by: text('by'),
    reason: text('reason'),
    kind: text('kind'),
    keepId: text('keepId'),
    absorbId: text('absorbId'),
    change: JSON.parse(text('change')) as MergeChange,
    split:
      typeof props.splitAt === 'string'
        ? { at: props.splitAt, by: text('splitBy'), reason: text('splitReason') }
        : null,
  };
}

/** Merge records for the given ids, in key order, null where none has the id (the DataLoader contract). */
export async function mergesById(client: GraphClient, ids: readonly string[]): Promise<Array<MergeRecord | null>> {
  const { cypher, params } = mergeRecordsStatement(ids);
  const rows = await client.read<{ merge: Record<string, unknown> }>(cypher, params);
  const byId = new Map(rows.map((row) => [String(row.merge.id), toMergeRecord(row.merge)]));
  return ids.map((id) => byId.get(id) ?? null);
}
