import type { ApiKey } from '../domain/api-key';
import type { EntityKind } from '../domain/entity-kinds';
import type { Scope } from '../domain/viewer';
import type { Relationship, Source } from '../domain/model';
import type { PartialDate } from '../domain/temporal';
import type { FarEnd, GraphCounts, RelationshipAtEntity, SourcedEntity, Subgraph } from '../graph';

/** Parents the generated resolver types use (codegen `mappers`): the data layer's own types. */
/** `resolvedFrom`: the id asked for, when it named an entity merged into this one. */
export type EntityModel = SourcedEntity & { resolvedFrom?: string };
export type EntityKindValue = EntityKind;
export type ScopeValue = Scope;
export type ApiKeyModel = ApiKey;
export type RelationshipModel = Relationship;
export type SourceModel = Source;
export type PartialDateModel = PartialDate;
export type SubgraphModel = Subgraph;
/** A timeline page, mapped (relationship-pages/connection.ts); `entity` resolves from `entityId`. */
export interface TimelineModel {
  entityId: string;
  entries: TimelineEntryModel[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  undatedCount: number;
}
export interface GraphStatsModel {
  counts: () => Promise<GraphCounts>;
}

/** A relationship seen from one of its ends; `cursor` is already encoded. */
export interface RelationshipEdgeModel {
  cursor: string;
  node: Relationship;
  direction: RelationshipAtEntity['direction'];
  /** The entity at the other end, read with the page: whole, or a reference when that is all the query selects of it. */
  other: FarEnd;
}
export type TimelineEntryModel = RelationshipEdgeModel;
/** Path answers (schema/paths.graphql): the graph layer's own types. */
export type {
  PathAnswer as PathResultModel,
  PathsAnswer as PathsResultModel,
  Path as PathModel,
  PathHop as PathHopModel,
  CommonNeighbours as CommonNeighboursModel,
  CommonNeighbour as CommonNeighbourModel,
} from '../graph';
/** Write answers (schema/writing.graphql): the write path's own types. */
export type { AuditEntry as AuditRecordModel, EntityChange as EntityChangeModel } from '../graph';
export type { RelationshipChange as RelationshipChangeModel } from '../graph';
/** Entity resolution answers (schema/merging.graphql): the scorer's and the merge path's own types. */
export type { MergeCandidate as MergeCandidateModel } from '../domain/resolution';
export type {
  MergeRecord as EntityMergeModel,
  MergeOutcome as EntityMergeChangeModel,
  NotSameJudgement as NotSameJudgementModel,
  JudgementOutcome as NotSameJudgementChangeModel,
} from '../graph';
/** Drafts (schema/drafts.graphql): the domain's own value. */
export type { Draft as DraftModel } from '../domain/drafts';
/** Replaced texts (schema/document-text.graphql): the write path's own types. */
export type { DocumentTextChange as DocumentTextChangeModel, RetainedRevision as TextRevisionModel } from '../graph';
