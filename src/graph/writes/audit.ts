import { randomUUID } from 'node:crypto';

import type { Actor } from '../../domain/viewer';
import type { WriteTx } from '../write-transaction';
import { auditRecordStatement } from './audit-statements';
import type { WriteStamp } from './stamp';

/** One successful change as the audit trail keeps it. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: Actor;
  /** The mutation's name, or `seed` for a seed load. */
  operation: string;
  input: unknown;
  /** What the change replaced and what it wrote (null for a creation / a withdrawal). */
  before: unknown;
  after: unknown;
  reason: string | null;
  /** What it touched, for the audit log's filters. */
  entityIds: readonly string[];
  relationshipIds: readonly string[];
}

/** Appends the audit record of a change inside the change's own transaction; returns it. */
export async function appendAudit(
  tx: WriteTx,
  stamp: WriteStamp,
  entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>,
): Promise<AuditEntry> {
  const record: AuditEntry = { id: randomUUID(), at: stamp.at, actor: stamp.actor, ...entry };
  await tx.run(auditRecordStatement(record));
  return record;
}
