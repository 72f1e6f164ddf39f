import type { Resolvers } from '../generated/resolvers-types';
import { DateScalar, DateTimeScalar, JSONScalar, PartialDateScalar } from '../scalars';
import { apiKeyResolvers } from './api-key';
import { commonNeighboursResolvers } from './common-neighbours';
import { countryResolvers } from './country';
import { courtResolvers } from './court';
import { datedValueResolvers } from './dated-value';
import { documentResolvers } from './document';
import { documentTextChangeResolvers } from './document-text-change';
import { draftResolvers } from './draft';
import { entityResolvers } from './entity';
import { entityKindResolvers } from './entity-kind';
import { entityMergeResolvers } from './entity-merge';
import { eventResolvers } from './event';
import { governmentResolvers } from './government';
import { graphStatsResolvers } from './graph-stats';
import { groupResolvers } from './group';
import { lawResolvers } from './law';
import { mergeCandidateResolvers } from './merge-candidate';
import { mutationResolvers } from './mutation';
import { notSameJudgementResolvers } from './not-same-judgement';
import { organizationResolvers } from './organization';
import { pathResolvers } from './path';
import { pathHopResolvers } from './path-hop';
import { personResolvers } from './person';
import { placeResolvers } from './place';
import { prisonResolvers } from './prison';
import { queryResolvers } from './query';
import { relationshipResolvers } from './relationship';
import { relationshipEdgeResolvers } from './relationship-edge';
import { scopeResolvers } from './scope';
import { sourceResolvers } from './source';
import { subgraphResolvers } from './subgraph';
import { timelineResolvers } from './timeline';
import { timelineEntryResolvers } from './timeline-entry';

/** Every type's resolvers, each from the file named after the type. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  PartialDate: PartialDateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  EntityKind: entityKindResolvers,
  Scope: scopeResolvers,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Entity: entityResolvers,
  Person: personResolvers,
  Government: governmentResolvers,
  Country: countryResolvers,
  Organization: organizationResolvers,
  Prison: prisonResolvers,
  Law: lawResolvers,
  Court: courtResolvers,
  Event: eventResolvers,
  Document: documentResolvers,
  Place: placeResolvers,
  Group: groupResolvers,
  Relationship: relationshipResolvers,
  RelationshipEdge: relationshipEdgeResolvers,
  DatedValue: datedValueResolvers,
  Source: sourceResolvers,
  Subgraph: subgraphResolvers,
  Timeline: timelineResolvers,
  TimelineEntry: timelineEntryResolvers,
  GraphStats: graphStatsResolvers,
  Path: pathResolvers,
  PathHop: pathHopResolvers,
  CommonNeighbours: commonNeighboursResolvers,
  ApiKey: apiKeyResolvers,
  MergeCandidate: mergeCandidateResolvers,
  EntityMerge: entityMergeResolvers,
  NotSameJudgement: notSameJudgementResolvers,
  Draft: draftResolvers,
  DocumentTextChange: documentTextChangeResolvers,
};
