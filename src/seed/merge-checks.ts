import type { SeedEntity, SeedMerge, SeedNotSame } from '../domain';
import type { SeedError } from './errors';
import type { SeedMergeInput, SeedNotSameInput } from './merges-schema';

/** Where an entry was declared, for the error that names it. */
export interface Declared<T> {
  file: string;
  path: string;
  value: T;
}

/**
 * The checks between merges, judgements and entities, once every file is
 * read: ids given once, every entity named declared, and the marks on a
 * merged entity and its merge's record telling one story (a split finds the
 * record its absorbed entity names, and a merge in force has its mark).
 */
export function checkMerges(
  entities: readonly SeedEntity[],
  merges: ReadonlyArray<Declared<SeedMergeInput>>,
  notSame: ReadonlyArray<Declared<SeedNotSameInput>>,
): { errors: SeedError[]; merges: SeedMerge[]; notSame: SeedNotSame[] } {
  const errors: SeedError[] = [];
  const report = (at: { file: string; path: string }, suffix: string, message: string) =>
    errors.push({ file: at.file, path: suffix ? `${at.path}.${suffix}` : at.path, message });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const known = (at: Declared<unknown>, key: string, id: string) => {
    if (!byId.has(id)) report(at, key, `expected the id of an entity of the seed, got "${id}", which none has`);
  };

  const mergeById = new Map<string, Declared<SeedMergeInput>>();
  for (const m of merges) {
    const first = mergeById.get(m.value.id);
    if (first) {
      report(m, 'id', `duplicate merge id "${m.value.id}": already given at ${first.file} ${first.path}`);
      continue;
    }
    mergeById.set(m.value.id, m);
    known(m, 'keepId', m.value.keepId);
    known(m, 'absorbId', m.value.absorbId);
    const absorbed = byId.get(m.value.absorbId);
    if (absorbed && absorbed.kind !== m.value.kind) {
      report(m, 'kind', `expected the kind of "${absorbed.id}" (${absorbed.kind}), got ${m.value.kind}`);
    }
    if (!m.value.split && absorbed && absorbed.merged?.mergeId !== m.value.id) {
      report(
        m,
        'absorbId',
        `merge "${m.value.id}" is in force, so "${absorbed.id}" must carry its marks (record.mergeId "${m.value.id}"), got ${absorbed.merged ? `mergeId "${absorbed.merged.mergeId}"` : 'none'}`,
      );
    }
  }

  for (const entity of entities) {
    const mark = entity.merged;
    if (!mark) continue;
    const merge = mergeById.get(mark.mergeId)?.value;
    const expected = merge && `merge "${merge.id}" absorbs "${merge.absorbId}" into "${merge.keepId}" at ${merge.at}`;
    if (!merge || merge.split || merge.absorbId !== entity.id || merge.keepId !== mark.into || merge.at !== mark.at) {
      errors.push({
        file: 'graph/',
        path: `entity "${entity.id}".record`,
        message: `the merge marks (into "${mark.into}" at ${mark.at} by merge "${mark.mergeId}") expect a merge record in force that says so, got ${!merge ? 'no merge with that id' : merge.split ? `${expected}, split at ${merge.split.at}` : expected}`,
      });
    }
  }

  const pairs = new Map<string, Declared<SeedNotSameInput>>();
  for (const j of notSame) {
    const key = `${j.value.a} ${j.value.b}`;
    const first = pairs.get(key);
    if (first) {
      report(j, '', `the pair "${j.value.a}", "${j.value.b}" is already judged at ${first.file} ${first.path}`);
      continue;
    }
    pairs.set(key, j);
    known(j, 'a', j.value.a);
    known(j, 'b', j.value.b);
  }

  return {
    errors,
    merges: [...mergeById.values()].map(({ value: { split, ...m } }) => ({ ...m, split: split ?? null })),
    notSame: [...pairs.values()].map(({ value }) => ({ ...value })),
  };
}
