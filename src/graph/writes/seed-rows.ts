import neo4j, { type Integer } from 'neo4j-driver';

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

/** A stored property value as sent to Neo4j; whole numbers go as Integer, not Float. */
type Stored = string | number | boolean | Integer | null | string[] | Integer[];

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

const whole = (n: number): number | Integer => (Number.isInteger(n) ? neo4j.int(n) : n);

/** Sources as parallel lists; '' where a quote has no attribution. */
export function sourceLists(sources: readonly Source[]): Record<string, Stored> {
  return {
    sourceDocumentIds: sources.map((s) => s.documentId),
    sourceQuotes: sources.map((s) => s.quote),
    sourceStarts: sources.map((s) => neo4j.int(s.start)),
    sourceEnds: sources.map((s) => neo4j.int(s.end)),
    sourceAttributedTo: sources.map((s) => s.attributedTo ?? ''),
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
  for (const [name, value] of Object.entries(rel.qualifiers)) {
    props[`q_${name}`] = typeof value === 'number' ? whole(value) : value;
  }
  return { id: rel.id, from: rel.fromId, to: rel.toId, validFrom: bounds.validFrom, validTo: bounds.validTo, props };
}

export function seedRows(graph: SeedGraph): SeedRows {
  const texts = new Map(graph.documents.map((d) => [d.id, d.text]));
  const entities = new Map<EntityKind, EntityWriteRow[]>();
  for (const entity of graph.entities) {
    const kind = assertEntityKind(entity.kind);
    const props: Record<string, Stored> = {};
    for (const [name, value] of Object.entries(entity.properties)) {
      props[name] = typeof value === 'number' ? whole(value) : value;
    }
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
