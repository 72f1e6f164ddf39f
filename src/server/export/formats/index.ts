import { csvZip } from './csv';
import { gexf } from './gexf';
import { graphml } from './graphml';
import { jsonGraph } from './json-graph';
import type { ExportFormat } from './types';

export type { ExportFormat } from './types';
export { edgesCsv, nodesCsv } from './csv';

export const EXPORT_FORMATS: ReadonlyMap<string, ExportFormat> = new Map(
  [graphml, gexf, csvZip, jsonGraph].map((format) => [format.name, format]),
);
