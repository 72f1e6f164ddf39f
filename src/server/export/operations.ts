import { ENTITY_KINDS, ENTITY_PROPERTY_SCHEMAS } from '../../domain';

/**
 * The GraphQL documents the export routes run through the server's own Apollo
 * (so limits, errors, timeouts and the viewer apply as to any other read).
 * They select everything the explorer can show, and more: every common field,
 * every kind's own properties (taken from the domain, so a new property is
 * exported without touching this file), dates with their precision and span,
 * and every source with its document, quote and offsets.
 */

/** Kind properties whose GraphQL type is an object and needs a selection. */
const DATED_PROPERTIES = new Set(['published']);

const kindFragments = ENTITY_KINDS.map((kind) => {
  const fields = Object.keys(ENTITY_PROPERTY_SCHEMAS[kind].shape).map((name) =>
    DATED_PROPERTIES.has(name) ? `${name} { ...ExportDate }` : name,
  );
  return fields.length > 0 ? `  ... on ${kind} { ${fields.join(' ')} }` : null;
}).filter((line) => line !== null);

const FRAGMENTS = `
fragment ExportDate on DatedValue { value precision earliest latest text }
fragment ExportSource on Source {
  documentId
  document { name url publisher published { text } }
  quote
  start
  end
  attributedTo { id name }
  recordedAt
}
fragment ExportEntity on Entity {
  id
  kind
  name
  aliases
  description
  named
  degree
  version
  recordedAt
  sources { ...ExportSource }
${kindFragments.join('\n')}
}
fragment ExportRelationship on Relationship {
  id
  type
  fromId
  toId
  status
  confidence
  date { ...ExportDate }
  since { ...ExportDate }
  until { ...ExportDate }
  qualifiers { key value }
  explanation
  version
  recordedAt
  retraction { at by reason supersededBy }
  sources { ...ExportSource }
}
`;

const SUBGRAPH = `${FRAGMENTS}
fragment ExportSubgraph on Subgraph {
  nodes { ...ExportEntity }
  edges { ...ExportRelationship }
  layers
  truncatedBy
  notFound
}
`;

const PATH = `${FRAGMENTS}
fragment ExportPath on Path {
  length
  minSources
  minConfidence
  documentCount
  nodes { ...ExportEntity }
  hops { step direction relationship { ...ExportRelationship } }
}
`;

export const EXPORT_OPERATIONS = {
  neighbourhood: `query ExportNeighbourhood($id: ID!, $depth: Int, $filter: RelationshipFilter, $fanOut: Int, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, filter: $filter, fanOut: $fanOut, limit: $limit) { ...ExportSubgraph }
}${SUBGRAPH}`,
  entities: `query ExportEntities($ids: [ID!]!, $knownAt: DateTime) {
  entities: subgraph(ids: $ids, knownAt: $knownAt) { ...ExportSubgraph }
}${SUBGRAPH}`,
  connections: `query ExportConnections($ids: [ID!]!, $options: PathOptions) {
  connections(ids: $ids, options: $options) { ...ExportSubgraph }
}${SUBGRAPH}`,
  path: `query ExportPath($from: ID!, $to: ID!, $options: PathOptions) {
  path(from: $from, to: $to, options: $options) { reason path { ...ExportPath } }
}${PATH}`,
  paths: `query ExportPaths($from: ID!, $to: ID!, $k: Int, $options: PathOptions) {
  paths(from: $from, to: $to, k: $k, options: $options) { reason truncated paths { ...ExportPath } }
}${PATH}`,
} as const;

export type ExportKind = keyof typeof EXPORT_OPERATIONS;
