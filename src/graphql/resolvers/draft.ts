import type { PartialDate } from '../../domain';
import { extraSourcesOf, refName, type Draft, type DraftRef, type ProposalChange } from '../../domain/drafts';
import type { Resolvers } from '../generated/resolvers-types';

const value = (date: PartialDate | null): string | null => date?.value ?? null;

/** An end or a mention's entity as the reviewer reads it: the id it names, and that entity's name and kind. */
function refView(draft: Draft, ref: DraftRef) {
  const kind =
    'entityId' in ref ? draft.known[ref.entityId]?.kind : draft.entities.find((e) => e.id === ref.proposalId)?.kind;
  return {
    entityId: 'entityId' in ref ? ref.entityId : null,
    proposalId: 'proposalId' in ref ? ref.proposalId : null,
    name: refName(draft, ref),
    kind: kind ?? null,
  };
}

const history = (changes: ProposalChange[]) => changes.map((c) => ({ ...c, note: c.note ?? null }));

/** A draft as schema/drafts.graphql shows it: dates as PartialDate strings, references with their names. */
export const draftResolvers: Resolvers['Draft'] = {
  document: ({ document: d }) => ({ ...d, published: value(d.published) }),
  mentions: (draft) => draft.mentions.map((m) => ({ ...m, entity: refView(draft, m.entity) })),
  entities: (draft) => draft.entities.map((e) => ({ ...e, history: history(e.history) })),
  proposals: (draft) =>
    draft.proposals.map((p) => ({
      ...p,
      from: refView(draft, p.from),
      to: refView(draft, p.to),
      date: value(p.date),
      since: value(p.since),
      until: value(p.until),
      extraSources: extraSourcesOf(p),
      history: history(p.history),
    })),
};
