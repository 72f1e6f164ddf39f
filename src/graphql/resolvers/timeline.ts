import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity';

/** The rest of a timeline is mapped with its page (relationship-pages/connection.ts). */
export const timelineResolvers: Resolvers['Timeline'] = {
  entity: (timeline, _args, ctx) => requireEntity(ctx, timeline.entityId),
};
