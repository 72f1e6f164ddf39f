import { explainRelationship } from '../../domain/explain';
import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity';

export const relationshipResolvers: Resolvers['Relationship'] = {
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
};
