import { quoteContext } from '../../domain/quote-context';
import { requireScope } from '../../domain/viewer';
import { indexedText, replaceDocumentText } from '../../graph';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { SourceModel } from '../models';

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

export const documentTextChangeResolvers: Resolvers = {
  Mutation: {
    replaceDocumentText: (_root, { force, ...args }, ctx) => {
      requireScope(ctx.viewer, 'write');
      return replaceDocumentText(ctx.graph, ctx.viewer.actor, { ...args, force: force === true });
    },
  },
  DocumentTextChange: {
    quotes: (change) => change.placements,
  },
  Document: {
    textSha256: (doc) => (typeof doc.properties.textSha256 === 'string' ? doc.properties.textSha256 : null),
    textRevision: async (doc, _args, { loaders }) =>
      (await loaders.textRevisions.load(doc.id))?.current.revision ?? null,
    textRevisions: async (doc, _args, { loaders }) => (await loaders.textRevisions.load(doc.id))?.retained ?? [],
  },
  Source: {
    prefix: async (source, _args, ctx) => (await context(source, ctx)).prefix,
    suffix: async (source, _args, ctx) => (await context(source, ctx)).suffix,
    textSha256: async (source, _args, { loaders }) => {
      if (source.textSha256 !== undefined) return source.textSha256;
      const texts = await loaders.textRevisions.load(source.documentId);
      return texts === null ? null : (texts.retained[0]?.textSha256 ?? texts.current.textSha256);
    },
  },
};

export { sourceText };
