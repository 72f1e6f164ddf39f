import type { EntityKind } from '../../domain/entity-kinds';
import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import { ENTITY_PROJECTION, toEntity } from '../mapping';
import { ENTITY_NAME_INDEX } from '../migrations';
import type { Statement } from '../cypher/statement';

export interface SearchHitRow {
  entity: SourcedEntity;
  score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Lucene query for what a person types: every word may match exactly (boosted),
 * as a prefix, or within an edit distance that grows with its length.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && !['and', 'or', 'not'].includes(w));
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const fuzzy = w.length >= 4 ? ` OR ${w}~${w.length >= 7 ? 2 : 1}` : '';
      return `(${w}^3 OR ${w}*${fuzzy})`;
    })
    .join(' AND ');
}

export interface SearchInput {
  /** A Lucene query (see luceneQuery), never what the person typed. */
  query: string;
  /** Null or empty: every kind. */
  kinds: readonly EntityKind[] | null;
  first: number;
}

export function searchEntitiesStatement({ query, kinds, first }: SearchInput): Statement {
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS e, score
WHERE e.mergedInto IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
RETURN e ${ENTITY_PROJECTION} AS entity, score
ORDER BY score DESC, e.id
LIMIT $first`,
    params: { index: ENTITY_NAME_INDEX, query, kinds: kinds && kinds.length > 0 ? [...kinds] : null, first },
  };
}

/** Full-text search over names and aliases, best first. */
export async function searchEntities(
  client: GraphClient,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  if (query === null) return [];
  const statement = searchEntitiesStatement({ query, kinds, first });
  const rows = await client.read<{ entity: Record<string, unknown>; score: number }>(
    statement.cypher,
    statement.params,
  );
  return rows.map((row) => ({ entity: toEntity(row.entity), score: row.score }));
}
