import search from 'approx-string-match';

import { quoteContext, type QuoteContext, type TextQuoteSelector } from './quote-context';

/**
 * Re-anchoring a quote in an edited text, as Hypothesis does with its
 * annotations: the words first (exactly, else with few edits, by
 * `approx-string-match`), then the context on each side and the old position
 * to choose among candidates. Nothing is guessed: a quote whose best place is
 * weak, or not clearly better than another place, is not placed.
 */
export const ANCHORING = {
  /** Hypothesis's weights: the words count most, then each side's context; the old offset only breaks near-ties. */
  weights: { quote: 50, prefix: 20, suffix: 20, position: 2 },
  /** Edits the search allows, per character of the quote. */
  maxErrorRate: 0.25,
  /** A quote whose words changed is placed only when they are this similar (a fixed typo, reflowed spaces)… */
  minQuoteSimilarity: 0.85,
  /** …and the whole (words, context, position) scores at least this. */
  minScore: 0.8,
  /** The best place must beat any other place by this much, else the context does not say which. */
  margin: 0.02,
} as const;

export type AnchorStatus = 'EXACT' | 'FUZZY' | 'NOT_PLACED';

export type Anchoring =
  | ({ status: 'EXACT' | 'FUZZY'; start: number; end: number; quote: string; score: number } & QuoteContext)
  | { status: 'NOT_PLACED'; reason: string; score: number | null };

interface Place {
  start: number;
  end: number;
  errors: number;
  score: number;
}

/**
 * `approx-string-match` 1.1.0 (the last CommonJS release; 2.x is ESM-only)
 * returns an empty match with 0 errors for a pattern whose length is a
 * multiple of 32 that matches with errors (fixed upstream in its PR #13, 2.x
 * only). Such a pattern is searched without its last character, which is
 * then matched by hand: the edit count stays exact within one.
 */
function approxSearch(text: string, pattern: string, maxErrors: number) {
  if (pattern.length === 0 || pattern.length % 32 !== 0) return search(text, pattern, maxErrors);
  const last = pattern[pattern.length - 1];
  return search(text, pattern.slice(0, -1), maxErrors).map((m) =>
    text[m.end] === last ? { ...m, end: m.end + 1 } : { ...m, errors: m.errors + 1 },
  );
}

/** 1 when `expected` is found intact in `actual`, down to 0 as edits are needed (an empty side matches). */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

function scored(selector: TextQuoteSelector, text: string, m: { start: number; end: number; errors: number }): Place {
  const w = ANCHORING.weights;
  const quote = 1 - m.errors / Math.max(1, selector.quote.length);
  const prefix = similarity(selector.prefix, text.slice(Math.max(0, m.start - selector.prefix.length), m.start));
  const suffix = similarity(selector.suffix, text.slice(m.end, m.end + selector.suffix.length));
  const position = 1 - Math.min(1, Math.abs(m.start - selector.start) / Math.max(1, text.length));
  const score =
    (w.quote * quote + w.prefix * prefix + w.suffix * suffix + w.position * position) /
    (w.quote + w.prefix + w.suffix + w.position);
  return { ...m, score };
}

/** Best first, one per place: matches that overlap are the same place with different ends. */
function distinctPlaces(places: Place[]): Place[] {
  const kept: Place[] = [];
  for (const place of [...places].sort((a, b) => b.score - a.score || a.errors - b.errors)) {
    if (!kept.some((k) => place.start < k.end && k.start < place.end)) kept.push(place);
  }
  return kept;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const shorten = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function exactOccurrences(text: string, quote: string): Array<{ start: number; end: number; errors: number }> {
  const found = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** Where `selector`'s quote is in `text` now, how sure that is, or why it cannot be said. */
export function anchorQuote(selector: TextQuoteSelector, text: string): Anchoring {
  if (selector.quote.length === 0) return { status: 'NOT_PLACED', reason: 'the stored quote is empty', score: null };
  const exact = exactOccurrences(text, selector.quote);
  const maxErrors = Math.max(1, Math.floor(selector.quote.length * ANCHORING.maxErrorRate));
  const matches = exact.length > 0 ? exact : approxSearch(text, selector.quote, maxErrors);
  const places = distinctPlaces(matches.map((m) => scored(selector, text, m)));
  const [best, next] = places;
  if (!best) {
    return {
      status: 'NOT_PLACED',
      reason: `no passage of the new text is within ${maxErrors} edit(s) of the quote`,
      score: null,
    };
  }
  if (next && best.score - next.score < ANCHORING.margin) {
    const where = places.slice(0, 4).map((p) => p.start);
    return {
      status: 'NOT_PLACED',
      reason: `the quote fits ${places.length} places equally well (at ${where.join(', ')}) and its context does not say which`,
      score: round(best.score),
    };
  }
  const words = text.slice(best.start, best.end);
  const placed = { start: best.start, end: best.end, quote: words, ...quoteContext(text, best.start, best.end) };
  if (best.errors === 0) return { status: 'EXACT', ...placed, score: 1 };
  const quoteSimilarity = 1 - best.errors / selector.quote.length;
  if (quoteSimilarity < ANCHORING.minQuoteSimilarity || best.score < ANCHORING.minScore) {
    return {
      status: 'NOT_PLACED',
      reason: `the closest passage, ${shorten(words)} at ${best.start}, differs by ${best.errors} edit(s) (score ${round(best.score)}; a quote is moved only at ${ANCHORING.minScore} with words ${ANCHORING.minQuoteSimilarity} alike)`,
      score: round(best.score),
    };
  }
  return { status: 'FUZZY', ...placed, score: round(best.score) };
}

/** A stored source as a selector: its own context, or (stored before contexts were) read from the text it indexes. */
export function selectorOf(
  source: { quote: string; start: number; end: number; prefix?: string; suffix?: string },
  text: string,
): TextQuoteSelector {
  const context =
    source.prefix !== undefined && source.suffix !== undefined
      ? { prefix: source.prefix, suffix: source.suffix }
      : quoteContext(text, source.start, source.end);
  return { quote: source.quote, start: source.start, ...context };
}
