import { z } from 'zod';

import { describe, ID_PATTERN, nonEmpty } from '../domain';

/**
 * What the write path records about a stored version, as a seed file carries
 * it (`npm run export` writes it; a hand-written file leaves it out and is
 * stamped with the load time). The API never accepts these fields: only a
 * seed restores history. Times must be in the one form the graph stores,
 * because stored times are compared as text (`knownAt`).
 */

/** `2025-04-14T09:30:00.000Z`: UTC, milliseconds, as `Date.toISOString` writes it. */
const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const instantSchema = z
  .string({ error: (issue) => `expected an instant such as "2025-04-14T09:30:00.000Z", got ${describe(issue.input)}` })
  .refine((v) => STORED_INSTANT.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v, {
    error: (issue) =>
      `expected an instant in UTC with milliseconds, as the graph stores it ("2025-04-14T09:30:00.000Z"), got ${describe(issue.input)}`,
  });

const versionSchema = z
  .number({ error: (issue) => `expected a version number (an integer from 1), got ${describe(issue.input)}` })
  .int({ error: (issue) => `expected a version number (an integer from 1), got ${describe(issue.input)}` })
  .min(1, { error: (issue) => `expected a version number (an integer from 1), got ${describe(issue.input)}` });

/** An actor id: an API key id, a token subject, `system:seed`. */
const actorSchema = nonEmpty;

/**
 * An entity's record: its version, when its first version was written, when
 * and by whom its current one was; for an entity merged into another, the
 * merge's marks (`mergedInto`, `mergedAt`, `mergeId`: all three or none).
 */
export const entityRecordSchema = z
  .strictObject({
    version: versionSchema,
    recordedAt: instantSchema,
    updatedAt: instantSchema,
    updatedBy: actorSchema,
    mergedInto: z.string().regex(ID_PATTERN, { error: 'expected an entity id (a slug)' }).optional(),
    mergedAt: instantSchema.optional(),
    mergeId: nonEmpty.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.updatedAt < r.recordedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: `the current version cannot be written (${r.updatedAt}) before the first (recordedAt ${r.recordedAt})`,
      });
    }
    const marks = [r.mergedInto, r.mergedAt, r.mergeId].filter((m) => m !== undefined).length;
    if (marks !== 0 && marks !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `expected the merge marks "mergedInto", "mergedAt" and "mergeId" all three or none, got ${marks} of 3`,
      });
    }
    if (r.mergedAt !== undefined && r.mergedAt < r.recordedAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['mergedAt'],
        message: `an entity cannot be merged (${r.mergedAt}) before it was recorded (${r.recordedAt})`,
      });
    }
  });

/** A relationship version's record: its number, when and by whom it was written. */
export const relationshipRecordSchema = z.strictObject({
  version: versionSchema,
  recordedAt: instantSchema,
  recordedBy: actorSchema,
});

/** Why a version stopped being current; `supersededBy` is the version that replaced it (null: withdrawn). */
export const retractionSchema = z.strictObject({
  at: instantSchema,
  by: actorSchema,
  reason: z.string().nullable().default(null),
  supersededBy: versionSchema.nullable().default(null),
});

interface RecordedRelationship {
  record?: z.output<typeof relationshipRecordSchema>;
  retraction?: z.output<typeof retractionSchema>;
  sources: ReadonlyArray<{ recordedAt?: string }>;
}

/**
 * The checks between a relationship version's fields: a retraction and the
 * sources' times belong to a recorded version, a version is retracted after
 * it was written and replaced by a later one, and each of its quotes was
 * recorded no later than the version holding it (so all or none have a time).
 */
export function checkRelationshipRecord(rel: RecordedRelationship, ctx: z.RefinementCtx): void {
  const issue = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const timed = rel.sources.filter((s) => s.recordedAt !== undefined).length;
  if (!rel.record) {
    if (rel.retraction) issue(['retraction'], 'a retraction belongs to a recorded version: give "record" too');
    if (timed > 0) issue(['sources'], 'a source\'s "recordedAt" belongs to a recorded version: give "record" too');
    return;
  }
  const { version, recordedAt } = rel.record;
  if (timed !== 0 && timed !== rel.sources.length) {
    issue(
      ['sources'],
      `expected "recordedAt" on every source of a recorded version or on none, got ${timed} of ${rel.sources.length}`,
    );
  }
  rel.sources.forEach((s, i) => {
    if (s.recordedAt !== undefined && s.recordedAt > recordedAt) {
      issue(
        ['sources', i, 'recordedAt'],
        `a quote of version ${version} cannot be recorded (${s.recordedAt}) after the version (${recordedAt})`,
      );
    }
  });
  if (rel.retraction && rel.retraction.at < recordedAt) {
    issue(
      ['retraction', 'at'],
      `version ${version} cannot be retracted (${rel.retraction.at}) before it was recorded (${recordedAt})`,
    );
  }
  const next = rel.retraction?.supersededBy;
  if (next !== null && next !== undefined && next <= version) {
    issue(['retraction', 'supersededBy'], `version ${version} can only be superseded by a later version, got ${next}`);
  }
}

/** An entity's record as the domain model holds it (absent: stamped when loaded). */
export function entityRecord(record: z.output<typeof entityRecordSchema> | undefined) {
  if (!record) return {};
  const { mergedInto, mergedAt, mergeId, ...versioned } = record;
  if (mergedInto === undefined || mergedAt === undefined || mergeId === undefined) return versioned;
  return { ...versioned, mergedInto, merged: { into: mergedInto, at: mergedAt, mergeId } };
}

/** A relationship version's record and retraction as the domain model holds them. */
export function relationshipRecord(
  record: z.output<typeof relationshipRecordSchema> | undefined,
  retraction: z.output<typeof retractionSchema> | undefined,
) {
  return record ? { ...record, retraction: retraction ?? null } : {};
}
