import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';

import { columnsOf, entityAttributes, relationshipAttributes, type Scalar } from '../attributes';
import type { ExportFormat } from './types';

/** One CSV text: a header of every column, RFC 4180 quoting, a BOM so spreadsheets read UTF-8 (curly quotes, accents). */
function csvText(records: ReadonlyArray<Record<string, Scalar>>): string {
  const columns = columnsOf(records).map((column) => column.name);
  return stringify(records as Array<Record<string, Scalar>>, {
    header: true,
    columns,
    bom: true,
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

export const nodesCsv = (graph: Parameters<ExportFormat['write']>[0]) => csvText(graph.nodes.map(entityAttributes));
export const edgesCsv = (graph: Parameters<ExportFormat['write']>[0]) =>
  csvText(graph.edges.map(relationshipAttributes));

/**
 * Two CSV files, `<title>-nodes.csv` and `<title>-edges.csv` (the edge list
 * Gephi's and spreadsheets' importers expect: `source`, `target`, `type`…),
 * zipped so that one download keeps them together. Lists and sources are JSON
 * text in their cells.
 */
export const csvZip: ExportFormat = {
  name: 'csv',
  extension: 'zip',
  contentType: 'application/zip',
  write(graph, title) {
    return Buffer.from(
      zipSync({ [`${title}-nodes.csv`]: strToU8(nodesCsv(graph)), [`${title}-edges.csv`]: strToU8(edgesCsv(graph)) }),
    );
  },
};
