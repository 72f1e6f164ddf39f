import { randomBytes } from 'node:crypto';

import {
  checkRelationship,
  checkShape,
  refusal,
  relationshipSchema,
  type Relationship,
  type RelationshipInput,
} from '../../domain';
import { BadInputError, ConflictError, NotFoundError } from '../../domain/errors';
import type { Actor } from '../../domain/viewer';
import type { GraphClient } from '../client';
import { toRelationship, type RelationshipRow } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { appendAudit, type AuditEntry } from './audit';
import { factContext } from './fact-context';
import { latestVersionsStatement, lockRelationshipStatement } from './relationship-statements';
import { stampNow, type WriteStamp } from './stamp';
import { relationshipVersionRow, sourceRecordedAt, writeRelationshipVersions } from './versions';

export interface RelationshipChange {
  relationship: Relationship;
  previous: Relationship | null;
  audit: AuditEntry;
}

/** A relationship as the API states it: the seed format's, ends and documents by id, id optional. */
export type NewRelationship = Omit<RelationshipInput, 'id' | 'qualifiers'> & {
  id?: string;
  qualifiers?: unknown;
};

/** What a correction does to the current version: a new one (`next`), or none (a withdrawal). */
export interface Correction {
  operation: string;
  input: unknown;
  reason: string | null;
  next: (current: Relationship) => RelationshipInput | null;
}

interface LatestVersion {
  id: string;
  version: number;
  retracted: boolean;
}

/** Checks a stated relationship against the domain rules, reading what it names inside the transaction. */
async function checkedRelationship(tx: WriteTx, input: unknown, root = 'input'): Promise<Relationship> {
  const shape = checkShape(relationshipSchema, input);
  if (!shape.ok) throw refusal(shape.problems, root);
  const rel = shape.value;
  const ctx = await factContext(
    tx,
    [rel.from, rel.to, ...rel.sources.flatMap((s) => (s.attributedTo ? [s.attributedTo] : []))],
    rel.sources.flatMap((s) => (s.documentId ? [s.documentId] : [])),
  );
  const checked = checkRelationship(rel, ctx);
  if (!checked.ok) throw refusal(checked.problems, root);
  return checked.value;
}

async function latestVersion(tx: WriteTx, id: string): Promise<LatestVersion | undefined> {
  const [row] = await tx.run<LatestVersion>(latestVersionsStatement([id]));
  return row && row.version !== null ? row : undefined;
}

async function writeVersion(
  tx: WriteTx,
  stamp: WriteStamp,
  rel: Relationship,
  previous: Relationship | null,
  reason: string | null,
): Promise<Relationship> {
  const version = (previous?.version ?? 0) + 1;
  const row = relationshipVersionRow(rel, version, stamp, sourceRecordedAt(rel, previous, stamp));
  const retract = previous ? [{ id: rel.id, version: previous.version!, reason, supersededBy: version }] : [];
  const stale = () => staleVersion(tx, rel.id, previous?.version ?? 0);
  const result = await writeRelationshipVersions(tx, stamp, retract, [row], () => rel.type, stale);
  // The ends were checked in this transaction, so a missing one is a bug, not bad input.
  if (result.missing.length > 0) throw new Error(`relationship ${rel.id} lost an end while it was written`);
  return toRelationship({ props: row.props, type: rel.type, fromId: rel.fromId, toId: rel.toId });
}

async function staleVersion(tx: WriteTx, id: string, expected: number): Promise<never> {
  const latest = await latestVersion(tx, id);
  if (!latest) throw new NotFoundError('relationship', id);
  if (latest.retracted) {
    throw new BadInputError(
      `The relationship "${id}" was retracted (version ${latest.version}); state it again with addRelationship.`,
      { argument: 'id' },
    );
  }
  throw new ConflictError('relationship', id, expected, latest.version);
}

/**
 * A new relationship inside a change's transaction: its id (from the type and
 * ends when not given), checked by the one validator (a refusal names `root`),
 * written as version 1; no audit record (addRelationship and commitDraft each
 * append their own).
 */
