import type { DatedValue, ExportEntity, ExportRelationship, ExportSource } from './answer';

/**
 * THE mapping from what the API returns to what an export file holds: one
 * function per element and shape. Every format goes through here, so a field
 * the API gains (a relationship's `recordedAt`, `retractedAt`, `version`…) is
 * exported by adding it to the fragment in operations.ts and to the two
 * functions of its element below, and nowhere else.
 *
 * Two shapes: structured metadata (JSON Graph: lists and objects as they are)
 * and flat attributes (GraphML, GEXF, CSV: one scalar per column; lists and
 * sources as JSON text, so nothing is lost and any tool can parse it back).
 */

export type Scalar = string | number | boolean | null;

const COMMON_ENTITY_FIELDS = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'named',
  'degree',
  'version',
  'recordedAt',
  'sources',
]);

/** The kind's own properties (roles, region, published…), in the API's order, nulls left out. */
function kindProperties(entity: ExportEntity): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entity).filter(
      ([key, value]) => !COMMON_ENTITY_FIELDS.has(key) && value !== null && value !== undefined,
    ),
  );
}

function sourceMetadata(source: ExportSource) {
  return {
    documentId: source.documentId,
    documentName: source.document.name,
    documentUrl: source.document.url,
    documentPublisher: source.document.publisher,
    documentPublished: source.document.published?.text ?? null,
    quote: source.quote,
    start: source.start,
    end: source.end,
    attributedTo: source.attributedTo?.id ?? null,
    attributedToName: source.attributedTo?.name ?? null,
    recordedAt: source.recordedAt,
  };
}

export function entityMetadata(entity: ExportEntity): Record<string, unknown> {
  return {
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description,
    named: entity.named,
    degree: entity.degree,
    version: entity.version,
    recordedAt: entity.recordedAt,
    properties: kindProperties(entity),
    sources: entity.sources.map(sourceMetadata),
  };
}

export function relationshipMetadata(rel: ExportRelationship): Record<string, unknown> {
  return {
    type: rel.type,
    status: rel.status,
    confidence: rel.confidence,
    date: rel.date,
    since: rel.since,
    until: rel.until,
    qualifiers: Object.fromEntries(rel.qualifiers.map((q) => [q.key, q.value])),
    explanation: rel.explanation,
    version: rel.version,
    recordedAt: rel.recordedAt,
    retraction: rel.retraction,
    sources: rel.sources.map(sourceMetadata),
  };
}

/** `date` -> date, datePrecision, dateEarliest, dateLatest, dateText (all null when there is no date). */
function flatDate(name: string, value: DatedValue | null): Record<string, Scalar> {
  return {
    [name]: value?.value ?? null,
    [`${name}Precision`]: value?.precision ?? null,
    [`${name}Earliest`]: value?.earliest ?? null,
    [`${name}Latest`]: value?.latest ?? null,
    [`${name}Text`]: value?.text ?? null,
  };
}

function flatValue(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

export function entityAttributes(entity: ExportEntity): Record<string, Scalar> {
  const properties: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(kindProperties(entity))) {
    const dated = value as Partial<DatedValue>;
    if (typeof value === 'object' && !Array.isArray(value) && dated.precision !== undefined) {
      Object.assign(properties, flatDate(key, value as DatedValue));
    } else properties[key] = flatValue(value);
  }
  return {
    id: entity.id,
    label: entity.name,
    kind: entity.kind,
    aliases: JSON.stringify(entity.aliases),
    description: entity.description,
    named: entity.named,
    degree: entity.degree,
    version: entity.version,
    recordedAt: entity.recordedAt,
    ...properties,
    sourceCount: entity.sources.length,
    sources: JSON.stringify(entity.sources.map(sourceMetadata)),
  };
}

export function relationshipAttributes(rel: ExportRelationship): Record<string, Scalar> {
  return {
    id: rel.id,
    source: rel.fromId,
    target: rel.toId,
    type: rel.type,
    label: rel.type,
    status: rel.status,
    confidence: rel.confidence,
    ...flatDate('date', rel.date),
    ...flatDate('since', rel.since),
    ...flatDate('until', rel.until),
    qualifiers: JSON.stringify(Object.fromEntries(rel.qualifiers.map((q) => [q.key, q.value]))),
    explanation: rel.explanation,
    version: rel.version,
    recordedAt: rel.recordedAt,
    retractedAt: rel.retraction?.at ?? null,
    retractedBy: rel.retraction?.by ?? null,
    retractionReason: rel.retraction?.reason ?? null,
    supersededBy: rel.retraction?.supersededBy ?? null,
    sourceCount: rel.sources.length,
    documentIds: JSON.stringify([...new Set(rel.sources.map((s) => s.documentId))]),
    sources: JSON.stringify(rel.sources.map(sourceMetadata)),
  };
}

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
}

/**
 * The columns of a set of flat records: every key in order of first
 * appearance, typed by the values it holds (a number column with a fraction
 * anywhere is double; a column mixing kinds of value is string).
 */
export function columnsOf(records: ReadonlyArray<Record<string, Scalar>>): Column[] {
  const types = new Map<string, ColumnType | null>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const had = types.get(name) ?? null;
      if (value === null) {
        if (!types.has(name)) types.set(name, null);
        continue;
      }
      const type: ColumnType =
        typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? 'int'
              : 'double'
            : 'string';
      if (had === null || had === type) types.set(name, type);
      else if ((had === 'int' && type === 'double') || (had === 'double' && type === 'int')) types.set(name, 'double');
      else types.set(name, 'string');
    }
  }
  return [...types].map(([name, type]) => ({ name, type: type ?? 'string' }));
}
