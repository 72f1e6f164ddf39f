import { explainRelationship } from '../../domain/explain';
import { requireEntity } from '../entities';
import type { RelationshipResolvers } from '../generated/resolvers-types';

export const Relationship: RelationshipResolvers = {
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
