import type { Statement } from '../cypher/statement';

/**
 * Drafts are `:Draft` nodes, never `:Entity`, with no relationship to
 * anything: every read of the graph (entities, search, paths, stats, export)
 * starts from `:Entity`, so none can meet a draft. The draft itself is one
 * JSON text (`body`); the fields a listing sorts or filters on sit beside it.
 */

/** What extraction links mentions to: every named entity's id, kind, name and aliases. */
export function knownEntitiesStatement(): Statement {
  return {
    cypher: `MATCH (e:Entity) WHERE e.kind <> 'Document'
RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.named, true) AS named`,
    params: {},
  };
}

/** The graph's entities an edit names, with the names and kinds a draft records of them. */
export function entityNamesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.kind AS kind, e.name AS name`,
    params: { ids: [...ids] },
  };
}

/** A stored document and its text, to propose from. */
export function storedDocumentStatement(id: string): Statement {
  return {
    cypher: `MATCH (d:Entity {id: $id}) WHERE d:Document
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.published AS published,
  d.publishedPrecision AS publishedPrecision, d.url AS url, d.text AS text`,
    params: { id },
  };
}

export interface DraftRow {
  id: string;
  state: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  title: string;
  body: string;
}

/** Stores a new draft or the next revision of one (the caller holds its lock). */
export function putDraftStatement(row: DraftRow): Statement {
  return {
    cypher: `MERGE (d:Draft {id: $row.id})
SET d = $row
RETURN d.id AS id`,
    params: { row },
  };
}

/** A draft by id, locked for the rest of the transaction: two reviewers' edits apply one after the other. */
export function lockDraftStatement(id: string): Statement {
  return {
    cypher: `MATCH (d:Draft {id: $id})
SET d._lock = true
REMOVE d._lock
RETURN d.body AS body`,
    params: { id },
  };
}

export function draftStatement(id: string): Statement {
  return { cypher: 'MATCH (d:Draft {id: $id}) RETURN d.body AS body', params: { id } };
}

/** A page of drafts, newest first (ties by id), after the [createdAt, id] of the previous page's last. */
export function draftsPageStatement(first: number, after: readonly [string, string] | null): Statement {
  return {
    cypher: `MATCH (d:Draft)
WHERE $afterAt IS NULL OR d.createdAt < $afterAt OR (d.createdAt = $afterAt AND d.id < $afterId)
RETURN d.body AS body
ORDER BY d.createdAt DESC, d.id DESC
LIMIT $limit`,
    params: { afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: first + 1 },
  };
}
