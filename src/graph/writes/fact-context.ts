import type { EntityKind } from '../../domain/entity-kinds';
import type { FactContext } from '../../domain/fact-rules';
import type { WriteTx } from '../write-transaction';
import { factContextStatement } from './entity-statements';

/**
 * The validator's view of the database for one change, read inside the
 * change's transaction (so the check and the write see the same graph):
 * the kinds of the entities it names and the texts of its documents. The API
 * names entities by id only, and a quote found twice needs its `start`.
 */
export async function factContext(
  tx: WriteTx,
  entityIds: readonly string[],
  documentIds: readonly string[],
): Promise<FactContext> {
  const [row] = await tx.run<{
    entities: Array<{ id: string; kind: EntityKind }>;
    documents: Array<{ id: string; text: string; sha256: string | null }>;
  }>(factContextStatement([...new Set(entityIds)], [...new Set(documentIds)]));
  const kinds = new Map(row?.entities.map((e) => [e.id, e.kind]));
  const texts = new Map(row?.documents.map((d) => [d.id, d]));
  return {
    resolve: (ref) => {
      const kind = kinds.get(ref);
      return kind
        ? { ok: true, id: ref, kind }
        : { ok: false, message: `no entity has the id "${ref}" (a merged entity is named by the id of the one kept)` };
    },
    document: (id) => {
      const stored = texts.get(id);
      if (stored === undefined) return undefined;
      const label = `the text of document "${id}"`;
      return stored.sha256 === null
        ? { text: stored.text, label }
        : { text: stored.text, label, sha256: stored.sha256 };
    },
    documentIds: () => null,
    ambiguousQuotes: 'refuse',
  };
}
