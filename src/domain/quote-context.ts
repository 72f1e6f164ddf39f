/**
 * A quote's context, as the W3C Web Annotation TextQuoteSelector keeps it: the
 * characters just before (`prefix`) and just after (`suffix`) the exact words.
 * Offsets alone break when a text is edited; the quote with its context is what
 * finds the same words again in the edited text (anchoring.ts).
 */
export const CONTEXT_CHARS = 32;

export interface QuoteContext {
  prefix: string;
  suffix: string;
}

/** Up to `chars` characters each side of `text[start, end)`; shorter at the ends of the text. */
export function quoteContext(text: string, start: number, end: number, chars: number = CONTEXT_CHARS): QuoteContext {
  return { prefix: text.slice(Math.max(0, start - chars), start), suffix: text.slice(end, end + chars) };
}

/** A quote as re-anchoring needs it: its words, where it was, and what surrounded it. */
export interface TextQuoteSelector extends QuoteContext {
  quote: string;
  start: number;
}
