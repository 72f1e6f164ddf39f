import type { ExportKind } from './operations';

/**
 * The shape of the export operations' answers (operations.ts), and how each
 * route's answer becomes one ExportGraph: the nodes and edges every format
 * writes, plus what the answer says about itself (caps that cut it, why there
 * is no path, the hops of each path).
 */

export interface DatedValue {
  value: string;
  precision: string;
  earliest: string;
  latest: string;
  text: string;
}

export interface ExportSource {
  documentId: string;
  document: { name: string; url: string | null; publisher: string | null; published: { text: string } | null };
  quote: string;
  start: number;
  end: number;
  attributedTo: { id: string; name: string } | null;
  /** When the quote was first recorded (relationship sources). */
  recordedAt: string | null;
}

/** Common fields plus the kind's own properties (roles, region, published…), as the API returns them. */
export interface ExportEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  named: boolean;
  degree: number;
  version: number;
  recordedAt: string | null;
  sources: ExportSource[];
  [property: string]: unknown;
}

export interface ExportRelationship {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  status: string;
  confidence: number;
  date: DatedValue | null;
  since: DatedValue | null;
  until: DatedValue | null;
  qualifiers: Array<{ key: string; value: string }>;
  explanation: string;
  version: number;
  recordedAt: string | null;
  /** Set when this version was retracted after the instant asked for (`knownAt`). */
  retraction: { at: string; by: string; reason: string | null; supersededBy: number | null } | null;
  sources: ExportSource[];
}

interface SubgraphAnswer {
  nodes: ExportEntity[];
  edges: ExportRelationship[];
  layers: string[][];
  truncatedBy: string[];
  notFound: string[];
}

interface PathAnswer {
  length: number;
  minSources: number;
  minConfidence: number;
  documentCount: number;
  nodes: ExportEntity[];
  hops: Array<{ step: number; direction: string; relationship: ExportRelationship }>;
}

export interface ExportGraph {
  nodes: ExportEntity[];
  edges: ExportRelationship[];
  /** About the answer as a whole: the query, its caps, its paths. Goes to the formats' graph-level metadata. */
  meta: Record<string, unknown>;
}

/** Nodes and edges of several paths, each once, in first-seen order. */
function unionOfPaths(paths: readonly PathAnswer[]): Pick<ExportGraph, 'nodes' | 'edges'> {
  const nodes = new Map<string, ExportEntity>();
  const edges = new Map<string, ExportRelationship>();
  for (const path of paths) {
    for (const node of path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const hop of path.hops) if (!edges.has(hop.relationship.id)) edges.set(hop.relationship.id, hop.relationship);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Each path as the walk it is: entity ids in order and the relationship id of each hop. */
const walks = (paths: readonly PathAnswer[]) =>
  paths.map((p) => ({
    length: p.length,
    minSources: p.minSources,
    minConfidence: p.minConfidence,
    documentCount: p.documentCount,
    entityIds: p.nodes.map((n) => n.id),
    relationshipIds: p.hops.map((h) => h.relationship.id),
  }));

export function exportGraph(
  kind: ExportKind,
  data: Record<string, unknown>,
  query: Record<string, unknown>,
): ExportGraph {
  const meta: Record<string, unknown> = { query: { export: kind, ...query } };
  if (kind === 'path' || kind === 'paths') {
    const answer = data[kind] as {
      reason: string | null;
      path?: PathAnswer | null;
      paths?: PathAnswer[];
      truncated?: boolean;
    };
    const paths = kind === 'path' ? (answer.path ? [answer.path] : []) : (answer.paths ?? []);
    return {
      ...unionOfPaths(paths),
      meta: { ...meta, paths: walks(paths), reason: answer.reason, truncated: answer.truncated ?? false },
    };
  }
  const subgraph = data[kind] as SubgraphAnswer;
  return {
    nodes: subgraph.nodes,
    edges: subgraph.edges,
    meta: {
      ...meta,
      layers: subgraph.layers,
      truncated: subgraph.truncatedBy.length > 0,
      truncatedBy: subgraph.truncatedBy,
      // Only a subgraph asked for by ids can miss some: saying which keeps them from vanishing silently.
      ...(kind === 'entities' ? { notFound: subgraph.notFound } : {}),
    },
  };
}
