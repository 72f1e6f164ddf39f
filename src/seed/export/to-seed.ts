import type { PartialDate, Relationship, SeedEntity, SeedMerge, Source } from '../../domain';

/**
 * THE mapping from what the database holds to the seed format: the inverse
 * of the validator plus `seedRows`. Each function writes the shortest form
 * the validator reads back into exactly the stored value (defaults left out,
 * a quote's offsets as the occurrence the loader will find). What the write
 * path records (versions, who wrote them and when, retractions, when each
 * quote was recorded) goes in `record`, `retraction` and a source's
 * `recordedAt` (src/seed/records-schema.ts), so that the loader stores it as
 * it was rather than stamping the load. Data stored before versions existed
 * has no record to carry and is written without one.
 */

/** Stored maps come back in no fixed key order; files must be byte-identical from one export to the next. */
const sorted = <V>(record: Record<string, V>): Array<[string, V]> =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The text of a document by id, or undefined when it is not stored. */
export type TextOf = (documentId: string) => string | undefined;

/** `2025-04` + MONTH -> { value, precision }: the long form, explicit whatever the form of the value. */
const seedDate = (date: PartialDate) => ({ value: date.value, precision: date.precision });

/**
 * Which occurrence of the quote the stored offsets are: the loader finds the
 * first by default, so only a later one is written. Fails loudly when the
 * stored offsets do not point at the quote (the database would not reload).
 */
export function occurrenceOf(text: string, source: Source): number {
  if (text.slice(source.start, source.end) !== source.quote) {
    throw new Error(
      `The stored offsets ${source.start}..${source.end} in document "${source.documentId}" do not hold the quote ${JSON.stringify(source.quote.slice(0, 60))}; the graph cannot be exported as a seed.`,
    );
  }
  let n = 0;
  for (let at = text.indexOf(source.quote); at !== -1 && at < source.start; at = text.indexOf(source.quote, at + 1))
    n++;
  return n;
}

/** An entity's record, when the graph holds one (written through the write path), with a merge's marks. */
function entityRecord(entity: SeedEntity): Record<string, unknown> {
  const { version, recordedAt, updatedAt, updatedBy, merged } = entity;
  if (version === undefined || recordedAt === undefined || updatedAt === undefined || updatedBy === undefined)
    return {};
  const marks = merged ? { mergedInto: merged.into, mergedAt: merged.at, mergeId: merged.mergeId } : {};
  return { record: { version, recordedAt, updatedAt, updatedBy, ...marks } };
}

/** A merge's record as stored; its change stays the JSON text the merge wrote, byte for byte. */
export function seedMerge(merge: SeedMerge): Record<string, unknown> {
  const { split, ...record } = merge;
  return { ...record, ...(split ? { split: { at: split.at, by: split.by, reason: split.reason } } : {}) };
}

/** A relationship version's record and, when it is retracted, why, by whom and what replaced it. */
function relationshipRecord(rel: Relationship): Record<string, unknown> {
  const { version, recordedAt, recordedBy, retraction } = rel;
  if (version === undefined || recordedAt === undefined || recordedBy === undefined) return {};
  return {
    record: { version, recordedAt, recordedBy },
    ...(retraction
      ? {
          retraction: {
            at: retraction.at,
            by: retraction.by,
            reason: retraction.reason,
            supersededBy: retraction.supersededBy,
          },
        }
      : {}),
  };
}

export function seedSource(source: Source, textOf: TextOf, fileDocumentId: string | null): Record<string, unknown> {
  const text = textOf(source.documentId);
  if (text === undefined) {
    throw new Error(
      `The source document "${source.documentId}" has no stored text; the graph cannot be exported as a seed.`,
    );
  }
  const occurrence = occurrenceOf(text, source);
  return {
    quote: source.quote,
    ...(source.documentId !== fileDocumentId ? { documentId: source.documentId } : {}),
    ...(source.attributedTo !== null ? { attributedTo: source.attributedTo } : {}),
    ...(occurrence > 0 ? { occurrence } : {}),
    ...(source.recordedAt !== undefined ? { recordedAt: source.recordedAt } : {}),
  };
}

/** Kind properties back to the seed's shape: a flattened `p` + `pPrecision` becomes a partial date again. */
function seedProperties(properties: SeedEntity['properties']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of sorted(properties)) {
    if (key.endsWith('Precision') && typeof properties[key.slice(0, -'Precision'.length)] === 'string') continue;
    const precision = properties[`${key}Precision`];
    out[key] = typeof value === 'string' && typeof precision === 'string' ? { value, precision } : value;
  }
  return out;
}

export function seedEntity(entity: SeedEntity, textOf: TextOf): Record<string, unknown> {
  const properties = seedProperties(entity.properties);
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    ...(entity.aliases.length > 0 ? { aliases: entity.aliases } : {}),
    ...(entity.description !== null ? { description: entity.description } : {}),
    ...(entity.named ? {} : { named: false }),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(entity.sources.length > 0 ? { sources: entity.sources.map((s) => seedSource(s, textOf, null)) } : {}),
    ...entityRecord(entity),
  };
}

/** A source document (an entity of kind Document with a stored text) as the `document` of its own graph file. */
export function seedDocument(entity: SeedEntity, articleFile: string): Record<string, unknown> {
  const p = entity.properties;
  const str = (key: string) => (typeof p[key] === 'string' ? p[key] : null);
  const published = str('published');
  return {
    id: entity.id,
    title: str('title') ?? entity.name,
    ...(entity.description !== null ? { description: entity.description } : {}),
    publisher: str('publisher'),
    published: published === null ? null : { value: published, precision: str('publishedPrecision') },
    ...(str('publishedNote') !== null ? { publishedNote: str('publishedNote') } : {}),
    url: str('url'),
    articleFile,
    ...entityRecord(entity),
  };
}

export function seedRelationship(rel: Relationship, textOf: TextOf): Record<string, unknown> {
  const { date, since, until } = rel.temporal;
  return {
    id: rel.id,
    type: rel.type,
    from: rel.fromId,
    to: rel.toId,
    ...(date ? { date: seedDate(date) } : {}),
    ...(since ? { since: seedDate(since) } : {}),
    ...(until ? { until: seedDate(until) } : {}),
    status: rel.status,
    confidence: rel.confidence,
    ...(Object.keys(rel.qualifiers).length > 0 ? { qualifiers: Object.fromEntries(sorted(rel.qualifiers)) } : {}),
    sources: rel.sources.map((s) => seedSource(s, textOf, null)),
    ...relationshipRecord(rel),
  };
}
