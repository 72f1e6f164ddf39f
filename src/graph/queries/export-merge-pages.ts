import type { SeedMerge, SeedNotSame } from '../../domain/model';
import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import type { EntityPageInput } from './export-pages';

/**
 * Entity resolution's records, page by page, for the seed-format export:
 * merge records keyset on their id, "not the same" judgements on their pair
 * key. Each as stored (a merge's change is the JSON text it wrote), so that
 * a reload stores the same properties.
 */

export function exportMergesStatement({ after, limit }: EntityPageInput): Statement {
  return {
    cypher: `MATCH (m:EntityMerge) WHERE m.id > $after
WITH m ORDER BY m.id LIMIT $limit
RETURN properties(m) AS merge`,
    params: { after, limit },
  };
}

export function exportNotSameStatement({ after, limit }: EntityPageInput): Statement {
  return {
    cypher: `MATCH (j:NotSameJudgement) WHERE j.pair > $after
WITH j ORDER BY j.pair LIMIT $limit
RETURN properties(j) AS judgement`,
    params: { after, limit },
  };
}

const text = (props: Record<string, unknown>, key: string) => (typeof props[key] === 'string' ? props[key] : '');

export async function exportMergePage(client: GraphClient, input: EntityPageInput): Promise<SeedMerge[]> {
  const { cypher, params } = exportMergesStatement(input);
  const rows = await client.read<{ merge: Record<string, unknown> }>(cypher, params);
  return rows.map(({ merge: p }) => ({
    id: text(p, 'id'),
    at: text(p, 'at'),
    by: text(p, 'by'),
    reason: text(p, 'reason'),
    kind: text(p, 'kind'),
    keepId: text(p, 'keepId'),
    absorbId: text(p, 'absorbId'),
    change: text(p, 'change'),
    split:
      typeof p.splitAt === 'string' ? { at: p.splitAt, by: text(p, 'splitBy'), reason: text(p, 'splitReason') } : null,
  }));
}

/** Judgements with the pair key of the last one, for the next page. */
export async function exportNotSamePage(
  client: GraphClient,
  input: EntityPageInput,
): Promise<Array<{ pair: string; judgement: SeedNotSame }>> {
  const { cypher, params } = exportNotSameStatement(input);
  const rows = await client.read<{ judgement: Record<string, unknown> }>(cypher, params);
  return rows.map(({ judgement: p }) => ({
    pair: text(p, 'pair'),
    judgement: { a: text(p, 'a'), b: text(p, 'b'), at: text(p, 'at'), by: text(p, 'by'), reason: text(p, 'reason') },
  }));
}
