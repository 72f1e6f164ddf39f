import type { ExportGraph } from '../answer';

export interface ExportFormat {
  /** The `format` parameter's value. */
  name: string;
  extension: string;
  contentType: string;
  write(graph: ExportGraph, title: string): Buffer;
}
