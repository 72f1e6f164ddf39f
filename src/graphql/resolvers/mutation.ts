import { checkApiKeyRequest } from '../../domain/api-key';
import {
  addProposalSource,
  addRelationshipFromSpan,
  editEntityProposal,
  editRelationshipProposal,
  linkMention,
  namedEntityIds,
  proposeEntity,
  removeProposalSource,
  setProposalState,
  type ProposalState,
} from '../../domain/drafts';
import { NotFoundError } from '../../domain/errors';
import { requireScope } from '../../domain/viewer';
import {
  addDocument,
  addRelationship,
  addSource,
  changeDraft,
  commitDraft,
  createEntity,
  judgeNotSame,
  mergeEntities,
  proposeFromDocument,
  proposeFromText,
  replaceDocumentText,
  retractRelationship,
  retractSource,
  splitMerge,
  updateEntity,
  updateRelationship,
  type NewRelationship,
} from '../../graph';
import { given, givenEdits, partialDate as date } from '../arguments/write-input';
import type { GraphQLContext } from '../context';
import type { MutationResolvers, Resolvers } from '../generated/resolvers-types';

/** Every change: the `write` scope, then the change as the viewer's actor. */
const writer = (context: GraphQLContext) => {
  requireScope(context.viewer, 'write');
  return context.viewer.actor;
};

const sourceChange =
  (change: typeof addProposalSource): MutationResolvers['addProposalSource'] =>
  (_root, { input: { draftId, proposalId, expectedRevision, start, end } }, ctx) =>
    changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      change(draft, proposalId, { start, end }, stamp),
    );

const stateChange =
  (state: ProposalState): MutationResolvers['acceptProposal'] =>
  (_root, { draftId, proposalId, expectedRevision }, ctx) =>
    changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      setProposalState(draft, proposalId, state, stamp),
    );

export const mutationResolvers: Resolvers['Mutation'] = {
  addDocument: (_root, { input }, ctx) => addDocument(ctx.graph, writer(ctx), given(input)),
  createEntity: (_root, { input }, ctx) => createEntity(ctx.graph, writer(ctx), given(input)),
  updateEntity: (_root, { input }, ctx) => {
    const { name, aliases, named, properties, reason, ...rest } = input;
    return updateEntity(ctx.graph, writer(ctx), {
      ...rest,
      ...given({ name, aliases, named, properties }),
      reason: reason ?? null,
    });
  },
  addRelationship: (_root, { input }, ctx) => {
    const { sources, ...rest } = input;
    const relationship = { ...given(rest), sources: sources.map((s) => given(s)) } as NewRelationship;
    return addRelationship(ctx.graph, writer(ctx), relationship);
  },
  updateRelationship: (_root, { input }, ctx) => {
    const { type, from, to, status, confidence, qualifiers, ...rest } = input;
    return updateRelationship(ctx.graph, writer(ctx), {
      ...rest,
      ...given({ type, from, to, status, confidence, qualifiers }),
    });
  },
  retractRelationship: (_root, args, ctx) => retractRelationship(ctx.graph, writer(ctx), args),
  addSource: (_root, { input }, ctx) => addSource(ctx.graph, writer(ctx), { ...input, source: given(input.source) }),
  retractSource: (_root, { input }, ctx) => retractSource(ctx.graph, writer(ctx), input),
  replaceDocumentText: (_root, { force, ...args }, ctx) =>
    replaceDocumentText(ctx.graph, writer(ctx), { ...args, force }),
  createApiKey: async (_root, { name, scopes }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    const { key, token } = await apiKeys.create(graph, checkApiKeyRequest(name, scopes), viewer.actor);
    return { key, secret: token };
  },
  revokeApiKey: async (_root, { id }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    const key = await apiKeys.revoke(graph, id, viewer.actor);
    if (key === null) throw new NotFoundError('API key', id);
    return key;
  },
  mergeEntities: (_root, args, ctx) => mergeEntities(ctx.graph, writer(ctx), args),
  splitMerge: (_root, args, ctx) => splitMerge(ctx.graph, writer(ctx), args),
  judgeNotSame: (_root, args, ctx) => judgeNotSame(ctx.graph, writer(ctx), args),
  proposeFromText: (_root, { input }, ctx) =>
    proposeFromText(ctx.graph, writer(ctx), { ...givenEdits(input), published: date(input.published) ?? null }),
  proposeFromDocument: (_root, { documentId }, ctx) => proposeFromDocument(ctx.graph, writer(ctx), documentId),
  acceptProposal: stateChange('ACCEPTED'),
  rejectProposal: stateChange('REJECTED'),
  reopenProposal: stateChange('PROPOSED'),
  editRelationshipProposal: (_root, { input }, ctx) => {
    const { draftId, proposalId, expectedRevision, date: d, since, until, from, to, ...rest } = input;
    const edit = {
      ...givenEdits(rest),
      from: from ?? undefined,
      to: to ?? undefined,
      date: date(d),
      since: date(since),
      until: date(until),
    };
    const entityIds = namedEntityIds(from, to);
    return changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision, entityIds }, (draft, lookup, stamp) =>
      editRelationshipProposal(draft, proposalId, edit, lookup, stamp),
    );
  },
  editEntityProposal: (_root, { input }, ctx) => {
    const { draftId, proposalId, expectedRevision, description, ...rest } = input;
    const edit = { ...givenEdits(rest), ...(description !== undefined ? { description } : {}) };
    return changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      editEntityProposal(draft, proposalId, edit, stamp),
    );
  },
  linkMention: (_root, { draftId, mentionId, to, expectedRevision }, ctx) =>
    changeDraft(
      ctx.graph,
      writer(ctx),
      { id: draftId, expectedRevision, entityIds: namedEntityIds(to) },
      (draft, lookup, stamp) => linkMention(draft, mentionId, to, lookup, stamp),
    ),
  proposeEntity: (_root, { input }, ctx) => {
    const { draftId, expectedRevision, ...rest } = input;
    return changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision }, (draft, _lookup, stamp) =>
      proposeEntity(draft, { ...givenEdits(rest), kind: rest.kind, name: rest.name }, stamp),
    );
  },
  addRelationshipProposal: (_root, { input }, ctx) => {
    const { draftId, expectedRevision, date: d, since, until, ...rest } = input;
    const span = { ...rest, date: date(d), since: date(since), until: date(until) };
    const entityIds = namedEntityIds(rest.from, rest.to);
    return changeDraft(ctx.graph, writer(ctx), { id: draftId, expectedRevision, entityIds }, (draft, lookup, stamp) =>
      addRelationshipFromSpan(draft, span, lookup, stamp),
    );
  },
  addProposalSource: sourceChange(addProposalSource),
  removeProposalSource: sourceChange(removeProposalSource),
  commitDraft: (_root, { id }, ctx) => commitDraft(ctx.graph, writer(ctx), id),
};
