import { z } from 'zod';

import { ENTITY_KINDS, type EntityKind } from './entity-kind-names';
import { partialDateSchema } from './partial-date-schema';
import { zodProblems, type Problem } from './zod-issues';

export { ENTITY_KINDS, type EntityKind };

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Returns `value` as an EntityKind or throws naming it and the allowed kinds (guards Cypher label interpolation). */
export function assertEntityKind(value: unknown): EntityKind {
  if (isEntityKind(value)) return value;
  throw new TypeError(`Unknown entity kind ${JSON.stringify(value)}; expected one of ${ENTITY_KINDS.join(', ')}.`);
}

const text = z.string().min(1);
const nullableText = text.nullable().default(null);

/**
 * The kind-specific properties each kind allows; anything else is rejected.
 * Every property is optional in a seed file unless noted; a PartialDate-valued
 * property is stored flattened as `<name>` + `<name>Precision`.
 */
export const ENTITY_PROPERTY_SCHEMAS = {
  Person: z.strictObject({
    /** Roles and titles as the reporting gives them, e.g. 'President'. */
    roles: z.array(text).default([]),
  }),
  Government: z.strictObject({}),
  Country: z.strictObject({
    /** Region the reporting places the country in, e.g. 'Latin America'. */
    region: text.optional(),
  }),
  Organization: z.strictObject({
    /** What sort of organization the reporting says it is, e.g. 'gang'. */
    category: text.optional(),
  }),
  Prison: z.strictObject({
    /** What the reporting calls it when it gives no proper name, e.g. 'supermax'. */
    nickname: text.optional(),
  }),
  Law: z.strictObject({
    enactedYear: z.number().int().min(1).max(9999).optional(),
    /** Times the law was invoked before the use the reporting is about. */
    priorInvocations: z.number().int().min(0).optional(),
    /** True when the reporting says the earlier invocations were all in wartime. */
    priorInvocationsWartimeOnly: z.boolean().optional(),
  }),
  Court: z.strictObject({
    jurisdiction: text.optional(),
  }),
  Event: z.strictObject({}),
  Document: z.strictObject({
    /** Null for a document the reporting describes but does not title (a letter, a post). */
    title: nullableText,
    publisher: nullableText,
    published: partialDateSchema.nullable().default(null),
    /** How `published` was obtained when the document does not state it. */
    publishedNote: nullableText,
    url: z.url().nullable().default(null),
  }),
  Place: z.strictObject({}),
  Group: z.strictObject({
    /** The size as the reporting gives it, e.g. 'hundreds', '17'. */
    size: text.optional(),
  }),
} as const satisfies Record<EntityKind, z.ZodType>;

/** A stored property value: what a Neo4j node property of an entity can hold. */
export type EntityPropertyValue = string | number | boolean | string[] | null;

/**
 * Checks `input` against the kind's property schema and flattens it for
 * storage (`published: {value, precision}` -> `published`, `publishedPrecision`).
 */
export function parseEntityProperties(
  kind: EntityKind,
  input: unknown,
): { ok: true; properties: Record<string, EntityPropertyValue> } | { ok: false; problems: Problem[] } {
  const schema = ENTITY_PROPERTY_SCHEMAS[kind] as z.ZodType;
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const problems = zodProblems(result.error, schema, input ?? {}).map((p) =>
      p.message.startsWith('unknown field') ? { ...p, message: `${p.message} (kind ${kind})` } : p,
    );
    return { ok: false, problems };
  }
  const properties: Record<string, EntityPropertyValue> = {};
  for (const [key, value] of Object.entries(result.data as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const { value: v, precision } = value as { value: string; precision: string };
      properties[key] = v;
      properties[`${key}Precision`] = precision;
    } else {
      properties[key] = value as EntityPropertyValue;
    }
  }
  if (kind === 'Document' && properties.published === null) properties.publishedPrecision = null;
  return { ok: true, properties };
}
