import { KIND_HEAD_NOUNS, type EntityKind } from '../domain';

import type { Token } from './tokens';

/** A common-noun description of an entity: "a federal judge", "such efforts", "the mega prison". */
export interface Description {
  first: number;
  last: number;
  kind: EntityKind;
  /** Lemma of the head noun. */
  head: string;
  /** Lemmas between the determiner and the head ("federal" in "a federal judge"). */
  modifiers: string[];
  /** "the", "such", "his" … point back to something said before; "a", "another", "17" introduce something. */
  definite: boolean;
  possessive: boolean;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'ADV', 'PROPN']);
const QUOTES = /^["“”'‘’]$/;

const HEADS = new Map<string, EntityKind>();
for (const [kind, nouns] of Object.entries(KIND_HEAD_NOUNS)) for (const n of nouns) HEADS.set(n, kind as EntityKind);

function nextWord(tokens: Token[], i: number): Token | undefined {
  let j = i + 1;
  while (tokens[j] && QUOTES.test(tokens[j]!.text)) j++;
  return tokens[j];
}

/**
 * Noun phrases headed by a noun that names an entity kind. The phrase runs
 * left over modifiers (and quotation marks: “supermax” prison) to its
 * determiner; plural people ("migrants", "officials") are a Group.
 */
export function findDescriptions(tokens: Token[], blocked: (t: Token) => boolean): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let kind = HEADS.get(t.lemma);
    if (!kind || blocked(t) || !(t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    const next = nextWord(tokens, i);
    if (next && next.sentence === t.sentence && next.pos === 'NOUN' && HEADS.has(next.lemma)) continue;
    if (kind === 'Person' && t.lower !== t.lemma && t.lower.endsWith('s')) kind = 'Group';
    if (kind === 'Person' && t.lower === 'men') kind = 'Group';
    let first = i;
    // Modifiers may be names ("a Maryland man"): the name stays a mention of its own inside the description.
    const within = (j: number): boolean => tokens[j]!.sentence === t.sentence;
    const modifier = (j: number): boolean =>
      (MODIFIER_POS.has(tokens[j]!.pos) &&
        !DEFINITE.has(tokens[j]!.lower) &&
        !/^(a|an|another)$/.test(tokens[j]!.lower)) ||
      (tokens[j]!.text === '-' && MODIFIER_POS.has(tokens[j - 1]?.pos ?? '')) ||
      QUOTES.test(tokens[j]!.text) ||
      (tokens[j]!.lower === 'and' && tokens[j - 1]?.pos === 'ADJ');
    while (first > 0 && within(first - 1) && modifier(first - 1)) first--;
    while (first < i && QUOTES.test(tokens[first]!.text)) first++;
    const det = tokens[first - 1];
    const definite = det !== undefined && within(first - 1) && (DEFINITE.has(det.lower) || POSSESSIVE.has(det.lower));
    const article =
      det !== undefined && within(first - 1) && /^(a|an|another|the|this|that|these|those|such)$/.test(det.lower);
    const possessive = det !== undefined && (POSSESSIVE.has(det.lower) || det.text === '’s' || det.text === "'s");
    out.push({
      first: article || POSSESSIVE.has(det?.lower ?? '') ? first - 1 : first,
      last: i,
      kind,
      head: t.lemma,
      modifiers: tokens
        .slice(first, i)
        .filter((m) => !QUOTES.test(m.text))
        .map((m) => m.lemma),
      definite: definite || possessive,
      possessive,
    });
  }
  return out;
}
