import type { EntityKind } from '../domain/entity-kinds';
import type { Entity, Relationship, Source } from '../domain/model';
import type { PartialDate } from '../domain/temporal';
import type { GraphCounts, RelationshipAtEntity, Subgraph, TimelinePage } from '../graph';

/** Parents the generated resolver types use (codegen `mappers`): the data layer's own types. */
export type EntityModel = Entity;
export type EntityKindValue = EntityKind;
export type RelationshipModel = Relationship;
export type SourceModel = Source;
export type PartialDateModel = PartialDate;
export type SubgraphModel = Subgraph;
export interface TimelineModel {
  entityId: string;
  page: TimelinePage;
}
export interface GraphStatsModel {
  counts: () => Promise<GraphCounts>;
}

/** A relationship seen from one of its ends; `cursor` is already encoded. */
export interface RelationshipEdgeModel {
  cursor: string;
  node: Relationship;
  direction: RelationshipAtEntity['direction'];
  otherId: string;
}
export type TimelineEntryModel = RelationshipEdgeModel;
