import type { EntityKind } from '../domain';

import type { Description } from './descriptions';
import type { KnownHit } from './known-mentions';
import type { NameCandidate } from './named-mentions';
import { nameKey, slugOf } from './normalize';
import type { Token } from './tokens';
import type { KnownEntity, Mention, ProposedEntity } from './types';

/** Everything found that may be a mention, before it is tied to an entity. */
export type Found =
  | { from: 'known'; hit: KnownHit; first: number; last: number }
  | { from: 'name'; name: NameCandidate }
  | { from: 'description'; description: Description };

// Kinds for which "the <noun>" with no same-noun antecedent means the last one of that kind mentioned.
const KIND_ANAPHORA = new Set<EntityKind>(['Law', 'Prison', 'Court', 'Government', 'Organization']);

function span(f: Found): { first: number; last: number } {
  return f.from === 'name' ? f.name : f.from === 'description' ? f.description : f;
}

/**
 * Ties each mention to an entity, in text order: a known entity by its hit; a
 * proper name to a new entity already proposed under the same name, or under
 * a longer name it ends ("Boasberg" after "James E. Boasberg"), or to a new
 * one; a definite description ("the judge", "such efforts") to the last
 * mention with the same head noun or role, or else (laws, prisons, courts,
 * governments) the last of its kind; anything else is a new entity.
 */
export function groupMentions(
  text: string,
  tokens: Token[],
  found: Found[],
  known: ReadonlyMap<string, KnownEntity>,
): { mentions: Mention[]; newEntities: ProposedEntity[] } {
  const mentions: Mention[] = [];
  const entities = new Map<string, ProposedEntity>();
  const sorted = [...found].sort((a, b) => span(a).first - span(b).first);
  const propose = (kind: EntityKind, name: string, named: boolean, evidence: string): ProposedEntity => {
    let key = slugOf(name);
    for (let n = 2; entities.has(key); n++) key = `${slugOf(name)}-${n}`;
    const e: ProposedEntity = {
      key,
      kind,
      name,
      aliases: [],
      named,
      roles: [],
      mentionIds: [],
      kindEvidence: evidence,
    };
    entities.set(key, e);
    return e;
  };
  for (const f of sorted) {
    const { first, last } = span(f);
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const surface = text.slice(start, end);
    const base = { id: `m${mentions.length + 1}`, start, end, surface, sentence: tokens[first]!.sentence };
    if (f.from === 'known') {
      const e = known.get(f.hit.id)!;
      mentions.push({
        ...base,
        kind: e.kind,
        entity: { known: e.id },
        basis: f.hit.basis,
        head: tokens[last]!.lemma,
        roles: [],
      });
      continue;
    }
    let mention: Mention | null;
    if (f.from === 'name') mention = nameMention(base, f.name, tokens, mentions, entities, propose);
    else mention = descriptionMention(base, f.description, mentions, entities, propose);
    if (!mention) continue;
    mentions.push(mention);
    if ('proposed' in mention.entity) {
      const e = entities.get(mention.entity.proposed)!;
      e.mentionIds.push(mention.id);
      const alias = surface.replace(/^(the|a|an) /i, '');
      if (nameKey(alias) !== nameKey(e.name) && !e.aliases.some((a) => nameKey(a) === nameKey(alias)))
        e.aliases.push(alias);
      for (const r of mention.roles) if (!e.roles.includes(r)) e.roles.push(r);
    }
  }
  return { mentions, newEntities: [...entities.values()] };
}

type Base = Pick<Mention, 'id' | 'start' | 'end' | 'surface' | 'sentence'>;
type Propose = (kind: EntityKind, name: string, named: boolean, evidence: string) => ProposedEntity;

function nameMention(
  base: Base,
  name: NameCandidate,
  tokens: Token[],
  earlier: Mention[],
  entities: Map<string, ProposedEntity>,
  propose: Propose,
): Mention | null {
  const key = nameKey(base.surface);
  const head = tokens[name.last]!.lemma;
  const same = [...entities.values()].find((e) => e.named && [e.name, ...e.aliases].some((n) => nameKey(n) === key));
  const longer = [...entities.values()]
    .reverse()
    .find((e) => e.kind === 'Person' && e.named && nameKey(e.name).endsWith(` ${key}`));
  // "known by its Spanish acronym CECOT", "known as …": another name of the entity named just before.
  const cue = tokens.slice(Math.max(0, name.first - 5), name.first).map((t) => t.lower);
  const aliasOf =
    cue.includes('acronym') || (cue.includes('known') && cue.includes('as')) ? lastNamed(earlier, base.sentence) : null;
  const entity = same ?? longer ?? (aliasOf ? entities.get(aliasOf) : undefined);
  if (entity) {
    const basis = longer && !same ? 'surname' : 'name';
    return { ...base, kind: entity.kind, entity: { proposed: entity.key }, basis, head, roles: name.roles };
  }
  if (name.kind === null) return null;
  const e = propose(name.kind, base.surface, true, name.evidence);
  return { ...base, kind: e.kind, entity: { proposed: e.key }, basis: 'name', head, roles: name.roles };
}

/** "the Salvadoran president" is not "the president": for people, the description's modifiers must be in the antecedent. */
function modifiersAgree(d: Description, m: Mention): boolean {
  if (d.kind !== 'Person' && d.kind !== 'Group') return true;
  const surface = m.surface.toLowerCase();
  return d.modifiers.every((x) => surface.includes(x));
}

function lastNamed(earlier: Mention[], sentence: number): string | null {
  const m = [...earlier].reverse().find((x) => x.sentence === sentence && x.basis === 'name' && 'proposed' in x.entity);
  return m && 'proposed' in m.entity ? m.entity.proposed : null;
}

function descriptionMention(
  base: Base,
  d: Description,
  earlier: Mention[],
  entities: Map<string, ProposedEntity>,
  propose: Propose,
): Mention | null {
  const common = { head: d.head, roles: [] as string[], kind: d.kind };
  if (d.definite) {
    const wanted = [...d.modifiers.filter((m) => /^[a-z]/.test(m)), d.head];
    const roleMatch = (m: Mention): boolean => m.roles.some((r) => wanted.every((w) => r.split(' ').includes(w)));
    const matches = (m: Mention): boolean =>
      (m.head === d.head && m.kind === d.kind && modifiersAgree(d, m)) || roleMatch(m);
    const recent = [...earlier].reverse();
    // A person's title outranks a description: "the president" after "President Donald Trump" is Trump.
    const antecedent =
      recent.find((m) => m.basis === 'name' && matches(m)) ??
      recent.find(matches) ??
      (KIND_ANAPHORA.has(d.kind) && !d.possessive ? recent.find((m) => m.kind === d.kind) : undefined);
    if (antecedent)
      return { ...base, ...common, kind: antecedent.kind, entity: antecedent.entity, basis: 'coreference' };
  }
  const e = propose(
    d.kind,
    base.surface.replace(/^(the|a|an|another|his|her|its|their) /i, ''),
    false,
    `head noun '${d.head}'`,
  );
  return { ...base, ...common, entity: { proposed: e.key }, basis: 'description' };
}
