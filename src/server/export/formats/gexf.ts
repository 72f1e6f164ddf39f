import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';

import { entityAttributes, relationshipAttributes, type Scalar } from '../attributes';
import type { ExportFormat } from './types';

/** Attributes that GEXF carries as the element's own XML attributes, not as `attvalues`. */
const STRUCTURAL = new Set(['id', 'label', 'source', 'target']);

const data = (record: Record<string, Scalar>) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !STRUCTURAL.has(key)));

/** GEXF 1.3 (Gephi's own format) through graphology-gexf; attribute types are inferred from the values. */
export const gexf: ExportFormat = {
  name: 'gexf',
  extension: 'gexf',
  contentType: 'application/gexf+xml; charset=utf-8',
  write(graph, title) {
    const g = new MultiDirectedGraph();
    g.mergeAttributes({ creator: 'newsgraph', description: title, query: JSON.stringify(graph.meta) });
    for (const entity of graph.nodes) g.addNode(entity.id, entityAttributes(entity));
    for (const rel of graph.edges) g.addDirectedEdgeWithKey(rel.id, rel.fromId, rel.toId, relationshipAttributes(rel));
    const xml = write(g, {
      version: '1.3',
      formatNode: (_key, attributes) => ({ label: String(attributes.label), attributes: data(attributes) }),
      formatEdge: (_key, attributes) => ({ label: String(attributes.label), attributes: data(attributes) }),
    });
    return Buffer.from(xml);
  },
};
