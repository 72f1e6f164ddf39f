export type Params = Record<string, unknown>;

/**
 * A Cypher statement as every `…Statement(input)` builder returns it: the text
 * and every parameter it names, whole numbers as plain JS numbers (the client
 * sends them as Cypher integers), so a snapshot of it is what Neo4j receives.
 */
export interface Statement {
  cypher: string;
  params: Params;
}
