/**
 * Finding a quote in its article. Offsets are JS string indices (UTF-16 code
 * units), `end` exclusive, so `text.slice(start, end) === quote` always holds.
 */
export type QuoteLocation = { ok: true; start: number; end: number } | { ok: false; message: string };

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

const TYPOGRAPHIC: ReadonlyArray<[RegExp, string]> = [
  [/[‘’‚‛]/g, "'"],
  [/[“”„‟]/g, '"'],
  [/[–—]/g, '-'],
];

function plain(text: string): string {
  return TYPOGRAPHIC.reduce((out, [pattern, ascii]) => out.replace(pattern, ascii), text).replace(/\s+/g, ' ');
}

function shorten(quote: string): string {
  return JSON.stringify(quote.length > 80 ? `${quote.slice(0, 77)}...` : quote);
}

/** How to pick among several occurrences of a quote. */
export interface QuoteChoice {
  /** Which occurrence, 0 = the first (the seed format's `occurrence`). */
  occurrence?: number;
  /** The offset the caller says the quote starts at (the API's `start`). */
  start?: number;
  /** With neither given: `first` takes the first occurrence (seed files), `refuse` asks for `start` (the API). */
  ambiguous?: 'first' | 'refuse';
}

/**
 * The offsets of `quote` in `text`: its first occurrence, the
 * `occurrence`-th (0 = first), or the one at `start`. The failure message says
 * why, with a hint when the quote differs from the text only in typographic
 * quotes, dashes or spacing, and lists the starts when it is ambiguous.
 */
export function locateQuote(
  text: string,
  quote: string,
  articleFile: string,
  choice: QuoteChoice | number = {},
): QuoteLocation {
  const { occurrence, start: at, ambiguous = 'first' } = typeof choice === 'number' ? { occurrence: choice } : choice;
  const found = occurrences(text, quote);
  if (found.length === 0) {
    const hint =
      occurrences(plain(text), plain(quote)).length > 0
        ? ' (it matches once typographic quotes, apostrophes, dashes or spaces are ignored: copy it from the article, which uses ’ “ ” —)'
        : '';
    return { ok: false, message: `quote ${shorten(quote)} is not an exact substring of ${articleFile}${hint}` };
  }
  if (at !== undefined) {
    if (found.includes(at)) return { ok: true, start: at, end: at + quote.length };
    return {
      ok: false,
      message: `quote ${shorten(quote)} does not start at ${at} in ${articleFile}; it starts at ${found.join(', ')}`,
    };
  }
  if (occurrence === undefined && ambiguous === 'refuse' && found.length > 1) {
    return {
      ok: false,
      message: `quote ${shorten(quote)} occurs ${found.length} times in ${articleFile} (at ${found.join(', ')}); give "start" to say which`,
    };
  }
  const index = occurrence ?? 0;
  const start = found[index];
  if (start === undefined) {
    return {
      ok: false,
      message: `occurrence ${index} of quote ${shorten(quote)} was asked for, but it occurs ${found.length} time(s) in ${articleFile} (0 = first)`,
    };
  }
  return { ok: true, start, end: start + quote.length };
}
