import type { TimelineEntryResolvers } from '../generated/resolvers-types';

/** A timeline entry is a relationship edge; its far end was read with the timeline (no statement of its own). */
export const TimelineEntry: TimelineEntryResolvers = {
  relationship: (entry) => entry.node,
  when: (entry) => {
    const t = entry.node.temporal;
    return (t.date ?? t.since ?? t.until)!;
  },
  until: (entry) => (entry.node.temporal.since ? (entry.node.temporal.until ?? null) : null),
  other: (entry) => entry.other,
};
