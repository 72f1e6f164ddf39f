import { requireEntity } from '../entities';
import type { SourceResolvers } from '../generated/resolvers-types';

/** Most characters of context `Source.context` gives on each side of the quote. */
const MAX_CONTEXT_CHARS = 2000;

export const Source: SourceResolvers = {
  document: (source, _args, ctx) => requireEntity(ctx, source.documentId),
  attributedTo: (source, _args, { loaders }) => (source.attributedTo ? loaders.entity.load(source.attributedTo) : null),
  context: async (source, { chars }, { loaders }) => {
    const text = await loaders.documentText.load(source.documentId);
    if (text === null) return source.quote;
    const span = Math.max(0, Math.min(chars, MAX_CONTEXT_CHARS));
    const before = text.slice(Math.max(0, source.start - span), source.start);
    const after = text.slice(source.end, source.end + span);
    return `${source.start - span > 0 ? '…' : ''}${before}${source.quote}${after}${source.end + span < text.length ? '…' : ''}`;
  },
};
