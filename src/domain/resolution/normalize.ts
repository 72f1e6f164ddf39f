/**
 * Names as the scorer compares them: case, accents, typographic quotes,
 * possessives, dotted initialisms and filler words removed, so that "El
 * Salvador’s Terrorism Confinement Center", "el salvador's terrorism
 * confinement center" and "El Salvador Terrorism Confinement Center" are the
 * same tokens, and "Abrego García" is "abrego garcia".
 */

/** Words that say nothing about which entity is meant; "unnamed" is how the seed format describes the unnamed. */
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'and',
  'or',
  'with',
  'from',
  'his',
  'her',
  'its',
  'their',
  'that',
  'which',
  'who',
  'was',
  'is',
  'be',
  'unnamed',
]);

export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[‘’ʼ`´]/g, "'")
      // Possessives: "salvador's" -> "salvador", "judges'" -> "judges".
      .replace(/(\p{L})'s\b/gu, '$1')
      .replace(/(\p{L}s)'(?!\p{L})/gu, '$1')
      // Dotted initialisms: "u.s." -> "us", "d.c." -> "dc"; a lone initial ("james e. boasberg") stays a one-letter token.
      .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
  );
}

/** The words of a name that can tell entities apart, in order; one-letter initials dropped. */
export function nameTokens(name: string): string[] {
  return normalizeText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !FILLER.has(token));
}

/** The words of free text (descriptions, roles) worth comparing: name tokens longer than three letters. */
export function textTokens(text: string): string[] {
  return nameTokens(text).filter((token) => token.length > 3 || /\d/.test(token));
}
