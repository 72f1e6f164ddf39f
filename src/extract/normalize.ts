/**
 * Offset-preserving normalisation for matching names: one output character
 * per input character, so an index into the normalised text is an index into
 * the original. Lower case, accents dropped (García -> garcia), typographic
 * apostrophes and quotes made plain, dashes made hyphens.
 */
export function normalizeChars(text: string): string {
  let out = '';
  for (const ch of text) {
    // Characters outside the BMP take two code units; keep the length by padding.
    const base = ch.normalize('NFD')[0]!.toLowerCase();
    const mapped = /[’‘`´]/.test(base) ? "'" : /[“”]/.test(base) ? '"' : /[‐‑–—]/.test(base) ? '-' : base;
    out += mapped.length === ch.length ? mapped : mapped.padEnd(ch.length, ' ').slice(0, ch.length);
  }
  return out;
}

/** A name as it is compared: normalised, inner whitespace collapsed, a leading "the" dropped. */
export function nameKey(name: string): string {
  return normalizeChars(name).replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A slug for a proposed entity's key: "James E. Boasberg" -> "james-e-boasberg". */
export function slugOf(name: string): string {
  return (
    nameKey(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity'
  );
}