export async function insertRelationship(
  tx: WriteTx,
  stamp: WriteStamp,
  input: NewRelationship,
  root = 'input',
): Promise<Relationship> {
  const generated = `${input.from}-${input.type.toLowerCase().replace(/_/g, '-')}-${input.to}`.slice(0, 80);
  let id = input.id ?? generated.replace(/-+$/, '');
  if (await latestVersion(tx, id)) {
    if (input.id !== undefined) {
      throw refusal(
        [{ path: ['id'], message: `a relationship with the id "${id}" already exists (it may be retracted)` }],
        root,
      );
    }
    id = `${id}-${randomBytes(3).toString('hex')}`;
  }
  const rel = await checkedRelationship(tx, { ...input, id }, root);
  return writeVersion(tx, stamp, rel, null, null);
}

export function addRelationship(
  client: GraphClient,
  actor: Actor,
  input: NewRelationship,
): Promise<RelationshipChange> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const written = await insertRelationship(tx, stamp, input);
    const audit = await appendAudit(tx, stamp, {
      operation: 'addRelationship',
      input,
      before: null,
      after: written,
      reason: null,
      entityIds: [written.fromId, written.toId],
      relationshipIds: [written.id],
    });
    return { relationship: written, previous: null, audit };
  });
}

/**
 * The one shape of every correction: lock the current version (a racing
 * writer waits, then finds it retracted and is refused with CONFLICT), check
 * `expectedVersion`, then write version n+1 and retract n — or only retract n.
 */
export function correctRelationship(
  client: GraphClient,
  actor: Actor,
  id: string,
  expectedVersion: number | null,
  correction: Correction,
): Promise<RelationshipChange> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const [locked] = await tx.run<{ rel: RelationshipRow; current: boolean }>(lockRelationshipStatement(id));
    if (!locked) return staleVersion(tx, id, expectedVersion ?? 0);
    const current = toRelationship(locked.rel);
    if (!locked.current) return staleVersion(tx, id, expectedVersion ?? current.version!);
    if (expectedVersion !== null && current.version !== expectedVersion) {
      throw new ConflictError('relationship', id, expectedVersion, current.version!);
    }
    const next = correction.next(current);
    const retraction = (supersededBy: number | null) => ({
      at: stamp.at,
      by: actor.id,
      reason: correction.reason,
      supersededBy,
    });
    let relationship: Relationship;
    let previous: Relationship | null = null;
    if (next === null) {
      const withdraw = [{ id, version: current.version!, reason: correction.reason, supersededBy: null }];
      await writeRelationshipVersions(
        tx,
        stamp,
        withdraw,
        [],
        () => current.type,
        () => staleVersion(tx, id, current.version!),
      );
      relationship = { ...current, retraction: retraction(null) };
    } else {
      relationship = await writeVersion(tx, stamp, await checkedRelationship(tx, next), current, correction.reason);
      previous = { ...current, retraction: retraction(relationship.version!) };
    }
    const audit = await appendAudit(tx, stamp, {
      operation: correction.operation,
      input: correction.input,
      before: current,
      after: next === null ? null : relationship,
      reason: correction.reason,
      entityIds: [...new Set([current.fromId, current.toId, relationship.fromId, relationship.toId])],
      relationshipIds: [id],
    });
    return { relationship, previous, audit };
  });
}

/** A stored relationship as the input that would state it again (dates as {value, precision}, sources at their starts). */
export function asInput(rel: Relationship): RelationshipInput {
  return {
    id: rel.id,
    type: rel.type,
    from: rel.fromId,
    to: rel.toId,
    ...(rel.temporal.date ? { date: rel.temporal.date } : {}),
    ...(rel.temporal.since ? { since: rel.temporal.since } : {}),
    ...(rel.temporal.until ? { until: rel.temporal.until } : {}),
    status: rel.status,
    confidence: rel.confidence,
    qualifiers: rel.qualifiers,
    sources: rel.sources.map((s) => ({
      documentId: s.documentId,
      quote: s.quote,
      start: s.start,
      ...(s.attributedTo ? { attributedTo: s.attributedTo } : {}),
    })),
  };
}
