import { isWordChar, nameKey, normalizeChars } from './normalize';
import type { KnownEntity } from './types';

/** Where a known entity's name, alias or name variant occurs in the text. */
export interface KnownHit {
  start: number;
  end: number;
  id: string;
  basis: 'name' | 'surname' | 'initials';
}

interface Pattern {
  id: string;
  key: string;
  basis: KnownHit['basis'];
}

/**
 * The strings each known entity is found by: its name and aliases, and for a
 * person "J. Boasberg", "James E. Boasberg" and the surname alone when no other
 * known entity shares it. A key that belongs to two entities is dropped: it
 * cannot be linked without a guess. Descriptions of unnamed entities ("a
 * federal judge") belong to the text that used them and are not searched for.
 */
function patternsOf(known: readonly KnownEntity[]): Pattern[] {
  const owners = new Map<string, Set<string>>();
  const patterns: Pattern[] = [];
  const add = (id: string, raw: string, basis: KnownHit['basis']): void => {
    const key = nameKey(raw);
    if (key.length < 2) return;
    patterns.push({ id, key, basis });
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  const surnames = new Map<string, Set<string>>();
  for (const e of known) {
    if (e.named === false || e.kind === 'Document') continue;
    for (const n of [e.name, ...e.aliases]) add(e.id, n, 'name');
    if (e.kind !== 'Person') continue;
    const words = nameKey(e.name).split(' ');
    if (words.length < 2) continue;
    const [first, last] = [words[0]!, words[words.length - 1]!];
    add(e.id, `${first[0]}. ${last}`, 'initials');
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') add(e.id, `${first} ${letter}. ${last}`, 'initials');
    const set = surnames.get(last) ?? new Set<string>();
    set.add(e.id);
    surnames.set(last, set);
  }
  for (const [surname, ids] of surnames) {
    if (ids.size === 1 && surname.length >= 3 && !owners.has(surname)) add([...ids][0]!, surname, 'surname');
  }
  return patterns.filter((p) => owners.get(p.key)!.size === 1 || p.basis !== 'name');
}

/**
 * Every occurrence of a known entity in `text`, longest first and never
 * overlapping. Matching ignores case and accents and tolerates a possessive
 * ("Bukele's": the hit covers "Bukele") since the next character only has to
 * end the word.
 */
export function findKnownEntities(text: string, known: readonly KnownEntity[]): KnownHit[] {
  const hay = normalizeChars(text).replace(/\s/g, ' ');
  const hits: KnownHit[] = [];
  for (const p of patternsOf(known)) {
    for (let at = hay.indexOf(p.key); at !== -1; at = hay.indexOf(p.key, at + 1)) {
      const end = at + p.key.length;
      if (isWordChar(hay[at - 1]) || (isWordChar(hay[end]) && isWordChar(p.key[p.key.length - 1]))) continue;
      hits.push({ start: at, end, id: p.id, basis: p.basis });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: KnownHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
