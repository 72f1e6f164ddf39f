import { entityMetadata, relationshipMetadata } from '../attributes';
import type { ExportFormat } from './types';

/**
 * JSON Graph Format v2 (jsongraphformat.info): nodes keyed by id, edges as a
 * list; what newsgraph knows goes in `metadata`, structured (lists, dates,
 * sources as objects), so nothing is flattened.
 */
export const jsonGraph: ExportFormat = {
  name: 'jgf',
  extension: 'json',
  contentType: 'application/vnd.jgf+json; charset=utf-8',
  write(graph, title) {
    const document = {
      graph: {
        id: title,
        label: title,
        type: 'newsgraph',
        directed: true,
        metadata: graph.meta,
        nodes: Object.fromEntries(
          graph.nodes.map((entity) => [entity.id, { label: entity.name, metadata: entityMetadata(entity) }]),
        ),
        edges: graph.edges.map((rel) => ({
          id: rel.id,
          source: rel.fromId,
          target: rel.toId,
          relation: rel.type,
          directed: true,
          label: rel.explanation,
          metadata: relationshipMetadata(rel),
        })),
      },
    };
    return Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
  },
};
