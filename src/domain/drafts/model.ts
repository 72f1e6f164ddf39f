import type { EntityKind } from '../entity-kinds';
import type { RelationshipType } from '../relationship-kinds';
import type { RelationshipStatus } from '../status';
import type { PartialDate } from '../temporal';
import type { Actor } from '../viewer';

/**
 * A draft: one article and what an analyst may bring from it into the graph,
 * kept apart from the graph until it is committed. Extraction fills it; the
 * review edits it; commitDraft writes what was accepted. Every proposal keeps
 * its state and each change of it (who, when), so a review is attributable
 * before anything reaches the graph.
 */
export const PROPOSAL_STATES = ['PROPOSED', 'ACCEPTED', 'EDITED', 'REJECTED'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** Proposals in these states are written by a commit. */
export const WRITTEN_STATES: ReadonlySet<ProposalState> = new Set(['ACCEPTED', 'EDITED']);

export type DraftState = 'OPEN' | 'COMMITTED';

/** Which entity an end or a mention is: one the graph has (its id), or a new-entity proposal of this draft. */
export type DraftRef = { entityId: string } | { proposalId: string };

export interface ProposalChange {
  state: ProposalState;
  at: string;
  actor: Actor;
  /** What changed, e.g. `to, confidence` for an edit, `created from a selected span`. */
  note: string | null;
}

export interface DraftDocument {
  /** A document the graph already stores (proposeFromDocument); null: the commit adds this one. */
  documentId: string | null;
  title: string;
  publisher: string | null;
  published: PartialDate | null;
  url: string | null;
  text: string;
}

export interface DraftMention {
  id: string;
  start: number;
  end: number;
  surface: string;
  kind: EntityKind;
  /** How extraction found it (`name`, `surname`, `description`, …), or `analyst` for a link made in review. */
  basis: string;
  entity: DraftRef;
}

export interface EntityProposal {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  named: boolean;
  description: string | null;
  /** Why it has its kind: extraction's evidence, or `analyst`. */
  evidence: string;
  state: ProposalState;
  history: ProposalChange[];
}

/** A span of the draft's text quoted as a source: `document.text.slice(start, end)`. */
export interface DraftSource {
  quote: string;
  start: number;
  end: number;
}

export interface RelationshipProposal {
  id: string;
  /** `EXTRACTION` or `ANALYST` (made in review from a selected span). */
  origin: 'EXTRACTION' | 'ANALYST';
  type: RelationshipType;
  from: DraftRef;
  to: DraftRef;
  date: PartialDate | null;
  since: PartialDate | null;
  until: PartialDate | null;
  status: RelationshipStatus;
  confidence: number;
  /** The exact words, `document.text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** More spans stating the same fact, written as its further sources; absent (stored before them) is none. */
  extraSources?: DraftSource[];
  /** The rule or trigger that proposed it, for the reviewer. */
  why: string | null;
  state: ProposalState;
  history: ProposalChange[];
}

/** What a commit wrote, kept on the draft once it is read-only. */
export interface DraftCommit {
  at: string;
  actor: Actor;
  auditId: string;
  documentId: string;
  /** Entity proposal id -> the id of the entity written. */
  entities: Array<{ proposalId: string; id: string }>;
  relationships: Array<{ proposalId: string; id: string }>;
}

export interface Draft {
  id: string;
  state: DraftState;
  /** One more with every change: an edit may name the revision it read (CONFLICT otherwise). */
  revision: number;
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  document: DraftDocument;
  /** Names and kinds of the graph's entities the draft refers to, as they were when referred to. */
  known: Record<string, { name: string; kind: EntityKind }>;
  mentions: DraftMention[];
  entities: EntityProposal[];
  proposals: RelationshipProposal[];
  commit: DraftCommit | null;
}
