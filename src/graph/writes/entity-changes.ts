import { randomBytes } from 'node:crypto';

import {
  checkEntity,
  checkShape,
  documentFields,
  entitySchema,
  refusal,
  slugify,
  type DocumentRecord,
  type Entity,
  type EntityKind,
  type Problem,
} from '../../domain';
import { BadInputError, ConflictError, NotFoundError } from '../../domain/errors';
import type { Actor } from '../../domain/viewer';
import { z } from 'zod';

import type { GraphClient } from '../client';
import { toEntity, type SourcedEntity } from '../mapping';
import type { WriteTx } from '../write-transaction';
import { appendAudit, type AuditEntry } from './audit';
import { entityStatesStatement, lockEntityStatement, putEntitiesStatement } from './entity-statements';
import { seedRows } from './seed-rows';
import { sha256, stampNow, type WriteStamp } from './stamp';
import { entityVersionRow } from './versions';

export interface EntityChange {
  entity: SourcedEntity;
  audit: AuditEntry;
}

/** What createEntity takes: the seed format's entity, id optional. */
export interface NewEntity {
  id?: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  description?: string | null;
  named?: boolean;
  properties?: unknown;
}

/** A document's fields and its full text. */
export interface NewDocument {
  id?: string;
  title: string;
  publisher?: string | null;
  published?: string | null;
  publishedNote?: string;
  url?: string | null;
  description?: string;
  text: string;
}

/** Fields to change; absent ones are kept. */
export interface EntityUpdate {
  id: string;
  expectedVersion: number;
  name?: string;
  aliases?: string[];
  description?: string | null;
  named?: boolean;
  properties?: unknown;
  reason?: string | null;
}

const documentInputSchema = z.strictObject({
  ...documentFields,
  text: z.string().min(1, { error: 'expected the full text of the document, got an empty string' }),
});

/** An id the caller did not give: the slug of the name, made unique when taken. */
async function freeId(
  tx: WriteTx,
  wanted: string | undefined,
  name: string,
  fallback: string,
  root: string,
): Promise<string> {
  const id = wanted ?? slugify(name, fallback);
  const taken = (await tx.run(entityStatesStatement([id]))).length > 0;
  if (!taken) return id;
  if (wanted !== undefined) {
    throw refusal([{ path: ['id'], message: `an entity with the id "${id}" already exists` }], root);
  }
  return `${id}-${randomBytes(3).toString('hex')}`;
}

/** Writes a checked entity (and a document's text) as version 1; the caller appends the audit record. */
async function putNew(
  tx: WriteTx,
  stamp: WriteStamp,
  entity: Entity,
  document: DocumentRecord | null,
): Promise<SourcedEntity> {
  const graph = { documents: document ? [document] : [], entities: [{ ...entity, sources: [] }], relationships: [] };
  const [row] = seedRows(graph).entities.get(entity.kind)!;
  const stored = entityVersionRow(row!, 1, stamp.at, stamp);
  if (document) stored.props.textSha256 = sha256(document.text);
  await tx.run(putEntitiesStatement(entity.kind, [stored]));
  return toEntity({ ...stored.props, text: null });
}

/** A creation's audit record: nothing before, the entity after. */
async function auditNew(tx: WriteTx, stamp: WriteStamp, operation: string, input: unknown, created: SourcedEntity) {
  const audit = await appendAudit(tx, stamp, {
    operation,
    input,
    before: null,
    after: created,
    reason: null,
    entityIds: [created.id],
    relationshipIds: [],
  });
  return { entity: created, audit };
}

function checked<T>(result: { ok: true; value: T } | { ok: false; problems: Problem[] }, root = 'input'): T {
  if (!result.ok) throw refusal(result.problems, root);
  return result.value;
}

/**
 * A new entity inside a change's transaction, checked by the one validator
 * (a refusal names `root`, e.g. `input` or a draft's `entities[2]`); no audit
 * record: createEntity and commitDraft each append their own.
 */
export async function insertEntity(tx: WriteTx, stamp: WriteStamp, input: NewEntity, root = 'input') {
  const id = await freeId(tx, input.id, input.name, input.kind.toLowerCase(), root);
  const shape = checked(checkShape(entitySchema, { ...input, id }), root);
  return putNew(tx, stamp, checked(checkEntity(shape), root), null);
}

