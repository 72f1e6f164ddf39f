import { RELATIONSHIP_TYPES, assertRelationshipType } from '../domain/relationship-kinds';
import type { GraphClient } from './client';

export const ENTITY_NAME_INDEX = 'entity_names';

/**
 * The schema every query relies on. Each statement is idempotent (IF NOT
 * EXISTS), so running them at every start-up is cheap and safe.
 */
export function migrationStatements(): string[] {
  const perType = RELATIONSHIP_TYPES.map((type) => {
    const t = assertRelationshipType(type);
    return `CREATE INDEX rel_${t.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`;
  });
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
    `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]`,
    ...perType,
  ];
}

/** Applies every migration, then waits until the indexes are online. */
export async function applyMigrations(client: GraphClient): Promise<void> {
  for (const statement of migrationStatements()) {
    await client.write(statement);
  }
  await client.write('CALL db.awaitIndexes(300)');
}
