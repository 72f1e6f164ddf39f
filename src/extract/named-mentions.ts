import { KIND_HEAD_NOUNS, NAME_HEAD_KINDS, PERSON_TITLES, PRISON_NAME_WORDS, type EntityKind } from '../domain';

import { tagsAlone, type NameTags } from './name-tags';
import type { Token } from './tokens';

/** A proper name that is not a known entity, with the kind extraction gives it and why. */
export interface NameCandidate {
  first: number;
  last: number;
  /** Null when nothing in the name or around it says its kind; grouping may still find it (a surname). */
  kind: EntityKind | null;
  /** First token of the run including a title ("President Donald Trump"): the title is no description. */
  runFirst: number;
  evidence: string;
  roles: string[];
}

const CONNECTORS = new Set(['de', 'del', 'la', 'of', 'al', 'bin', 'von', 'van', 'da']);
const GOVERNMENT_TAILS = new Set(['administration', 'government']);

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || /^[A-Z0-9]+-[A-Z0-9]+$/.test(t.text);
}

function kindOfHeadNoun(lemma: string): EntityKind | null {
  for (const [kind, nouns] of Object.entries(KIND_HEAD_NOUNS)) if (nouns.includes(lemma)) return kind as EntityKind;
  return null;
}

/** The kind compromise's lexicon gives the words of a name, if any. */
function kindFromTags(words: Token[], tags: NameTags): [EntityKind, string] | null {
  return (
    kindFromTagSets(words.map((w) => tags.get(w.start) ?? new Set<string>())) ??
    kindFromTagSets([tagsAlone(words.map((w) => w.text).join(' '))])
  );
}

function kindFromTagSets(all: Set<string>[]): [EntityKind, string] | null {
  const some = (tag: string): boolean => all.some((s) => s.has(tag));
  if (some('Country')) return ['Country', 'compromise #Country'];
  if (some('Organization')) return ['Organization', 'compromise #Organization'];
  if (some('Region') || some('City') || some('Place')) return ['Place', 'compromise #Place'];
  if (all.some((s) => (s.has('Person') || s.has('FirstName') || s.has('LastName')) && !s.has('Honorific')))
    return ['Person', 'compromise #Person'];
  return null;
}

/** Apposition: "a Venezuelan gang, Tren de Aragua" or "Tren de Aragua, a gang". */
function kindFromApposition(tokens: Token[], first: number, last: number): [EntityKind, string] | null {
  const before = tokens[first - 1];
  const noun = tokens[first - 2];
  if (before?.text === ',' && noun && noun.sentence === tokens[first]!.sentence) {
    const kind = kindOfHeadNoun(noun.lemma);
    if (kind) return [kind, `apposition to '${noun.text}'`];
  }
  if (tokens[last + 1]?.text === ',' && /^(a|an|the)$/.test(tokens[last + 2]?.lower ?? '')) {
    for (let i = last + 3; i < last + 6 && tokens[i]; i++) {
      const kind = kindOfHeadNoun(tokens[i]!.lemma);
      if (kind) return [kind, `apposition '${tokens[i]!.text}'`];
    }
  }
  return null;
}

function classify(tokens: Token[], run: { first: number; last: number }, tags: NameTags): NameCandidate | null {
  const c = { ...run, runFirst: run.first };
  const words = tokens.slice(c.first, c.last + 1);
  const named = words.filter((w) => !/^\d+$/.test(w.text) && !CONNECTORS.has(w.text));
  const head = named[named.length - 1]!.lemma;
  const headKind = NAME_HEAD_KINDS[head];
  if (headKind && words.length > 1) {
    const prison = headKind === 'Prison' && !/^(prison|jail|penitentiary)$/.test(head);
    if (!prison || words.some((w) => PRISON_NAME_WORDS.includes(w.lemma)))
      return { ...c, kind: headKind, evidence: `name head '${named[named.length - 1]!.text}'`, roles: [] };
  }
  let start = 0;
  while (start < words.length - 1 && PERSON_TITLES.includes(words[start]!.lower)) start++;
  if (start > 0) {
    const roles = [
      words
        .slice(0, start)
        .map((w) => w.lower)
        .join(' '),
    ];
    return { ...c, first: c.first + start, kind: 'Person', evidence: `title '${roles[0]}'`, roles };
  }
  const before = tokens[c.first - 1];
  if (before && before.pos === 'NOUN' && KIND_HEAD_NOUNS.Person.includes(before.lemma))
    return { ...c, kind: 'Person', evidence: `role '${before.text}'`, roles: [roleBefore(tokens, c.first - 1)] };
  const alone = words.length === 1;
  // "Salvadoran leader", "Latin American country": a capitalised adjective before a noun, not a name.
  const adjective =
    /(an|ian|ean|ese|ish|i)$/.test(words[words.length - 1]!.lower) && tokens[c.last + 1]?.pos === 'NOUN';
  if ((alone && all(words, tags, 'Demonym')) || (adjective && !tagsSay(words, tags, 'Person'))) return null;
  const tagged = kindFromApposition(tokens, c.first, c.last) ?? kindFromTags(words, tags);
  if (tagged) return { ...c, kind: tagged[0], evidence: tagged[1], roles: [] };
  if (/^(in|from|to|at)$/.test(before?.lower ?? '') && alone)
    return { ...c, kind: 'Place', evidence: `after '${before!.text}'`, roles: [] };
  if (!alone || /\d/.test(words[0]!.text))
    return { ...c, kind: 'Organization', evidence: 'proper name, kind unknown', roles: [] };
  return { ...c, kind: null, evidence: 'none', roles: [] };
}

