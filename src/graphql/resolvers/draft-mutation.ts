import { parsePartialDate, type PartialDate } from '../../domain';
import {
  addRelationshipFromSpan,
  editEntityProposal,
  editRelationshipProposal,
  linkMention,
  namedEntityIds,
  proposeEntity,
  setProposalState,
  type ProposalState,
} from '../../domain/drafts';
import { requireScope } from '../../domain/viewer';
import { changeDraft, commitDraft, proposeFromDocument, proposeFromText } from '../../graph';
import type { GraphQLContext } from '../context';
import type { MutationResolvers } from '../generated/resolvers-types';

/** Every draft change: the `write` scope, then the change as the viewer's actor. */
const reviewer = (context: GraphQLContext) => {
  requireScope(context.viewer, 'write');
  return context.viewer.actor;
};

/** A PartialDate argument as the domain's value; `null` stays null (clears), absent stays absent (keeps). */
function date(v: string | null | undefined): PartialDate | null | undefined {
  return v === undefined ? undefined : v === null ? null : parsePartialDate(v);
}

/** Fields the caller did not give: absent, not null (null would clear, where that means anything). */
function given<T extends object>(input: T): Partial<{ [K in keyof T]: Exclude<T[K], null> }> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as never;
}

const stateChange =
  (state: ProposalState): MutationResolvers['acceptProposal'] =>
  (_root, { draftId, proposalId, expectedRevision }, ctx) =>
    changeDraft(ctx.graph, reviewer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      setProposalState(draft, proposalId, state, stamp),
    );

export const draftMutationResolvers: MutationResolvers = {
  proposeFromText: (_root, { input }, ctx) =>
    proposeFromText(ctx.graph, reviewer(ctx), { ...given(input), published: date(input.published) ?? null }),
  proposeFromDocument: (_root, { documentId }, ctx) => proposeFromDocument(ctx.graph, reviewer(ctx), documentId),
  acceptProposal: stateChange('ACCEPTED'),
  rejectProposal: stateChange('REJECTED'),
  reopenProposal: stateChange('PROPOSED'),
  editRelationshipProposal: (_root, { input }, ctx) => {
    const { draftId, proposalId, expectedRevision, date: d, since, until, from, to, ...rest } = input;
    const edit = {
      ...given(rest),
      from: from ?? undefined,
      to: to ?? undefined,
      date: date(d),
      since: date(since),
      until: date(until),
    };
    const entityIds = namedEntityIds(from, to);
    return changeDraft(ctx.graph, reviewer(ctx), { id: draftId, expectedRevision, entityIds }, (draft, lookup, stamp) =>
      editRelationshipProposal(draft, proposalId, edit, lookup, stamp),
    );
  },
  editEntityProposal: (_root, { input }, ctx) => {
    const { draftId, proposalId, expectedRevision, description, ...rest } = input;
    const edit = { ...given(rest), ...(description !== undefined ? { description } : {}) };
    return changeDraft(ctx.graph, reviewer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      editEntityProposal(draft, proposalId, edit, stamp),
    );
  },
  linkMention: (_root, { draftId, mentionId, to, expectedRevision }, ctx) =>
    changeDraft(
      ctx.graph,
      reviewer(ctx),
      { id: draftId, expectedRevision, entityIds: namedEntityIds(to) },
      (draft, lookup, stamp) => linkMention(draft, mentionId, to, lookup, stamp),
    ),
  proposeEntity: (_root, { input }, ctx) => {
    const { draftId, expectedRevision, ...rest } = input;
    return changeDraft(ctx.graph, reviewer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      proposeEntity(draft, { ...given(rest), kind: rest.kind, name: rest.name }, stamp),
    );
  },
  addRelationshipProposal: (_root, { input }, ctx) => {
    const { draftId, expectedRevision, date: d, since, until, ...rest } = input;
    const span = { ...rest, date: date(d), since: date(since), until: date(until) };
    const entityIds = namedEntityIds(rest.from, rest.to);
    return changeDraft(ctx.graph, reviewer(ctx), { id: draftId, expectedRevision, entityIds }, (draft, lookup, stamp) =>
      addRelationshipFromSpan(draft, span, lookup, stamp),
    );
  },
  commitDraft: (_root, { id }, ctx) => commitDraft(ctx.graph, reviewer(ctx), id),
};
