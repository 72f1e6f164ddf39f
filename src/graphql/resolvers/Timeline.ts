import { requireEntity } from '../entities';
import type { TimelineResolvers } from '../generated/resolvers-types';
import { toConnection } from '../relationship-pages';

export const Timeline: TimelineResolvers = {
  entity: (timeline, _args, ctx) => requireEntity(ctx, timeline.entityId),
  entries: ({ page }) => toConnection(page).edges,
  pageInfo: ({ page }) => toConnection(page).pageInfo,
  totalCount: ({ page }) => page.totalCount,
  undatedCount: ({ page }) => page.undatedCount,
};
