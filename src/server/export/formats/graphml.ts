import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';

import { columnsOf, entityAttributes, relationshipAttributes, type Column, type Scalar } from '../attributes';
import type { ExportFormat } from './types';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const GRAPHML_XSD = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** Carried by the element itself (`id`, `source`, `target`), not as `<data>`. */
const STRUCTURAL = new Set(['id', 'source', 'target']);

/**
 * GraphML with typed `<key>` declarations, as Cytoscape, yEd and Gephi read
 * it. graphology-graphml only parses (the tests read these files back with
 * it); the document is built with xmldom's DOM, which does the escaping.
 */
export const graphml: ExportFormat = {
  name: 'graphml',
  extension: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  write(graph, title) {
    const doc = new DOMImplementation().createDocument(GRAPHML_NS, 'graphml', null);
    const root = doc.documentElement;
    root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI_NS);
    root.setAttributeNS(XSI_NS, 'xsi:schemaLocation', GRAPHML_XSD);
    const element = (parent: Element, name: string, attributes: Record<string, string>, depth: number) => {
      parent.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
      const el = doc.createElementNS(GRAPHML_NS, name);
      for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
      parent.appendChild(el);
      return el;
    };
    const nodeRecords = graph.nodes.map(entityAttributes);
    const edgeRecords = graph.edges.map(relationshipAttributes);
    const declare = (columns: Column[], scope: 'node' | 'edge') =>
      columns
        .filter((column) => !STRUCTURAL.has(column.name))
        .map((column) => {
          const id = `${scope[0]}_${column.name}`;
          element(root, 'key', { id, for: scope, 'attr.name': column.name, 'attr.type': column.type }, 1);
          return { ...column, id };
        });
    element(root, 'key', { id: 'g_query', for: 'graph', 'attr.name': 'query', 'attr.type': 'string' }, 1);
    const nodeKeys = declare(columnsOf(nodeRecords), 'node');
    const edgeKeys = declare(columnsOf(edgeRecords), 'edge');
    const g = element(root, 'graph', { id: title, edgedefault: 'directed' }, 1);
    element(g, 'data', { key: 'g_query' }, 2).appendChild(doc.createTextNode(JSON.stringify(graph.meta)));
    const writeData = (el: Element, keys: ReadonlyArray<Column & { id: string }>, record: Record<string, Scalar>) => {
      for (const key of keys) {
        const value = record[key.name];
        if (value === null || value === undefined) continue;
        element(el, 'data', { key: key.id }, 3).appendChild(doc.createTextNode(String(value)));
      }
      el.appendChild(doc.createTextNode('\n    '));
    };
    nodeRecords.forEach((record) => writeData(element(g, 'node', { id: String(record.id) }, 2), nodeKeys, record));
    edgeRecords.forEach((record) =>
      writeData(
        element(g, 'edge', { id: String(record.id), source: String(record.source), target: String(record.target) }, 2),
        edgeKeys,
        record,
      ),
    );
    g.appendChild(doc.createTextNode('\n  '));
    root.appendChild(doc.createTextNode('\n'));
    return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`);
  },
};
