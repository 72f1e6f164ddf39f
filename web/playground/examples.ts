/**
 * The worked examples of docs/querying.md, which the server reads at start
 * and writes into the page as JSON (`<script id="newsgraph-examples">`), so
 * the playground shows exactly what the document says.
 */
export interface PlaygroundExample {
  title: string;
  section: string;
  query: string;
  variables: Record<string, unknown> | null;
}

export function readExamples(doc: Document = document): PlaygroundExample[] {
  const element = doc.getElementById('newsgraph-examples');
  if (element === null || element.textContent === null) return [];
  try {
    const parsed = JSON.parse(element.textContent) as unknown;
    return Array.isArray(parsed) ? (parsed as PlaygroundExample[]) : [];
  } catch {
    return [];
  }
}

/** Variables as the variables editor shows them: pretty JSON, or empty. */
export function variablesText(example: PlaygroundExample): string {
  return example.variables === null ? '' : JSON.stringify(example.variables, null, 2);
}
