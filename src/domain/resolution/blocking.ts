import type { NameIndex } from './names';
import type { Neighbourhoods } from './neighbourhood';
import type { ResolutionEntity } from './types';

export interface Blocks {
  /** Same-kind pairs worth scoring, as indices into the entities given, [i, j] with i < j. */
  pairs: Array<[number, number]>;
  keys: number;
  skippedKeys: number;
}

/** A pair's key; ids are slugs, so a space cannot occur in one. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Blocking: only entities of the same kind that share a key are compared —
 * a name word or pair of words (`NameIndex.blockingKeys`), or an edge (the
 * same relationship to the same counterpart). A key held by more
 * than `maxBlockSize` entities is skipped: it is too common to be evidence,
 * and it bounds the work at about keys x maxBlockSize pairs, linear in the
 * number of entities instead of quadratic.
 */
export function blockPairs(
  entities: readonly ResolutionEntity[],
  names: NameIndex,
  graph: Neighbourhoods,
  maxBlockSize: number,
  excluded: ReadonlySet<string>,
): Blocks {
  const blocks = new Map<string, number[]>();
  const put = (key: string, index: number) => {
    const block = blocks.get(key);
    if (!block) blocks.set(key, [index]);
    else if (block.length <= maxBlockSize && block[block.length - 1] !== index) block.push(index);
  };
  entities.forEach((entity, index) => {
    for (const key of names.blockingKeys(entity.id)) put(`n|${entity.kind}|${key}`, index);
    for (const edge of graph.of(entity.id)) put(`e|${entity.kind}|${edge.key}`, index);
  });
  // Each entity meets the later entities of its blocks; `met[j] === i` marks j as already paired with i.
  const memberOf: number[][][] = entities.map(() => []);
  let skippedKeys = 0;
  for (const block of blocks.values()) {
    if (block.length > maxBlockSize) skippedKeys += 1;
    else for (const index of block) memberOf[index]!.push(block);
  }
  const met = new Int32Array(entities.length).fill(-1);
  const pairs: Array<[number, number]> = [];
  entities.forEach((entity, i) => {
    for (const block of memberOf[i]!) {
      for (const j of block) {
        if (j <= i || met[j] === i) continue;
        met[j] = i;
        if (excluded.size === 0 || !excluded.has(pairKey(entity.id, entities[j]!.id))) pairs.push([i, j]);
      }
    }
  });
  return { pairs, keys: blocks.size, skippedKeys };
}
