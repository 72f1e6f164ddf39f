import type { Mention } from './operations';

/** A run of the text with the mention its words belong to (none, or the shortest holding it). */
export interface Segment {
  from: number;
  to: number;
  owner: Mention | undefined;
}

/** Where paragraphs start: after each blank line. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/**
 * The article cut at every mention's ends and every paragraph start, as
 * paragraphs of segments. A mention inside another owns its own words (the
 * shorter wins); each mention is laid over its segments once, so the cost
 * is the text's length, not segments × mentions.
 */
export function paragraphs(text: string, mentions: readonly Mention[]): Segment[][] {
  const starts = [0, ...[...text.matchAll(PARAGRAPH_BREAK)].map((m) => m.index + m[0].length)].filter(
    (at) => at < text.length,
  );
  const cuts = new Set<number>([...starts, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const index = new Map(points.map((point, i) => [point, i]));
  const owners = new Array<Mention | undefined>(points.length - 1);
  const longestFirst = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of longestFirst) {
    for (let i = index.get(m.start)!; i < index.get(m.end)!; i++) owners[i] = m;
  }
  const paragraphStarts = new Set(starts);
  const result: Segment[][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    if (paragraphStarts.has(points[i]!) || result.length === 0) result.push([]);
    result.at(-1)!.push({ from: points[i]!, to: points[i + 1]!, owner: owners[i] });
  }
  return result;
}
