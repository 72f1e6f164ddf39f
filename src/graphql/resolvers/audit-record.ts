import { auditLog, encodeCursor } from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import type { Resolvers } from '../generated/resolvers-types';

/**
 * The audit trail. Reading it needs the `read` scope like any read: it says
 * who changed what, when and why (actor ids and names, never a secret), which
 * is the provenance an analyst asks for after "who says so?".
 */
export const auditRecordResolvers: Resolvers = {
  Query: {
    auditLog: async (_root, { filter, first, after }, { graph, limits }) => {
      const page = await auditLog(graph, {
        entityId: filter?.entityId ?? null,
        relationshipId: filter?.relationshipId ?? null,
        actorId: filter?.actor ?? null,
        from: filter?.window?.from ?? null,
        to: filter?.window?.to ?? null,
        first: pageSize(first, limits),
        after: afterCursor(after),
      });
      const edges = page.items.map((item) => ({ cursor: encodeCursor(item.cursor), node: item.entry }));
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  },
};
