import type { GraphClient } from '../client';
import type { CursorValue } from '../pagination';
import type { Statement } from '../cypher/statement';
import type { AuditEntry } from '../writes/audit';

export interface AuditLogRequest {
  entityId: string | null;
  relationshipId: string | null;
  actorId: string | null;
  /** ISO 8601 UTC instants, ends inclusive. */
  from: string | null;
  to: string | null;
  first: number;
  /** [at, id] of the last record of the previous page. */
  after: readonly CursorValue[] | null;
}

export interface AuditLogPage {
  items: Array<{ entry: AuditEntry; cursor: CursorValue[] }>;
  hasNextPage: boolean;
}

/** A page of the audit trail, newest first (ties by id), each filter applied only when given. */
export function auditLogStatement(request: AuditLogRequest): Statement {
  return {
    cypher: `MATCH (a:AuditRecord)
WHERE ($entityId IS NULL OR $entityId IN a.entityIds)
  AND ($relationshipId IS NULL OR $relationshipId IN a.relationshipIds)
  AND ($actorId IS NULL OR a.actorId = $actorId)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at <= $to)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a { .* } AS record
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`,
    params: {
      entityId: request.entityId,
      relationshipId: request.relationshipId,
      actorId: request.actorId,
      from: request.from,
      to: request.to,
      afterAt: request.after?.[0] ?? null,
      afterId: request.after?.[1] ?? null,
      limit: request.first + 1,
    },
  };
}

const parsed = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);

export async function auditLog(client: GraphClient, request: AuditLogRequest): Promise<AuditLogPage> {
  const { cypher, params } = auditLogStatement(request);
  const rows = await client.read<{ record: Record<string, unknown> }>(cypher, params);
  const items = rows.slice(0, request.first).map(({ record: r }) => {
    const entry: AuditEntry = {
      id: String(r.id),
      at: String(r.at),
      actor: { type: r.actorType as AuditEntry['actor']['type'], id: String(r.actorId), name: String(r.actorName) },
      operation: String(r.operation),
      input: parsed(r.input),
      before: parsed(r.before),
      after: parsed(r.after),
      reason: typeof r.reason === 'string' ? r.reason : null,
      entityIds: (r.entityIds as string[] | undefined) ?? [],
      relationshipIds: (r.relationshipIds as string[] | undefined) ?? [],
    };
    return { entry, cursor: [entry.at, entry.id] };
  });
  return { items, hasNextPage: rows.length > request.first };
}
