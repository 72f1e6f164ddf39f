import { anchorQuote, selectorOf, type AnchorStatus } from './anchoring';
import type { Source } from './model';

/** A quote as it stood, or stands, in a text. */
export interface QuoteSpan {
  quote: string;
  start: number;
  end: number;
}

/** What became of one quote of a document whose text was replaced. */
export interface QuotePlacement {
  status: AnchorStatus;
  /** The fact or entity the quote stands behind. */
  relationshipId: string | null;
  entityId: string | null;
  before: QuoteSpan;
  /** Null when not placed: the quote stays as it was, on the text it was taken from. */
  after: QuoteSpan | null;
  /** 1 for an exact match; the combined score of a fuzzy one; the best score found for one not placed. */
  score: number | null;
  reason: string | null;
}

/** The sources of one fact or entity after the text of `documentId` was replaced. */
export interface ReanchoredSources {
  sources: Source[];
  placements: QuotePlacement[];
  /** Whether any stored source changes (offsets, words, context or the text it indexes). */
  changed: boolean;
  /** How many of its quotes of the document could not be placed. */
  unplaced: number;
}

export interface NewText {
  documentId: string;
  text: string;
  textSha256: string;
  /** The text a stored source of the document indexes (by its `textSha256`; the first text when it has none). */
  indexed: (source: Source) => { text: string; textSha256: string };
}

/**
 * Re-anchors every quote of the document among `sources`; the others are kept.
 * A quote not placed keeps its offsets and says which text they index, so
 * that it stays exact until someone fixes it.
 */
export function reanchorSources(
  owner: { relationshipId: string } | { entityId: string },
  sources: readonly Source[],
  next: NewText,
): ReanchoredSources {
  const placements: QuotePlacement[] = [];
  let changed = false;
  let unplaced = 0;
  const ids = {
    relationshipId: 'relationshipId' in owner ? owner.relationshipId : null,
    entityId: 'entityId' in owner ? owner.entityId : null,
  };
  const moved = sources.map((source): Source => {
    if (source.documentId !== next.documentId) return source;
    const old = next.indexed(source);
    const before = { quote: source.quote, start: source.start, end: source.end };
    const anchoring = anchorQuote(selectorOf(source, old.text), next.text);
    if (anchoring.status === 'NOT_PLACED') {
      unplaced += 1;
      placements.push({
        status: 'NOT_PLACED',
        ...ids,
        before,
        after: null,
        score: anchoring.score,
        reason: anchoring.reason,
      });
      return { ...source, textSha256: old.textSha256 };
    }
    const { start, end, quote, prefix, suffix, score } = anchoring;
    placements.push({ status: anchoring.status, ...ids, before, after: { quote, start, end }, score, reason: null });
    const placed = { ...source, quote, start, end, prefix, suffix, textSha256: next.textSha256 };
    changed ||= placed.start !== source.start || placed.quote !== source.quote || placed.end !== source.end;
    changed ||= placed.prefix !== source.prefix || placed.suffix !== source.suffix;
    changed ||= placed.textSha256 !== source.textSha256;
    return placed;
  });
  return { sources: moved, placements, changed, unplaced };
}
