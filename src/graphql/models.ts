import type { EntityKind } from '../domain/entity-kinds';
import type { Relationship, Source } from '../domain/model';
import type { PartialDate } from '../domain/temporal';
import type { FarEnd, GraphCounts, RelationshipAtEntity, Subgraph, TimelinePage } from '../graph';

/**
 * Parents the generated resolver types use (codegen `mappers`): the data
 * layer's own types. An entity is whole, or an EntityRef (id, kind, name)
 * where a page read no more; the Entity resolvers load the rest when a ref
 * meets a field it cannot answer.
 */
export type EntityModel = FarEnd;
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
  /** The entity at the other end, read with the page: whole, or a ref when that is all the query selects of it. */
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
