import type { EntityKind } from '../entity-kinds';
import type { Problem } from '../zod-issues';
import type { Draft, DraftRef } from './model';

/** An end or a link as an edit names it: exactly one of an entity of the graph or an entity proposal of the draft. */
export interface RefInput {
  entityId?: string | null;
  proposalId?: string | null;
}

/** The graph's entities an edit names, read by the caller (the graph layer) before the edit is applied. */
export type EntityLookup = ReadonlyMap<string, { name: string; kind: EntityKind }>;

/** The entity ids an edit names, for the caller to look up. */
export const namedEntityIds = (...refs: Array<RefInput | null | undefined>): string[] =>
  refs.flatMap((r) => (r?.entityId ? [r.entityId] : []));

/** A reference checked against the draft and the graph; a problem at `path` when it names nothing. */
export function checkRef(
  draft: Draft,
  input: RefInput,
  path: ReadonlyArray<string | number>,
  lookup: EntityLookup,
  problems: Problem[],
): DraftRef | null {
  const { entityId, proposalId } = input;
  if ((entityId == null) === (proposalId == null)) {
    problems.push({
      path,
      message:
        'expected exactly one of entityId (an entity of the graph) or proposalId (an entity proposal of this draft)',
    });
    return null;
  }
  if (proposalId != null) {
    if (draft.entities.some((e) => e.id === proposalId)) return { proposalId };
    const ids = draft.entities.map((e) => e.id).join(', ') || 'none';
    problems.push({
      path: [...path, 'proposalId'],
      message: `no entity proposal "${proposalId}" in this draft; it has ${ids}`,
    });
    return null;
  }
  if (lookup.has(entityId!) || draft.known[entityId!]) return { entityId: entityId! };
  problems.push({ path: [...path, 'entityId'], message: `no entity has the id "${entityId}"` });
  return null;
}

/** The draft's record of the graph's entities it refers to, with those an edit just named. */
export function withKnown(draft: Draft, lookup: EntityLookup): Draft['known'] {
  return { ...draft.known, ...Object.fromEntries(lookup) };
}

/** A fresh id in a list: `prefix` + the first free number. */
export function freshId(prefix: string, taken: ReadonlyArray<{ id: string }>): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
