/**
 * The vetted operations the review page sends (operations/Review*.graphql and
 * the explorer's search), bundled as their exact text so the page works with
 * the persisted-operations allow-list enforced, and the shapes of their answers.
 * Every change answers only its revision: the page then reads the draft again
 * through one selection (ReviewDraft), so there is one shape of a draft.
 */
import SEARCH from '../../operations/ExplorerSearch.graphql';
import ACCEPT from '../../operations/ReviewAcceptProposal.graphql';
import ADD_SOURCE from '../../operations/ReviewAddProposalSource.graphql';
import ADD_RELATIONSHIP from '../../operations/ReviewAddRelationshipProposal.graphql';
import COMMIT from '../../operations/ReviewCommitDraft.graphql';
import DRAFT from '../../operations/ReviewDraft.graphql';
import DRAFTS from '../../operations/ReviewDrafts.graphql';
import EDIT_ENTITY from '../../operations/ReviewEditEntityProposal.graphql';
import EDIT_RELATIONSHIP from '../../operations/ReviewEditRelationshipProposal.graphql';
import LINK_MENTION from '../../operations/ReviewLinkMention.graphql';
import PROPOSE_ENTITY from '../../operations/ReviewProposeEntity.graphql';
import PROPOSE_FROM_TEXT from '../../operations/ReviewProposeFromText.graphql';
import REJECT from '../../operations/ReviewRejectProposal.graphql';
import REMOVE_SOURCE from '../../operations/ReviewRemoveProposalSource.graphql';
import REOPEN from '../../operations/ReviewReopenProposal.graphql';

export const OPERATIONS = { DRAFT, DRAFTS, PROPOSE_FROM_TEXT, COMMIT, SEARCH };

/** The changes of a draft; each answers `{ revision }` and takes `expectedRevision`. */
export const CHANGES = {
  ACCEPT,
  REJECT,
  REOPEN,
  EDIT_RELATIONSHIP,
  EDIT_ENTITY,
  LINK_MENTION,
  PROPOSE_ENTITY,
  ADD_RELATIONSHIP,
  ADD_SOURCE,
  REMOVE_SOURCE,
};
export type Change = keyof typeof CHANGES;

export type ProposalState = 'PROPOSED' | 'ACCEPTED' | 'EDITED' | 'REJECTED';

/** An entity of the graph (`entityId`) or an entity proposal of the draft (`proposalId`). */
export interface EntityRef {
  entityId: string | null;
  proposalId: string | null;
  name: string;
  kind: string | null;
}

export interface Mention {
  id: string;
  start: number;
  end: number;
  surface: string;
  kind: string;
  basis: string;
  entity: EntityRef;
}

export interface EntityProposal {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  named: boolean;
  description: string | null;
  evidence: string;
  state: ProposalState;
}

export interface RelationshipProposal {
  id: string;
  origin: string;
  type: string;
  from: EntityRef;
  to: EntityRef;
  date: string | null;
  since: string | null;
  until: string | null;
  status: string;
  confidence: number;
  quote: string;
  start: number;
  end: number;
  /** More spans stating the same fact, written as further sources. */
  extraSources: Array<{ quote: string; start: number; end: number }>;
  why: string | null;
  state: ProposalState;
}

export interface Draft {
  id: string;
  state: 'OPEN' | 'COMMITTED';
  revision: number;
  document: {
    documentId: string | null;
    title: string;
    publisher: string | null;
    published: string | null;
    url: string | null;
    text: string;
  };
  mentions: Mention[];
  entities: EntityProposal[];
  proposals: RelationshipProposal[];
  commit: {
    at: string;
    documentId: string;
    entities: Array<{ proposalId: string; id: string }>;
    relationships: Array<{ proposalId: string; id: string }>;
  } | null;
}

export interface DraftSummary {
  id: string;
  state: string;
  createdAt: string;
  document: { title: string };
}

export interface SearchHit {
  score: number;
  entity: { id: string; kind: string; name: string; aliases: string[] };
}
