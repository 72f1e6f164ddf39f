import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import type { Sentence } from './types';

/** One word or punctuation mark of the text, with its offsets and what wink-nlp says of it. */
export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Lemma, lower case; plural proper-cased nouns ("Judges") are singularised too. */
  lemma: string;
  /** Universal POS tag from wink-nlp's model (PROPN, NOUN, VERB, ADP, …). */
  pos: string;
  sentence: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

// Loading the model costs some 0.3 s; do it once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;

function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

function lemmaOf(text: string, lemma: string, pos: string): string {
  const lower = lemma.toLowerCase();
  // The model lemmatises capitalised words as names; "Judges" and "Officials" are plural nouns.
  if (lower === text.toLowerCase() && pos !== 'PROPN' && /[a-z]{3}s$/.test(lower)) return lower.slice(0, -1);
  if (pos === 'PROPN' && lower === text.toLowerCase() && /^[A-Z][a-z]+s$/.test(text) && /(ge|al|er)s$/.test(lower))
    return lower.slice(0, -1);
  return lower;
}

/**
 * Sentences and tokens of `text` with exact offsets. wink-nlp keeps each
 * token's preceding whitespace, so the offsets are recovered by walking the
 * tokens in order; sentence spans are trimmed of surrounding whitespace.
 */
export function tokenize(text: string): TokenizedText {
  const nlp = engine();
  // wink-nlp's `its` helpers are plain functions handed to `out()`, never called on `its`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  // wink-nlp's typings do not accept `its.lemma` in `out()`, which the model supports.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tags = doc.tokens().out(its.pos);
  const span = its.span;
  /* eslint-enable @typescript-eslint/unbound-method */
  const sentenceOf = new Array<number>(values.length).fill(0);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    const pos = tags[i]!;
    tokens.push({
      index: i,
      start: offset,
      end: offset + value.length,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmaOf(value, lemmas[i]!, pos),
      pos,
      sentence: 0,
    });
    offset += value.length;
  }
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(span) as [number, number];
    const words = tokens.slice(first, last + 1).filter((t) => t.text.trim() !== '');
    if (words.length === 0) return;
    const index = sentences.length;
    for (let i = first; i <= last; i++) sentenceOf[i] = index;
    sentences.push({ index, start: words[0]!.start, end: words[words.length - 1]!.end });
  });
  for (const t of tokens) t.sentence = sentenceOf[t.index]!;
  // Line breaks are tokens to wink-nlp; dropping them renumbers the rest so that `index` is the array position.
  const words = tokens.filter((t) => t.text.trim() !== '');
  words.forEach((t, i) => (t.index = i));
  return { tokens: words, sentences };
}
