import {
  assertEntityKind,
  assertRelationshipType,
  temporalBounds,
  type EntityKind,
  type Relationship,
  type RelationshipType,
  type SeedGraph,
  type Source,
} from '../../domain';
import { sha256 } from './stamp';

/** A stored property value as sent to Neo4j (the client sends whole numbers as Cypher integers). */
type Stored = string | number | boolean | null | string[] | number[];

export interface EntityWriteRow {
  id: string;
  props: Record<string, Stored>;
}

export interface RelationshipWriteRow {
  id: string;
  from: string;
  to: string;
  /** 'YYYY-MM-DD' or null; stored as Neo4j `date` values. */
  validFrom: string | null;
  validTo: string | null;
  props: Record<string, Stored>;
}

/**
 * The rows the seed writer sends, grouped so that each group's label or type
 * can be interpolated once (after the allow-list check). Pure: this is where
 * the storage model is decided, and what the unit tests pin down.
 */
export interface SeedRows {
  entities: Map<EntityKind, EntityWriteRow[]>;
  relationships: Map<RelationshipType, RelationshipWriteRow[]>;
}

/**
 * Sources as parallel lists; '' where a quote has no attribution or no text
 * digest. Contexts are stored only when every source has one (an empty prefix
 * is a real one, at the start of a text): else they are read from the text.
 */
export function sourceLists(sources: readonly Source[]): Record<string, Stored> {
  const lists: Record<string, Stored> = {
    sourceDocumentIds: sources.map((s) => s.documentId),
    sourceQuotes: sources.map((s) => s.quote),
    sourceStarts: sources.map((s) => s.start),
    sourceEnds: sources.map((s) => s.end),
    sourceAttributedTo: sources.map((s) => s.attributedTo ?? ''),
  };
  if (sources.some((s) => s.textSha256 !== undefined)) lists.sourceTextSha256 = sources.map((s) => s.textSha256 ?? '');
  if (sources.every((s) => s.prefix !== undefined && s.suffix !== undefined)) {
    lists.sourcePrefixes = sources.map((s) => s.prefix!);
    lists.sourceSuffixes = sources.map((s) => s.suffix!);
  }
  return lists;
}

/** Derived from a source's text and offsets, so not content: a digest without them ignores data stored before them. */
const DERIVED_SOURCE_LISTS = new Set(['sourceTextSha256', 'sourcePrefixes', 'sourceSuffixes']);

/** Stored properties as the content digests see them. */
export function contentProps(props: Record<string, Stored>): Record<string, Stored> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !DERIVED_SOURCE_LISTS.has(key)));
}

/** Every source of a seed graph with the digest of the text it was located in (the graph's own documents). */
export function withTextDigests(graph: SeedGraph): SeedGraph {
  const digests = new Map(graph.documents.map((d) => [d.id, sha256(d.text)]));
  const digested = (s: Source): Source => {
    const digest = s.textSha256 ?? digests.get(s.documentId);
    return digest === undefined ? s : { ...s, textSha256: digest };
  };
  return {
    ...graph,
    entities: graph.entities.map((e) => ({ ...e, sources: e.sources.map(digested) })),
    relationships: graph.relationships.map((r) => ({ ...r, sources: r.sources.map(digested) })),
  };
}

export function relationshipRow(rel: Relationship): RelationshipWriteRow {
  const { date, since, until } = rel.temporal;
  const bounds = temporalBounds(rel.temporal);
  const props: Record<string, Stored> = {
    id: rel.id,
    status: rel.status,
    confidence: rel.confidence,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    since: since?.value ?? null,
    sincePrecision: since?.precision ?? null,
    until: until?.value ?? null,
    untilPrecision: until?.precision ?? null,
    ...sourceLists(rel.sources),
  };
  for (const [name, value] of Object.entries(rel.qualifiers)) props[`q_${name}`] = value;
  return { id: rel.id, from: rel.fromId, to: rel.toId, validFrom: bounds.validFrom, validTo: bounds.validTo, props };
}

export function seedRows(graph: SeedGraph): SeedRows {
  const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
  const entities = new Map<EntityKind, EntityWriteRow[]>();
  for (const entity of graph.entities) {
    const kind = assertEntityKind(entity.kind);
    const props: Record<string, Stored> = { ...entity.properties };
    Object.assign(props, {
      id: entity.id,
      kind,
      name: entity.name,
      aliases: entity.aliases,
      description: entity.description,
      named: entity.named,
    });
    if (kind === 'Document') {
      const text = texts.get(entity.id) ?? null;
      props.text = text;
      props.textSha256 = text === null ? null : sha256(text);
    }
    if (entity.sources.length > 0) Object.assign(props, sourceLists(entity.sources));
    const rows = entities.get(kind) ?? [];
    rows.push({ id: entity.id, props });
    entities.set(kind, rows);
  }
  const relationships = new Map<RelationshipType, RelationshipWriteRow[]>();
  for (const rel of graph.relationships) {
    const type = assertRelationshipType(rel.type);
    const rows = relationships.get(type) ?? [];
    rows.push(relationshipRow(rel));
    relationships.set(type, rows);
  }
  return { entities, relationships };
}
