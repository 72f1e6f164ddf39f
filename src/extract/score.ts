import type { EntityKind, RelationshipType } from '../domain';

import { nameKey } from './normalize';
import type { EntityRef, Extraction, RelationshipProposal } from './types';

/** A hand-built graph of the same text, to score an extraction against (a seed graph file's entities and facts). */
export interface ReferenceGraph {
  entities: ReadonlyArray<{ id: string; kind: EntityKind; name: string; aliases: readonly string[]; named: boolean }>;
  relationships: ReadonlyArray<{ type: RelationshipType; from: string; to: string; quotes: readonly string[] }>;
}

export interface Score {
  namedEntities: { total: number; found: number; recall: number; missed: string[] };
  proposals: { total: number; correct: number; precision: number };
  /** For each type asked about: the reference facts of that type proposed with the right ends. */
  facts: Record<string, string[]>;
}

const alignKey = (s: string): string => nameKey(s).replace(/^(a|an|his|her|its|their|another) /, '');

/**
 * Which reference entities an extracted entity stands for: the same name or
 * alias (case, accents and a leading article aside); for an entity the
 * reference leaves unnamed ("a federal judge"), also a mention inside one of
 * the quotes the modeller gave for a fact about it.
 */
function aligner(x: Extraction, ref: ReferenceGraph, text: string): (r: EntityRef, mentionId: string) => Set<string> {
  const byKey = new Map<string, string[]>();
  for (const e of ref.entities)
    for (const n of [e.name, ...e.aliases]) byKey.set(alignKey(n), [...(byKey.get(alignKey(n)) ?? []), e.id]);
  const quoteSpans = new Map<string, Array<[number, number]>>();
  for (const r of ref.relationships)
    for (const q of r.quotes) {
      const at = text.indexOf(q);
      if (at === -1) continue;
      for (const id of [r.from, r.to]) quoteSpans.set(id, [...(quoteSpans.get(id) ?? []), [at, at + q.length]]);
    }
  const unnamed = ref.entities.filter((e) => !e.named);
  return (r, mentionId) => {
    if ('known' in r) return new Set([r.known]);
    const e = x.newEntities.find((n) => n.key === r.proposed)!;
    const ids = new Set([e.name, ...e.aliases].flatMap((n) => byKey.get(alignKey(n)) ?? []));
    const m = x.mentions.find((mm) => mm.id === mentionId)!;
    for (const u of unnamed)
      if ((quoteSpans.get(u.id) ?? []).some(([s, t]) => s <= m.start && m.end <= t) && u.kind === m.kind) ids.add(u.id);
    return ids;
  };
}

export function scoreExtraction(
  x: Extraction,
  ref: ReferenceGraph,
  text: string,
  factTypes: readonly RelationshipType[],
): Score {
  const align = aligner(x, ref, text);
  const named = ref.entities.filter((e) => e.named && e.kind !== 'Document');
  const recalled = new Set<string>();
  for (const e of x.newEntities)
    for (const id of align({ proposed: e.key }, e.mentionIds[0]!))
      if (ref.entities.find((r) => r.id === id)?.kind === e.kind) recalled.add(id);
  for (const m of x.mentions) if ('known' in m.entity) recalled.add(m.entity.known);
  const found = named.filter((e) => recalled.has(e.id));
  const matches = (p: RelationshipProposal): string[] => {
    const from = align(p.from, p.fromMention);
    const to = align(p.to, p.toMention);
    return ref.relationships
      .filter((r) => r.type === p.type && from.has(r.from) && to.has(r.to))
      .map((r) => `${r.type} ${r.from} -> ${r.to}`);
  };
  const correct = x.proposals.filter((p) => matches(p).length > 0);
  const facts: Record<string, string[]> = {};
  for (const t of factTypes) facts[t] = [...new Set(correct.filter((p) => p.type === t).flatMap(matches))];
  return {
    namedEntities: {
      total: named.length,
      found: found.length,
      recall: named.length ? found.length / named.length : 1,
      missed: named.filter((e) => !recalled.has(e.id)).map((e) => e.id),
    },
    proposals: {
      total: x.proposals.length,
      correct: correct.length,
      precision: x.proposals.length ? correct.length / x.proposals.length : 1,
    },
    facts,
  };
}
