import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import type { RetainedRevision } from '../writes/document-text-statements';

/** A document's current text and the texts it had before (replaceDocumentText keeps them). */
export interface TextRevisions {
  current: { text: string; textSha256: string | null; revision: number; since: string | null };
  /** Oldest first. */
  retained: RetainedRevision[];
}

/** Each document's current text and its retained revisions, in one statement. */
export function documentTextRevisionsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (d:Entity:Document {id: id}) WHERE d.text IS NOT NULL
OPTIONAL MATCH (r:DocumentRevision {documentId: id})
WITH d, r ORDER BY r.revision
RETURN d.id AS id, d.text AS text, d.textSha256 AS textSha256, coalesce(d.textRevision, 1) AS revision,
  coalesce(d.textSince, d.recordedAt) AS since, collect(r { .* }) AS retained`,
    params: { ids: [...ids] },
  };
}

export async function documentTextRevisions(
  client: GraphClient,
  ids: readonly string[],
): Promise<Array<TextRevisions | null>> {
  const { cypher, params } = documentTextRevisionsStatement(ids);
  const rows = await client.read<TextRevisions['current'] & { id: string; retained: RetainedRevision[] }>(
    cypher,
    params,
  );
  const byId = new Map(rows.map(({ id, retained, ...current }) => [id, { current, retained }]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The text a source's offsets index: the one its digest names; without a
 * digest (stored before texts could be replaced) the document's first text.
 */
export function indexedText(texts: TextRevisions, textSha256: string | undefined): string {
  if (textSha256 === undefined) return texts.retained[0]?.text ?? texts.current.text;
  if (textSha256 === texts.current.textSha256) return texts.current.text;
  return texts.retained.find((r) => r.textSha256 === textSha256)?.text ?? texts.current.text;
}
