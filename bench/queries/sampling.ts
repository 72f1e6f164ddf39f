import type { EntityKind } from '../../src/domain';
import type { GraphClient } from '../../src/graph';
import { entityId } from '../lib/dataset';
import { Random } from '../lib/random';

/** How many entities of a kind the dataset holds (ids are `<kind>-0` … `<kind>-(n-1)`). */
export async function countOfKind(client: GraphClient, kind: EntityKind): Promise<number> {
  const rows = await client.read<{ n: number }>('MATCH (e:Entity) WHERE e.kind = $kind RETURN count(e) AS n', { kind });
  return rows[0]?.n ?? 0;
}

/**
 * `count` entity ids of `kind` drawn uniformly (a seeded stream, so every run
 * asks about the same entities) that pass `where` (a predicate on `e`).
 */
export async function sampleIds(
  client: GraphClient,
  kind: EntityKind,
  count: number,
  seed: number,
  where = 'true',
): Promise<string[]> {
  const n = await countOfKind(client, kind);
  const random = new Random(seed);
  const found: string[] = [];
  for (let attempt = 0; found.length < count && attempt < 20; attempt++) {
    const candidates = Array.from({ length: count * 4 }, () => entityId(kind, random.int(n)));
    const rows = await client.read<{ id: string }>(
      `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE ${where} RETURN id`,
      { ids: candidates },
    );
    for (const { id } of rows) if (found.length < count && !found.includes(id)) found.push(id);
  }
  if (found.length === 0) throw new Error(`no ${kind} entity passes ${where}: is the dataset loaded?`);
  return found;
}
