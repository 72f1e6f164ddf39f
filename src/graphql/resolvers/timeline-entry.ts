import type { Resolvers } from '../generated/resolvers-types';
import { farEndEntity } from '../relationship-pages';

export const timelineEntryResolvers: Resolvers['TimelineEntry'] = {
  relationship: (entry) => entry.node,
  when: (entry) => {
    const t = entry.node.temporal;
    return (t.date ?? t.since ?? t.until)!;
  },
  until: (entry) => (entry.node.temporal.since ? (entry.node.temporal.until ?? null) : null),
  other: (entry) => farEndEntity(entry.other),
};
