import type { Statement } from '../cypher/statement';
import type { AuditEntry } from './audit';

/**
 * Appends one audit record. Its own label, never `Entity`, and no
 * relationship to anything: no read of the graph can meet it, and nothing
 * in the API updates or deletes it. Structured values are stored as JSON text.
 */
export function auditRecordStatement(entry: AuditEntry): Statement {
  return {
    cypher: `CREATE (a:AuditRecord)
SET a = $record
RETURN a.id AS id`,
    params: {
      record: {
        id: entry.id,
        at: entry.at,
        actorType: entry.actor.type,
        actorId: entry.actor.id,
        actorName: entry.actor.name,
        operation: entry.operation,
        input: JSON.stringify(entry.input),
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
        reason: entry.reason,
        entityIds: [...entry.entityIds],
        relationshipIds: [...entry.relationshipIds],
      },
    },
  };
}
