import type { Relationship } from '../domain/model';
import type { SourcedEntity } from './mapping';

/** Entities and the relationships among them; every relationship's ends are in `entities`. */
export interface Subgraph {
  entities: SourcedEntity[];
  relationships: Relationship[];
  /** SourcedEntity ids by distance from the start (or by position along a path). */
  layers: string[][];
  /** Names of the caps that cut the answer short, e.g. `fanOut`, `limit`. */
  truncatedBy: string[];
  /** Ids asked for that are not entities (a subgraph asked for by ids; elsewhere an unknown id is an error). */
  notFound?: string[];
}
