import { quoteContext } from '../../domain/quote-context';
import { indexedText } from '../../graph';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { SourceModel } from '../models';
import { requireEntity } from './entity';

/** The text a source's offsets index (a retained one after a replacement); null without a stored text. */
async function sourceText(source: SourceModel, { loaders }: GraphQLContext): Promise<string | null> {
  const texts = await loaders.textRevisions.load(source.documentId);
  return texts === null ? null : indexedText(texts, source.textSha256);
}

/** Stored with the source since contexts are; else read from the text its offsets index. */
async function context(source: SourceModel, ctx: GraphQLContext) {
  if (source.prefix !== undefined && source.suffix !== undefined)
    return { prefix: source.prefix, suffix: source.suffix };
  const text = await sourceText(source, ctx);
  return text === null ? { prefix: '', suffix: '' } : quoteContext(text, source.start, source.end);
}

export const sourceResolvers: Resolvers['Source'] = {
  document: (source, _args, ctx) => requireEntity(ctx, source.documentId),
  attributedTo: (source, _args, { loaders }) => (source.attributedTo ? loaders.entity.load(source.attributedTo) : null),
  context: async (source, { chars }, ctx) => {
    // The text the offsets index: a retained one for a quote taken before the text was replaced.
    const text = await sourceText(source, ctx);
    if (text === null) return source.quote;
    const span = Math.max(0, Math.min(chars ?? 120, 2000));
    const before = text.slice(Math.max(0, source.start - span), source.start);
    const after = text.slice(source.end, source.end + span);
    return `${source.start - span > 0 ? '…' : ''}${before}${source.quote}${after}${source.end + span < text.length ? '…' : ''}`;
  },
  prefix: async (source, _args, ctx) => (await context(source, ctx)).prefix,
  suffix: async (source, _args, ctx) => (await context(source, ctx)).suffix,
  textSha256: async (source, _args, { loaders }) => {
    if (source.textSha256 !== undefined) return source.textSha256;
    const texts = await loaders.textRevisions.load(source.documentId);
    return texts === null ? null : (texts.retained[0]?.textSha256 ?? texts.current.textSha256);
  },
};
