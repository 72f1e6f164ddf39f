import type { Relationship, SeedEntity, Source, StoredRecord } from '../domain/model';
import type { DatePrecision, PartialDate, Temporal } from '../domain/temporal';

/** The entity properties every query returns; a document's text is fetched on its own. */
export const ENTITY_PROJECTION = `{ .*, text: null, validFrom: null, validTo: null }`;

/**
 * What names an entity: all a far end needs when nothing else of it is asked
 * for. The one list behind EntityRef, its projection and the GraphQL fields
 * a reference answers.
 */
export const ENTITY_REF_FIELDS = ['id', 'kind', 'name'] as const;
export const ENTITY_REF_PROJECTION = `{ ${ENTITY_REF_FIELDS.map((field) => `.${field}`).join(', ')} }`;

/**
 * What every query returns for a relationship: its stored properties and its
 * ends. validFrom/validTo are Cypher dates kept for sorting and filtering;
 * the API reads date/since/until, and dates cost the driver objects to decode.
 */
export const relationshipProjection = (r: string, omit: readonly string[] = []) =>
  `{ props: ${r} { .*, ${['validFrom', 'validTo', ...omit].map((key) => `${key}: null`).join(', ')} }, type: type(${r}), fromId: startNode(${r}).id, toId: endNode(${r}).id }`;

export interface RelationshipRow {
  props: Record<string, unknown>;
  type: string;
  fromId: string;
  toId: string;
}

/** The stored lists behind `sources`, one entry per quote. */
export const SOURCE_LISTS = [
  'sourceDocumentIds',
  'sourceQuotes',
  'sourceStarts',
  'sourceEnds',
  'sourceAttributedTo',
  'sourceRecordedAt',
  'sourceTextSha256',
  'sourcePrefixes',
  'sourceSuffixes',
] as const;

/** Stored on every entity, not kind properties; the record of its writes (version, who, when) included. */
const ENTITY_CORE = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'named',
  'text',
  'version',
  'recordedAt',
  'updatedAt',
  'updatedBy',
  'digest',
  'mergedInto',
  'mergedAt',
  'mergeId',
  // A document's text revision and since when it holds (replaceDocumentText): storage of the text, not kind properties.
  'textRevision',
  'textSince',
]);
const isSourceList = (key: string) => key.startsWith('source');

/** An entity with the quotes behind its description and properties. */
export type SourcedEntity = SeedEntity;

/** An entity known only by what names it: never to stand where a whole entity is expected. */
export type EntityRef = Pick<SourcedEntity, (typeof ENTITY_REF_FIELDS)[number]>;

type PropertyValue = SourcedEntity['properties'][string];

export function toEntityRef(props: Record<string, unknown>): EntityRef {
  return { id: String(props.id), kind: props.kind as EntityRef['kind'], name: String(props.name ?? props.id) };
}

export function toEntity(props: Record<string, unknown>): SourcedEntity {
  const properties: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!ENTITY_CORE.has(key) && !isSourceList(key) && value !== null && value !== undefined) {
      properties[key] = value as PropertyValue;
    }
  }
  return {
    id: String(props.id),
    kind: props.kind as SourcedEntity['kind'],
    name: String(props.name ?? props.id),
    aliases: Array.isArray(props.aliases) ? (props.aliases as string[]) : [],
    description: typeof props.description === 'string' ? props.description : null,
    named: props.named !== false,
    properties,
    sources: sources(props),
    ...record(props),
    ...(typeof props.updatedAt === 'string' ? { updatedAt: props.updatedAt } : {}),
    ...(typeof props.updatedBy === 'string' ? { updatedBy: props.updatedBy } : {}),
    ...(typeof props.mergedInto === 'string' ? { mergedInto: props.mergedInto } : {}),
  };
}

/** The write record of an entity or relationship version; data stored before versions existed reads as version 1. */
function record(props: Record<string, unknown>): StoredRecord {
  const out: StoredRecord = { version: typeof props.version === 'number' ? props.version : 1 };
  if (typeof props.recordedAt === 'string') out.recordedAt = props.recordedAt;
  if (typeof props.recordedBy === 'string') out.recordedBy = props.recordedBy;
  out.retraction =
    typeof props.retractedAt === 'string'
      ? {
          at: props.retractedAt,
          by: typeof props.retractedBy === 'string' ? props.retractedBy : '',
          reason: typeof props.retractionReason === 'string' ? props.retractionReason : null,
          supersededBy: typeof props.supersededBy === 'number' ? props.supersededBy : null,
        }
      : null;
  return out;
}

function partialDate(props: Record<string, unknown>, key: string): PartialDate | undefined {
  const value = props[key];
  const precision = props[`${key}Precision`];
  if (typeof value !== 'string' || typeof precision !== 'string') return undefined;
  return { value, precision: precision as DatePrecision };
}

function sources(props: Record<string, unknown>): Source[] {
  const docs = (props.sourceDocumentIds as string[] | undefined) ?? [];
  const quotes = (props.sourceQuotes as string[] | undefined) ?? [];
  const starts = (props.sourceStarts as number[] | undefined) ?? [];
  const ends = (props.sourceEnds as number[] | undefined) ?? [];
  const credited = (props.sourceAttributedTo as string[] | undefined) ?? [];
  const recorded = (props.sourceRecordedAt as string[] | undefined) ?? [];
  const digests = (props.sourceTextSha256 as string[] | undefined) ?? [];
  const prefixes = props.sourcePrefixes as string[] | undefined;
  const suffixes = props.sourceSuffixes as string[] | undefined;
  return docs.map((documentId, i) => ({
    documentId,
    quote: quotes[i] ?? '',
    start: Number(starts[i] ?? 0),
    end: Number(ends[i] ?? 0),
    attributedTo: credited[i] ? credited[i] : null,
    ...(recorded[i] ? { recordedAt: recorded[i] } : {}),
    ...(digests[i] ? { textSha256: digests[i] } : {}),
    ...(prefixes && suffixes ? { prefix: prefixes[i] ?? '', suffix: suffixes[i] ?? '' } : {}),
  }));
}

export function toRelationship(row: RelationshipRow): Relationship {
  const { props } = row;
  const temporal: Temporal = {};
  const date = partialDate(props, 'date');
  const since = partialDate(props, 'since');
  const until = partialDate(props, 'until');
  if (date) temporal.date = date;
  if (since) temporal.since = since;
  if (until) temporal.until = until;
  const qualifiers: Relationship['qualifiers'] = {};
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('q_') && value !== null) qualifiers[key.slice(2)] = value as string | number | boolean;
  }
  return {
    id: String(props.id),
    type: row.type as Relationship['type'],
    fromId: row.fromId,
    toId: row.toId,
    temporal,
    status: props.status as Relationship['status'],
    confidence: Number(props.confidence ?? 0),
    qualifiers,
    sources: sources(props),
    ...record(props),
  };
}
