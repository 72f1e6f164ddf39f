import type { Random } from './random';

/**
 * Pronounceable made-up words, names and sentences for the synthetic graph:
 * varied enough that full-text search has work to do (similar names, typos
 * within edit distance of other names), none of them real.
 */
const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'ch',
  'dr',
  'gr',
  'kl',
  'pr',
  'st',
  'tr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'x', 'nd', 'rt', 'm'];

export function word(random: Random, syllables = random.between(2, 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++)
    w += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : '');
  return w;
}

export const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A fixed vocabulary per seed, so that texts repeat words the way articles do. */
export function vocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) words.add(word(random, random.between(1, 3)));
  return [...words];
}

const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'that',
  'said',
  'was',
  'for',
  'on',
  'with',
  'by',
  'after',
  'officials',
];

/** Article-like text of about `length` characters: sentences of 8-24 words. */
export function articleText(random: Random, vocab: readonly string[], length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const n = random.between(8, 24);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(random.chance(0.35) ? random.pick(FUNCTION_WORDS) : random.pick(vocab));
    const sentence = `${capitalised(words.join(' '))}.`;
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ');
}

/** A quote: whole words of `text`, 40-160 characters, with its offsets. */
export function quoteIn(random: Random, text: string): { quote: string; start: number; end: number } {
  const want = random.between(40, 160);
  let start = random.int(Math.max(1, text.length - want));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space < 0 || space + 1 >= text.length ? 0 : space + 1;
  }
  let end = Math.min(text.length, start + want);
  const cut = text.lastIndexOf(' ', end);
  if (end < text.length && cut > start) end = cut;
  return { quote: text.slice(start, end), start, end };
}
