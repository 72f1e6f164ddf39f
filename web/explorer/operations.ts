/**
 * The explorer sends only the vetted operations of operations/*.graphql, as
 * their exact text, so it keeps working when the server enforces the
 * persisted-operations allow-list.
 */
import ENTITY from '../../operations/ExplorerEntity.graphql';
import NEIGHBOURHOOD from '../../operations/ExplorerNeighbourhood.graphql';
import PATH from '../../operations/ExplorerPath.graphql';
import RELATIONSHIP from '../../operations/ExplorerRelationship.graphql';
import RELATIONSHIP_TYPES from '../../operations/ExplorerRelationshipTypes.graphql';
import SEARCH from '../../operations/ExplorerSearch.graphql';
import type { MergeSummary } from './merge-operations';

export const OPERATIONS = { ENTITY, NEIGHBOURHOOD, PATH, RELATIONSHIP, RELATIONSHIP_TYPES, SEARCH };

export interface Dated {
  text: string;
}

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  degree: number;
}

export interface GraphEdge {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  status: string;
  confidence: number;
  date: Dated | null;
  since: Dated | null;
  until: Dated | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layers: string[][];
  truncated: boolean;
  truncatedBy: string[];
}

export interface SearchHit {
  score: number;
  entity: { id: string; kind: string; name: string; aliases: string[] };
}

export interface EntityDetails {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  named: boolean;
  degree: number;
  /** The id asked for when it named an entity merged into this one. */
  resolvedFrom: string | null;
  mergedFrom: MergeSummary[];
}

export interface SourceDetails {
  quote: string;
  context: string;
  attributedTo: { name: string } | null;
  document: { id: string; title: string | null; publisher: string | null; url: string | null; published: Dated | null };
}

export interface RelationshipDetails {
  id: string;
  type: string;
  explanation: string;
  status: string;
  confidence: number;
  date: Dated | null;
  since: Dated | null;
  until: Dated | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
  sources: SourceDetails[];
}

export interface PathHop {
  step: number;
  direction: 'FORWARD' | 'BACKWARD';
  explanation: string;
  relationship: GraphEdge;
}

export interface PathDetails {
  length: number;
  minSources: number;
  minConfidence: number;
  documentCount: number;
  nodes: GraphNode[];
  hops: PathHop[];
}

/** The relationship filter of the API (RelationshipFilter), as far as the explorer sets it. */
export interface RelationshipFilter {
  types?: string[];
  asOf?: string;
  window?: { from?: string; to?: string };
}
