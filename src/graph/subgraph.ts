import type { Entity, Relationship } from '../domain/model';

/** Entities and the relationships among them; every relationship's ends are in `entities`. */
export interface Subgraph {
  entities: Entity[];
  relationships: Relationship[];
  /** Entity ids by distance from the start (or by position along a path). */
  layers: string[][];
  /** Names of the caps that cut the answer short, e.g. `fanOut`, `limit`. */
  truncatedBy: string[];
}
