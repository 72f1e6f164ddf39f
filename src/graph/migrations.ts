import { RELATIONSHIP_TYPES, assertRelationshipType } from '../domain/relationship-kinds';
import type { GraphClient } from './client';
import type { Statement } from './cypher/statement';

export const ENTITY_NAME_INDEX = 'entity_names';

export interface Migration {
  /** The index or constraint it creates; it is skipped when one of that name exists. */
  name: string;
  cypher: string;
}

/** The schema every query relies on. Each statement is idempotent on its own (IF NOT EXISTS). */
export function migrations(): Migration[] {
  const perType = RELATIONSHIP_TYPES.map((type) => {
    const t = assertRelationshipType(type);
    const name = `rel_${t.toLowerCase()}_id`;
    return { name, cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)` };
  });
  return [
    { name: 'entity_id', cypher: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE' },
    { name: 'entity_kind', cypher: 'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)' },
    { name: 'entity_name', cypher: 'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)' },
    {
      name: ENTITY_NAME_INDEX,
      cypher: `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]`,
    },
    { name: 'audit_id', cypher: 'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE' },
    { name: 'audit_at', cypher: 'CREATE INDEX audit_at IF NOT EXISTS FOR (a:AuditRecord) ON (a.at)' },
    ...perType,
    // Keys are looked up by id on every authenticated request.
    { name: 'api_key_id', cypher: 'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE' },
    // Drafts under review (src/graph/drafts): opened by id, listed newest first.
    { name: 'draft_id', cypher: 'CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE' },
    { name: 'draft_created', cypher: 'CREATE INDEX draft_created IF NOT EXISTS FOR (d:Draft) ON (d.createdAt)' },
  ];
}

/** A migration as the client sends it: schema statements take no parameters. */
export const migrationStatement = (migration: Migration): Statement => ({ cypher: migration.cypher, params: {} });

export const schemaNamesStatement = (): Statement => ({ cypher: 'SHOW INDEXES YIELD name RETURN name', params: {} });

/** Waits (up to 300 s) until every index is online: a query planned before then would scan. */
export const awaitIndexesStatement = (): Statement => ({ cypher: 'CALL db.awaitIndexes(300)', params: {} });

/** Names of the indexes and constraints the database has. */
export async function schemaNames(client: GraphClient): Promise<Set<string>> {
  const { cypher, params } = schemaNamesStatement();
  const rows = await client.read<{ name: string }>(cypher, params);
  return new Set(rows.map((row) => row.name));
}

/**
 * Creates what is missing, then waits until the new indexes are online. On a
 * database that has them all (every start but the first) this is one read:
 * each schema statement costs a cold plan on a fresh JVM, seconds in all.
 * Returns the names it created.
 */
export async function applyMigrations(client: GraphClient): Promise<string[]> {
  const existing = await schemaNames(client);
  const missing = migrations().filter((m) => !existing.has(m.name));
  for (const migration of missing) {
    const { cypher, params } = migrationStatement(migration);
    await client.write(cypher, params);
  }
  if (missing.length > 0) {
    const { cypher, params } = awaitIndexesStatement();
    await client.write(cypher, params);
  }
  return missing.map((m) => m.name);
}
