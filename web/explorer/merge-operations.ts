/**
 * The vetted operations of entity resolution the explorer sends (see
 * operations.ts on why only these), and the shapes of their answers.
 */
import ENTITY_MERGE from '../../operations/ExplorerEntityMerge.graphql';
import JUDGE_NOT_SAME from '../../operations/ExplorerJudgeNotSame.graphql';
import MERGE_CANDIDATES from '../../operations/ExplorerMergeCandidates.graphql';
import MERGE_ENTITIES from '../../operations/ExplorerMergeEntities.graphql';
import SPLIT_MERGE from '../../operations/ExplorerSplitMerge.graphql';

export const MERGE_OPERATIONS = { ENTITY_MERGE, JUDGE_NOT_SAME, MERGE_CANDIDATES, MERGE_ENTITIES, SPLIT_MERGE };

/** What the write key is for in these views (the key form says so). */
export const MERGE_WRITES = '"same", "not the same" and splits';

export interface MergeReason {
  feature: string;
  weight: number;
  value: number;
  contribution: number;
  detail: string;
}

export interface CandidateRelationship {
  direction: 'OUTGOING' | 'INCOMING';
  other: { id: string; name: string };
  node: {
    id: string;
    type: string;
    explanation: string;
    sources: Array<{ quote: string; document: { id: string; title: string | null } }>;
  };
}

export interface CandidateEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  named: boolean;
  relationships: { totalCount: number; edges: CandidateRelationship[] };
}

export interface MergeCandidate {
  kind: string;
  score: number;
  suggestedKeep: { id: string };
  reasons: MergeReason[];
  entities: CandidateEntity[];
}

export interface MergeCandidatePage {
  mergeCandidates: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: MergeCandidate }>;
  };
}

/** A merge as an entity lists it (Entity.mergedFrom). */
export interface MergeSummary {
  id: string;
  at: string;
  reason: string;
  absorbedId: string;
  split: { at: string } | null;
}

export interface MergeDetails {
  id: string;
  at: string;
  by: string;
  reason: string;
  keptId: string;
  absorbedId: string;
  kept: { id: string; kind: string; name: string };
  movedRelationshipIds: string[];
  withdrawnRelationshipIds: string[];
  split: { at: string; by: string; reason: string } | null;
}
