import { readFileSync } from 'node:fs';

export interface QueryExample {
  /** The `### ` heading above the example. */
  title: string;
  /** The section (`## `) it belongs to. */
  section: string;
  query: string;
  /** Variables from a ```json variables block, if any. */
  variables: Record<string, unknown> | null;
}

const BLOCK = /```(graphql|json)([^\n]*)\n([\s\S]*?)```/g;

/**
 * The worked examples of docs/querying.md: each `### Title` followed by one
 * ```graphql block (and optionally ```json variables). The playground preloads
 * them and a test runs them, so the document is the single source.
 */
export function parseQueryExamples(markdown: string): QueryExample[] {
  const examples: QueryExample[] = [];
  let section = '';
  const parts = markdown.split(/^(?=#{2,3} )/m);
  for (const part of parts) {
    const heading = /^(#{2,3}) (.+)$/m.exec(part);
    if (!heading) continue;
    if (heading[1] === '##') {
      section = heading[2]!.trim();
      continue;
    }
    let query: string | null = null;
    let variables: Record<string, unknown> | null = null;
    for (const match of part.matchAll(BLOCK)) {
      if (match[1] === 'graphql' && query === null) query = match[3]!.trim();
      else if (match[1] === 'json' && match[2]!.trim() === 'variables')
        variables = JSON.parse(match[3]!) as Record<string, unknown>;
    }
    if (query !== null) examples.push({ title: heading[2]!.trim(), section, query, variables });
  }
  return examples;
}

export function readQueryExamples(path: string): QueryExample[] {
  return parseQueryExamples(readFileSync(path, 'utf8'));
}
