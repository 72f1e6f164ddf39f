import type { EntityKind, PartialDate, RelationshipStatus, RelationshipType, Temporal } from '../domain';

/** An entity the graph already has, as extraction needs it: what it is called. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  /** False for an entity described, not named ("a federal judge"): such descriptions are not matched in other texts. */
  named?: boolean;
}

export interface ExtractionInput {
  text: string;
  /** The publication date with its precision; relative dates resolve no finer than it. Null: unknown. */
  published: PartialDate | null;
  known: readonly KnownEntity[];
}

/** A span of the text: JS string (UTF-16) offsets, `end` exclusive, `text.slice(start, end) === surface`. */
export interface Span {
  start: number;
  end: number;
  surface: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
}

/** Which entity a mention refers to: one the graph has, or one extraction proposes (key into `newEntities`). */
export type EntityRef = { known: string } | { proposed: string };

export type MentionBasis =
  | 'name' // a known entity's name or alias, or a proper name
  | 'surname' // a surname (or trailing part) of a person named before
  | 'initials' // a name written with initials
  | 'description' // a common-noun description: "a federal judge"
  | 'coreference'; // a definite description of an entity mentioned before: "the judge"

export interface Mention extends Span {
  id: string;
  sentence: number;
  kind: EntityKind;
  entity: EntityRef;
  basis: MentionBasis;
  /** Lemma of the head noun or last name word; titles and roles before a name ("judge"). */
  head: string;
  roles: string[];
}

/** A new entity extraction proposes, with all the mentions it groups. */
export interface ProposedEntity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** False for an entity the text only describes. */
  named: boolean;
  roles: string[];
  mentionIds: string[];
  /** What made extraction give it its kind ("title 'Judge'", "name head 'Act'", "compromise #Country"). */
  kindEvidence: string;
}

export interface DateMention extends Span {
  sentence: number;
  /** The date as far as the text and the publication date determine it; null when they do not. */
  date: PartialDate | null;
  resolved: boolean;
  /** How it was resolved: "stated", "year from publication", "weekday: month of publication", … */
  basis: string;
  /** True for "since 2019": the start of a span rather than a point. */
  since: boolean;
}

export interface RelationshipProposal {
  id: string;
  type: RelationshipType;
  from: EntityRef;
  to: EntityRef;
  fromMention: string;
  toMention: string;
  /** The shortest span holding the trigger and both ends' mentions. */
  quote: Span;
  sentence: number;
  status: RelationshipStatus;
  confidence: number;
  temporal: Temporal;
  why: { trigger: Span; rule: string; statusCue: string | null };
}

/** Everything extraction found in one text: the one value the drafts and review page will consume. */
export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  newEntities: ProposedEntity[];
  dates: DateMention[];
  proposals: RelationshipProposal[];
}
