import type { EntityKind, EntityPropertyValue } from './entity-kinds';
import type { RelationshipType } from './relationship-kinds';
import type { RelationshipStatus } from './status';
import type { PartialDate, Temporal } from './temporal';

/** Stable ids are lowercase slugs: `nayib-bukele`, `alien-enemies-act-1798`. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Where a fact (or an entity's description) was reported: a document and the exact quote in it. */
export interface Source {
  documentId: string;
  /** The exact words, a substring of the document's stored text. */
  quote: string;
  /** Offsets in the stored text, JS string (UTF-16) indices, `end` exclusive. */
  start: number;
  end: number;
  /** Entity id of whom the quote is credited to ("according to the Salvadoran president"), or null. */
  attributedTo: string | null;
  /** When the graph first held this source (ISO 8601, UTC); absent before it is stored. */
  recordedAt?: string;
  /**
   * Up to 32 characters before and after the quote in the text its offsets
   * index (quote-context.ts); absent for sources stored before contexts were.
   */
  prefix?: string;
  suffix?: string;
  /**
   * SHA-256 of the text the offsets index: the document's current text, or a
   * retained revision once the text was replaced. Absent for sources stored
   * before texts could be replaced: they index the document's first text.
   */
  textSha256?: string;
}

/** Why and by whom a stored version stopped being current; it stays in the graph, readable with `knownAt`. */
export interface Retraction {
  /** ISO 8601, UTC, server clock. */
  at: string;
  /** The actor's name (see Viewer). */
  by: string;
  reason: string | null;
  /** The version that replaced this one, when it was corrected rather than withdrawn. */
  supersededBy: number | null;
}

/** What the graph records about a stored entity or relationship version; absent before it is stored. */
export interface StoredRecord {
  version?: number;
  /** ISO 8601, UTC: when this version was written. */
  recordedAt?: string;
  /** The actor id that wrote this version (relationships; an entity's last writer is `updatedBy`). */
  recordedBy?: string;
  retraction?: Retraction | null;
}

export interface Entity extends StoredRecord {
  id: string;
  kind: EntityKind;
  /** The name the reporting uses; for an unnamed entity, how it is described (e.g. 'unnamed federal judge'). */
  name: string;
  aliases: string[];
  description: string | null;
  /** False for entities the reporting leaves unnamed, e.g. "a federal judge". */
  named: boolean;
  /** Kind-specific properties, flattened (a PartialDate `p` becomes `p` + `pPrecision`). */
  properties: Record<string, EntityPropertyValue>;
  /** When and by whom (an actor id) the current version was written; `recordedAt` is its first version's. */
  updatedAt?: string;
  updatedBy?: string;
  /** Set once the entity was merged into another (entity-resolution): the id of the one kept. */
  mergedInto?: string;
}

/**
 * An entity as the seed builds it: with the quotes that support its
 * description and properties (e.g. a law's history), possibly none.
 */
export interface SeedEntity extends Entity {
  sources: Source[];
  /** Set on an entity merged into another: the marks the merge left (an export's history). */
  merged?: MergeMark;
}

/** What a merge leaves on the absorbed entity: whom it went to, when, and which merge record says how. */
export interface MergeMark {
  into: string;
  at: string;
  mergeId: string;
}

/**
 * A merge's record as the graph stores it (an `EntityMerge`): what a split
 * needs. `change` is the JSON text the merge wrote, carried verbatim.
 */
export interface SeedMerge {
  id: string;
  at: string;
  by: string;
  reason: string;
  kind: string;
  keepId: string;
  absorbId: string;
  change: string;
  split: { at: string; by: string; reason: string } | null;
}

/** A person's judgement that two entities are not one thing; `a` sorts before `b`. */
export interface SeedNotSame {
  a: string;
  b: string;
  at: string;
  by: string;
  reason: string;
}

export interface Relationship extends StoredRecord {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  temporal: Temporal;
  status: RelationshipStatus;
  /** How sure the modeller is that the sources support this, 0..1. */
  confidence: number;
  /** Details the reporting gives, e.g. `visitType: 'official working visit'`. */
  qualifiers: Record<string, string | number | boolean>;
  /** Never empty. */
  sources: Source[];
}

/** A source document whose text is stored: what every Source points into. */
export interface DocumentRecord {
  id: string;
  title: string;
  publisher: string | null;
  published: PartialDate | null;
  /** How `published` was obtained when the text does not state it. */
  publishedNote: string | null;
  url: string | null;
  /** The article text, verbatim. */
  text: string;
}

/** A whole validated seed: what the writer stores. Offsets are computed, ids resolved. */
export interface SeedGraph {
  documents: DocumentRecord[];
  /** Includes one `Document` entity per document record (same id). */
  entities: SeedEntity[];
  /**
   * Every relationship version to store. Those with a `version` were recorded
   * before (an export): stored as given, retracted ones included; the others
   * are stamped when written.
   */
  relationships: Relationship[];
  /** Merge records (an export's history); absent in a hand-written seed. */
  merges?: SeedMerge[];
  /** "Not the same" judgements (an export's history). */
  judgements?: SeedNotSame[];
}