/** "Salvadoran leader" before "Nayib Bukele": the role noun with its modifiers. */
function roleBefore(tokens: Token[], noun: number): string {
  let from = noun;
  while (
    from > 0 &&
    /^(ADJ|PROPN)$/.test(tokens[from - 1]!.pos) &&
    tokens[from - 1]!.sentence === tokens[noun]!.sentence
  )
    from--;
  return tokens
    .slice(from, noun + 1)
    .map((t) => t.lemma)
    .join(' ');
}

function tagsSay(words: Token[], tags: NameTags, tag: string): boolean {
  return words.some((w) => tags.get(w.start)?.has(tag) ?? false);
}

function all(words: Token[], tags: NameTags, tag: string): boolean {
  return words.every((w) => tags.get(w.start)?.has(tag) ?? false);
}

/** "a \"Radical Left Lunatic.\"": capitalised words that are the whole of a quotation are words, not a name. */
function isWholeQuotation(tokens: Token[], first: number, last: number): boolean {
  let after = last + 1;
  while (tokens[after] && /^[.,!?]$/.test(tokens[after]!.text)) after++;
  return /^["“]$/.test(tokens[first - 1]?.text ?? '') && /^["”]$/.test(tokens[after]?.text ?? '');
}

/**
 * Runs of capitalised words (with "de", "of" inside: "Tren de Aragua", "Alien
 * Enemies Act of 1798") that are neither known entities, nor dates, nor inside
 * quotation marks ("Radical Left Lunatic" is an insult, not an entity), each
 * given a kind from its last word, a title, compromise's lexicon or an
 * apposition; a run with no evidence of any kind is left out.
 */
export function findNewNames(tokens: Token[], blocked: (t: Token) => boolean, tags: NameTags): NameCandidate[] {
  const out: NameCandidate[] = [];
  const startsSentence = (i: number): boolean => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
  const capitalisedInside = new Set(tokens.filter((t, i) => !startsSentence(i) && isCapitalised(t)).map((t) => t.text));
  const usable = (i: number): boolean => {
    const t = tokens[i];
    if (!t || blocked(t) || !isCapitalised(t)) return false;
    // A capitalised first word is a name only when both taggers call it one ("The", "Lawyers" are not).
    // A capitalised first word is a name when both taggers call it one ("The", "Lawyers" are not), or when
    // the text capitalises it mid-sentence too ("Trump then invited …").
    return (
      !startsSentence(i) ||
      (t.pos === 'PROPN' && ((tags.get(t.start)?.has('ProperNoun') ?? false) || capitalisedInside.has(t.text)))
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!usable(i)) continue;
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      if (usable(last + 1) && next!.sentence === tokens[i]!.sentence) last++;
      else if (next && CONNECTORS.has(next.text) && (usable(last + 2) || /^\d{4}$/.test(tokens[last + 2]?.text ?? '')))
        last += 2;
      else break;
    }
    if (isWholeQuotation(tokens, i, last)) {
      i = last;
      continue;
    }
    if (tokens[last + 1] && GOVERNMENT_TAILS.has(tokens[last + 1]!.lower) && !blocked(tokens[last + 1]!)) last++;
    const candidate = tokens.slice(i, last + 1).some((t) => t.text.length > 1)
      ? classify(tokens, { first: i, last }, tags)
      : null;
    if (candidate) out.push(candidate);
    i = last;
  }
  return out;
}
