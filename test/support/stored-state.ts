import type { Driver } from '../../src/graph';

/**
 * Everything stored under a test's id prefix, in a stable order: entities and
 * relationships with all their properties (every version), and how many
 * document revisions, merges and audit records name them. Two equal answers
 * mean a refused write changed nothing a test owns.
 */
export async function storedUnder(driver: Driver, prefix: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $p WITH n ORDER BY n.id RETURN collect(properties(n)) AS entities }
     CALL () { MATCH ()-[r]->() WHERE r.id STARTS WITH $p WITH r ORDER BY r.id, r.version RETURN collect(properties(r)) AS relationships }
     CALL () { MATCH (d:DocumentRevision) WHERE d.documentId STARTS WITH $p RETURN count(d) AS revisions }
     CALL () { MATCH (m:EntityMerge) WHERE m.keepId STARTS WITH $p RETURN count(m) AS merges }
     CALL () { MATCH (a:AuditRecord) WHERE any(id IN a.entityIds WHERE id STARTS WITH $p) RETURN count(a) AS audits }
     RETURN entities, relationships, revisions, merges, audits`,
    { p: prefix },
  );
  return JSON.stringify(records[0]!.toObject());
}

/** The whole database but API keys (which a test makes for itself), for tests that own their Neo4j. */
export async function storedGraph(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:ApiKey WITH n ORDER BY coalesce(n.id, ''), coalesce(n.at, '') RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH ()-[r]->() WITH r ORDER BY r.id, r.version RETURN collect([type(r), properties(r)]) AS rels }
     RETURN nodes, rels`,
  );
  return JSON.stringify(records[0]!.toObject());
}
