import { isDeepStrictEqual } from 'node:util';

import type { Relationship, Source } from '../../domain/model';
import type { SourcedEntity } from '../mapping';

/**
 * What a merge does to facts and what a split undoes, as pure functions of
 * domain values: the transactions in merges.ts and splits.ts only read,
 * call these, and write.
 */

const sourceKey = (s: Source) => `${s.documentId}@${s.start}`;
const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/** Names without repeats (case-insensitive), the entity's own name left out. */
function distinctNames(names: readonly string[], except: string): string[] {
  const seen = new Set([except.toLowerCase()]);
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The kept entity after the merge: an unnamed one takes the absorbed one's
 * name (and the quotes behind it come along with its sources); the other
 * name becomes an alias, so a search for either finds it. Kind properties
 * the kept entity lacks are taken, lists are joined; where both give a
 * value the kept entity's stands.
 */
export function combineEntities(keep: SourcedEntity, absorb: SourcedEntity): SourcedEntity {
  const takesName = !keep.named && absorb.named;
  const name = takesName ? absorb.name : keep.name;
  const properties = { ...keep.properties };
  for (const [key, value] of Object.entries(absorb.properties)) {
    const own = properties[key];
    if (own === undefined || own === null) properties[key] = value;
    else if (Array.isArray(own) && Array.isArray(value)) properties[key] = [...new Set([...own, ...value])];
  }
  const held = new Set(keep.sources.map(sourceKey));
  return {
    ...keep,
    name,
    named: keep.named || absorb.named,
    aliases: distinctNames([...keep.aliases, takesName ? keep.name : absorb.name, ...absorb.aliases], name),
    description: keep.description ?? absorb.description,
    properties,
    sources: [...keep.sources, ...absorb.sources.filter((s) => !held.has(sourceKey(s)))],
  };
}

/**
 * A relationship naming the absorbed entity, restated on the kept one (ends
 * and credited quotes); null when both ends become the kept entity, a fact
 * of one thing about itself that the merge withdraws.
 */
export function movedRelationship(rel: Relationship, keepId: string, absorbId: string): Relationship | null {
  const swap = (id: string) => (id === absorbId ? keepId : id);
  const fromId = swap(rel.fromId);
  const toId = swap(rel.toId);
  if (fromId === toId) return null;
  const sources = rel.sources.map((s) => (s.attributedTo === absorbId ? { ...s, attributedTo: keepId } : s));
  return { ...rel, fromId, toId, sources };
}

/**
 * A moved relationship as the split puts it back. Untouched since the merge
 * (`current` is the version the merge wrote): exactly as it was before. Edited
 * since: the edit is a correction of the fact and stays; only the ends and
 * credits the merge moved, where they still point at the kept entity, go back.
 */
export function restoredRelationship(
  current: Relationship,
  before: Relationship,
  mergeVersion: number,
  keepId: string,
  absorbId: string,
): Relationship {
  if (current.version === mergeVersion) return { ...before, version: current.version };
  const back = (now: string, was: string) => (now === keepId && was === absorbId ? absorbId : now);
  const credited = new Set(before.sources.filter((s) => s.attributedTo === absorbId).map(sourceKey));
  return {
    ...current,
    fromId: back(current.fromId, before.fromId),
    toId: back(current.toId, before.toId),
    sources: current.sources.map((s) =>
      s.attributedTo === keepId && credited.has(sourceKey(s)) ? { ...s, attributedTo: absorbId } : s,
    ),
  };
}

/**
 * The kept entity as the split leaves it: each field the merge changed goes
 * back to what it was, unless it was edited since the merge (then the edit
 * stands); aliases and sources the merge added are taken out one by one, so
 * an alias or quote added later stays.
 */
export function restoredEntity(current: SourcedEntity, before: SourcedEntity, after: SourcedEntity): SourcedEntity {
  const pick = <T>(now: T, was: T, merged: T): T => (same(now, merged) ? was : now);
  const addedAliases = new Set(after.aliases.filter((a) => !before.aliases.includes(a)));
  const aliases = same(current.aliases, after.aliases)
    ? before.aliases
    : [
        ...current.aliases.filter((a) => !addedAliases.has(a)),
        ...before.aliases.filter((a) => !after.aliases.includes(a) && !current.aliases.includes(a)),
      ];
  const properties: SourcedEntity['properties'] = {};
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const key of new Set([...keys, ...Object.keys(current.properties)])) {
    const value = keys.has(key)
      ? pick(current.properties[key], before.properties[key], after.properties[key])
      : current.properties[key];
    if (value !== undefined) properties[key] = value;
  }
  const addedSources = new Set(
    after.sources.map(sourceKey).filter((k) => !before.sources.some((s) => sourceKey(s) === k)),
  );
  const sources = same(current.sources, after.sources)
    ? before.sources
    : current.sources.filter((s) => !addedSources.has(sourceKey(s)));
  return {
    ...current,
    name: pick(current.name, before.name, after.name),
    named: pick(current.named, before.named, after.named),
    description: pick(current.description, before.description, after.description),
    aliases,
    properties,
    sources,
  };
}
