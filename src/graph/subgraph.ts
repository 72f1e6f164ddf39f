import type { Relationship } from '../domain/model';
import type { FarEnd } from './relationship-pages';

/** Entities and the relationships among them; every relationship's ends are in `entities`. */
export interface Subgraph {
  /** Whole, or refs when the caller asked for no more (a neighbourhood whose nodes select only id, kind, name). */
  entities: FarEnd[];
  relationships: Relationship[];
  /** Entity ids by distance from the start (or by position along a path). */
  layers: string[][];
  /** Names of the caps that cut the answer short, e.g. `fanOut`, `limit`. */
  truncatedBy: string[];
}
