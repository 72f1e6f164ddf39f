import { encodeCursor } from '../../graph';
import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity';

export const timelineResolvers: Resolvers['Timeline'] = {
  entity: (timeline, _args, ctx) => requireEntity(ctx, timeline.entityId),
  entries: ({ page }) =>
    page.items.map((item) => ({
      cursor: encodeCursor(item.cursor),
      node: item.relationship,
      direction: item.direction,
      otherId: item.otherId,
    })),
  pageInfo: ({ page }) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.items.length > 0 ? encodeCursor(page.items[page.items.length - 1]!.cursor) : null,
  }),
  totalCount: ({ page }) => page.totalCount,
  undatedCount: ({ page }) => page.undatedCount,
};
