import type { Source } from '../domain';

/** `a` then the sources of `b` not already in it; a source is identified by its document and start offset. */
export function mergeSources(a: readonly Source[], b: readonly Source[]): Source[] {
  const seen = new Set(a.map((s) => `${s.documentId}@${s.start}`));
  const out = [...a];
  for (const source of b) {
    const key = `${source.documentId}@${source.start}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(source);
    }
  }
  return out;
}
