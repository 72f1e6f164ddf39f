import { SEQUENCE } from '../lib/sequence';
import { Random } from '../lib/random';
import type { BenchQuery, Row } from './types';

interface Sources {
  documentIds: string[];
  quotes: string[];
  starts: number[];
  ends: number[];
}

type Vars = { from: string; to: string; sources: Sources };

/** One type: raw Cypher cannot take a relationship type as a parameter. The dataset's most common one. */
const TYPE = 'PARTICIPATED_IN';

/**
 * The write mix: a new fact with 1–3 sources, between two entities a fact of
 * that type already joins, quoting that fact's own quotes (so every quote is
 * an exact substring of a stored text). Every request writes a relationship
 * of its own: the body's `__SEQ__` becomes a new number per request.
 *
 * newsgraph does what a client's `addRelationship` costs: validation against
 * the domain rules, the document texts read to place each quote, the id
 * checked unused, the version written and its audit record appended, in one
 * write transaction. Raw Cypher is the floor for the same data: one statement
 * that creates the relationship with the same stored properties (offsets
 * given by the client) and its audit record.
 */
export const addRelationship: BenchQuery<Vars> = {
  name: 'add-relationship',
  description: `addRelationship (${TYPE}, 1–3 sources) in a write transaction with its audit record`,
  shared: false,
  write: true,
  pagesBefore: 0,
  async sample(client, count, seed) {
    const random = new Random(seed);
    const total = (await client.read<{ n: number }>(`MATCH ()-[r:${TYPE}]->() RETURN count(r) AS n`))[0]?.n ?? 0;
    if (total === 0) throw new Error(`no ${TYPE} relationship to sample: is the dataset loaded?`);
    const out: Vars[] = [];
    for (let i = 0; i < count; i++) {
      const rows = await client.read<{ from: string; to: string; sources: Sources }>(
        `MATCH (a:Entity)-[r:${TYPE}]->(b:Entity) WITH a, r, b SKIP $skip LIMIT 1
RETURN a.id AS from, b.id AS to, {documentIds: r.sourceDocumentIds, quotes: r.sourceQuotes, starts: r.sourceStarts, ends: r.sourceEnds} AS sources`,
        { skip: random.int(total) },
      );
      const row = rows[0];
      if (!row) continue;
      const k = Math.min(row.sources.quotes.length, 1 + (i % 3));
      const cut = <T>(list: T[]) => list.slice(0, k);
      out.push({
        from: row.from,
        to: row.to,
        sources: {
          documentIds: cut(row.sources.documentIds),
          quotes: cut(row.sources.quotes),
          starts: cut(row.sources.starts),
          ends: cut(row.sources.ends),
        },
      });
    }
    return out;
  },
  newsgraph: {
    query: `mutation Add($input: AddRelationshipInput!) {
  addRelationship(input: $input) { relationship { id type version from { id } to { id } } }
}`,
    variables: (v) => ({
      input: {
        id: `bench-ng-${SEQUENCE}`,
        type: TYPE,
        from: v.from,
        to: v.to,
        status: 'REPORTED',
        confidence: 0.7,
        sources: v.sources.quotes.map((quote, i) => ({
          documentId: v.sources.documentIds[i],
          quote,
          start: v.sources.starts[i],
        })),
      },
    }),
    fingerprint: (data: any) => {
      const r = data.addRelationship.relationship;
      return [r.type, r.from.id, r.to.id, r.version];
    },
  },
  library: null,
  raw: {
    cypher: `MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:${TYPE}]->(b)
SET r = $props, r.recordedAt = $at
CREATE (audit:AuditRecord)
SET audit = {id: $id + ':audit', at: $at, actorType: 'key', actorId: 'bench', actorName: 'bench',
             operation: 'addRelationship', input: $input, relationshipIds: [$id], entityIds: [$from, $to]}
RETURN type(r) AS type, a.id AS from, b.id AS to, r.version AS version`,
    params: (v) => {
      const id = `bench-raw-${SEQUENCE}`;
      const at = new Date().toISOString();
      const props = {
        id,
        version: 1,
        status: 'REPORTED',
        confidence: 0.7,
        recordedBy: 'key:bench',
        sourceDocumentIds: v.sources.documentIds,
        sourceQuotes: v.sources.quotes,
        sourceStarts: v.sources.starts,
        sourceEnds: v.sources.ends,
        sourceAttributedTo: v.sources.quotes.map(() => ''),
        sourceRecordedAt: v.sources.quotes.map(() => at),
      };
      return { id, from: v.from, to: v.to, at, props, input: JSON.stringify(v) };
    },
    fingerprint: (rows: Row[]) => rows.map((r) => [r.type, r.from, r.to, r.version])[0],
  },
};
