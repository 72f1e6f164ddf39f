import { explainRelationship } from '../../domain/explain';
import { earliestDay, formatPartialDate, latestDay } from '../../domain/temporal';
import type { Resolvers } from '../generated/resolvers-types';
import { farEndEntity } from '../relationship-pages';
import { sourceText } from './document-text-change';
import { requireEntity } from './entity-fields';

export const relationshipResolvers: Resolvers = {
  Relationship: {
    from: (rel, _args, ctx) => requireEntity(ctx, rel.fromId),
    to: (rel, _args, ctx) => requireEntity(ctx, rel.toId),
    date: (rel) => rel.temporal.date ?? null,
    since: (rel) => rel.temporal.since ?? null,
    until: (rel) => rel.temporal.until ?? null,
    qualifiers: (rel) => Object.entries(rel.qualifiers).map(([key, value]) => ({ key, value: String(value) })),
    explanation: async (rel, _args, ctx) => {
      const [from, to] = await Promise.all([requireEntity(ctx, rel.fromId), requireEntity(ctx, rel.toId)]);
      return explainRelationship(rel, from, to);
    },
  },
  RelationshipEdge: {
    other: (edge) => farEndEntity(edge.other),
  },
  DatedValue: {
    earliest: (date) => earliestDay(date),
    latest: (date) => latestDay(date),
    text: (date) => formatPartialDate(date),
  },
  Source: {
    document: (source, _args, ctx) => requireEntity(ctx, source.documentId),
    attributedTo: (source, _args, { loaders }) =>
      source.attributedTo ? loaders.entity.load(source.attributedTo) : null,
    context: async (source, { chars }, ctx) => {
      // The text the offsets index: a retained one for a quote taken before the text was replaced.
      const text = await sourceText(source, ctx);
      if (text === null) return source.quote;
      const span = Math.max(0, Math.min(chars ?? 120, 2000));
      const before = text.slice(Math.max(0, source.start - span), source.start);
      const after = text.slice(source.end, source.end + span);
      return `${source.start - span > 0 ? '…' : ''}${before}${source.quote}${after}${source.end + span < text.length ? '…' : ''}`;
    },
  },
};
