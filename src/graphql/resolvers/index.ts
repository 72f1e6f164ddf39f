import { ENTITY_KINDS } from '../../domain/entity-kinds';
import type { Resolvers } from '../generated/resolvers-types';
import { DateScalar, DateTimeScalar, JSONScalar, PartialDateScalar } from '../scalars';
import { auditRecordResolvers } from './audit-record';
import { documentTextChangeResolvers } from './document-text-change';
import { entityMergeResolvers } from './entity-merge';
import { mergeCandidateResolvers } from './merge-candidate';
import { draftResolvers } from './draft';
import { draftMutationResolvers } from './draft-mutation';
import { mutationResolvers } from './mutation';
import { entityKindEnumValue } from '../sdl/domain-enums';
import { ApiKey, Scope, apiKeyMutationResolvers, apiKeyQueryResolvers } from './api-key';
import { entityKindResolvers } from './entity-kinds';
import { pathQueryResolvers, pathResolvers } from './paths';
import { queryResolvers } from './query';
import { relationshipResolvers } from './relationship';
import { traversalResolvers } from './traversal';

/** GraphQL `PERSON` is the domain's `Person`: resolvers see domain values only. */
const EntityKind = Object.fromEntries(ENTITY_KINDS.map((kind) => [entityKindEnumValue(kind), kind]));

export const resolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  EntityKind,
  Scope,
  ApiKey,
  ...queryResolvers,
  ...entityKindResolvers,
  ...relationshipResolvers,
  ...traversalResolvers,
  ...pathResolvers,
  ...mutationResolvers,
  ...mergeCandidateResolvers,
  ...entityMergeResolvers,
  Draft: draftResolvers.Draft,
  DocumentTextChange: documentTextChangeResolvers.DocumentTextChange,
  Document: { ...entityKindResolvers.Document, ...documentTextChangeResolvers.Document },
  Source: { ...relationshipResolvers.Source, ...documentTextChangeResolvers.Source },
  Query: {
    ...queryResolvers.Query,
    ...pathQueryResolvers,
    ...apiKeyQueryResolvers,
    ...auditRecordResolvers.Query,
    ...mergeCandidateResolvers.Query,
    ...entityMergeResolvers.Query,
    ...draftResolvers.Query,
  },
  Mutation: {
    ...mutationResolvers.Mutation,
    ...apiKeyMutationResolvers,
    ...entityMergeResolvers.Mutation,
    ...draftMutationResolvers,
    ...documentTextChangeResolvers.Mutation,
  },
};
