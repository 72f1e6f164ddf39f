import { luceneQuery } from '../../src/graph';
import { ENTITY_NAME_INDEX } from '../../src/graph/migrations';
import { Random } from '../lib/random';
import { sampleIds } from './sampling';
import type { BenchQuery, Row } from './types';

/**
 * Full-text search over names and aliases, top 10 by score (ties by id), as
 * a person types it: a whole name, a name and a prefix, a name with a typo.
 * The library and raw Cypher get the same Lucene query newsgraph builds from
 * the text (`luceneQuery`), over the same index.
 */
export const search: BenchQuery<{ text: string; lucene: string }> = {
  name: 'search',
  description: 'full-text search (whole name / prefix / typo), top 10',
  shared: true,
  pagesBefore: 0,
  async sample(client, count, seed) {
    const random = new Random(seed);
    const kinds = ['Person', 'Person', 'Organization', 'Place', 'Event', 'Government'] as const;
    const names: string[] = [];
    for (const [i, kind] of kinds.entries()) {
      const ids = await sampleIds(client, kind, Math.ceil(count / kinds.length), seed + i);
      const rows = await client.read<{ name: string }>(
        'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.name AS name',
        { ids },
      );
      names.push(...rows.map((r) => r.name));
    }
    return names.slice(0, count).map((name, i) => {
      const words = name.split(' ');
      let text = name;
      if (i % 3 === 1 && words.length > 1) text = `${words[0]} ${words[1]!.slice(0, 3)}`;
      if (i % 3 === 2) {
        const at = 1 + random.int(Math.max(1, name.length - 2));
        text = name.slice(0, at) + name.slice(at + 1);
      }
      return { text, lucene: luceneQuery(text) ?? text };
    });
  },
  newsgraph: {
    query: `query Search($text: String!) {
  search(text: $text, first: 10) { score entity { id kind name aliases } }
}`,
    variables: (v) => ({ text: v.text }),
    fingerprint: (data: any) => data.search.map((hit: any) => hit.entity.id),
  },
  library: {
    query: `query Search($phrase: String!) {
  searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }, { node: { id: ASC } }]) {
    edges { score node { id kind name aliases } }
  }
}`,
    variables: (v) => ({ phrase: v.lucene }),
    fingerprint: (data: any) => data.searchEntities.edges.map((edge: any) => edge.node.id),
  },
  raw: {
    cypher: `CALL db.index.fulltext.queryNodes('${ENTITY_NAME_INDEX}', $query) YIELD node AS e, score
RETURN e { .id, .kind, .name, .aliases } AS entity, score
ORDER BY score DESC, e.id
LIMIT 10`,
    params: (v) => ({ query: v.lucene }),
    fingerprint: (rows: Row[]) => rows.map((r) => r.entity.id),
  },
};