export function createEntity(client: GraphClient, actor: Actor, input: NewEntity): Promise<EntityChange> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) =>
    auditNew(tx, stamp, 'createEntity', input, await insertEntity(tx, stamp, input)),
  );
}

/** A document inside a change's transaction (see insertEntity): an entity of kind Document holding its text. */
export async function insertDocument(tx: WriteTx, stamp: WriteStamp, input: NewDocument, root = 'input') {
  const id = await freeId(tx, input.id, input.title, 'document', root);
  const doc = checked(
    checkShape(documentInputSchema, { publisher: null, published: null, url: null, ...input, id }),
    root,
  );
  const record: DocumentRecord = {
    id,
    title: doc.title,
    publisher: doc.publisher,
    published: doc.published,
    publishedNote: doc.publishedNote ?? null,
    url: doc.url,
    text: doc.text,
  };
  const properties = {
    title: doc.title,
    publisher: doc.publisher,
    published: doc.published?.value ?? null,
    publishedPrecision: doc.published?.precision ?? null,
    publishedNote: doc.publishedNote ?? null,
    url: doc.url,
  };
  const entity: Entity = {
    id,
    kind: 'Document',
    name: doc.title,
    aliases: [],
    description: doc.description ?? null,
    named: true,
    properties,
  };
  return putNew(tx, stamp, entity, record);
}

/** A document is an entity of kind Document that holds its text (and the text's SHA-256). */
export function addDocument(client: GraphClient, actor: Actor, input: NewDocument): Promise<EntityChange> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const created = await insertDocument(tx, stamp, input);
    const { text: _text, ...logged } = input;
    return auditNew(tx, stamp, 'addDocument', { ...logged, textSha256: sha256(input.text) }, created);
  });
}

export function updateEntity(client: GraphClient, actor: Actor, input: EntityUpdate): Promise<EntityChange> {
  const stamp = stampNow(actor);
  return client.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ entity: Record<string, unknown>; text: string | null }>(lockEntityStatement(input.id));
    if (!row) throw new NotFoundError('entity', input.id);
    const before = toEntity(row.entity);
    if (before.mergedInto) {
      throw new BadInputError(
        `Argument "id": expected an entity that is not merged, got "${input.id}", merged into "${before.mergedInto}": update that one.`,
        { argument: 'id' },
      );
    }
    if (before.version !== input.expectedVersion) {
      throw new ConflictError('entity', input.id, input.expectedVersion, before.version ?? 1);
    }
    const { expectedVersion: _v, reason, ...changes } = input;
    const merged = {
      id: before.id,
      kind: before.kind,
      name: changes.name ?? before.name,
      aliases: changes.aliases ?? before.aliases,
      description: changes.description === undefined ? before.description : changes.description,
      named: changes.named ?? before.named,
      properties: changes.properties ?? unflatten(before),
    };
    const entity = checked(checkEntity(checked(checkShape(entitySchema, merged))));
    const [stored] = seedRows({
      documents: [],
      entities: [{ ...entity, sources: before.sources }],
      relationships: [],
    }).entities.get(entity.kind)!;
    const next = entityVersionRow(stored!, (before.version ?? 1) + 1, before.recordedAt ?? stamp.at, stamp);
    // A document's text and its digest stay as they are: no update changes them.
    next.props.text = row.text;
    if (typeof row.entity.textSha256 === 'string') next.props.textSha256 = row.entity.textSha256;
    for (const key of ['textRevision', 'textSince'] as const) {
      const kept = row.entity[key];
      if (typeof kept === 'string' || typeof kept === 'number') next.props[key] = kept;
    }
    await tx.run(putEntitiesStatement(entity.kind, [next]));
    const after = toEntity({ ...next.props, text: null });
    const audit = await appendAudit(tx, stamp, {
      operation: 'updateEntity',
      input,
      before,
      after,
      reason: reason ?? null,
      entityIds: [input.id],
      relationshipIds: [],
    });
    return { entity: after, audit };
  });
}

/** Kind properties as the input shape: a partial date stored as `p` + `pPrecision` becomes `{value, precision}`. */
function unflatten(entity: SourcedEntity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.properties)) {
    if (key.endsWith('Precision')) continue;
    const precision = entity.properties[`${key}Precision`];
    out[key] = typeof precision === 'string' && typeof value === 'string' ? { value, precision } : value;
  }
  return out;
}
