export { DEADLINE_GRACE_MS, GraphClient, type GraphClientOptions } from './client';
export { withDeadline, type Deadline } from './deadline';
export { createDriver, type Driver, type DriverOptions } from './driver';
export { applyMigrations, migrations, schemaNames, ENTITY_NAME_INDEX, type Migration } from './migrations';
export { ANY_RELATIONSHIP, type Direction, type RelationshipCriteria } from './criteria';
export { encodeCursor, decodeCursor, type CursorValue } from './pagination';
export type { Subgraph } from './subgraph';
export { entitiesById } from './queries/entities-by-id';
export { relationshipsById } from './queries/relationships-by-id';
export { documentTexts } from './queries/document-texts';
export { degrees } from './queries/degrees';
export { ping } from './queries/ping';
export {
  decodeRelationshipPages,
  readRelationshipPages,
  relationshipPagesStatement,
  type EntityPages,
  type FarEnd,
  type PageReads,
  type PageSortField,
  type PlannedPage,
  type RelationshipPage,
  type RelationshipPagePlan,
  type RelationshipPageRequest,
  type RelationshipPagesInput,
  type RelationshipAtEntity,
  type RelationshipSortField,
} from './relationship-pages';
export {
  listEntities,
  type EntityListRequest,
  type EntityListPage,
  type EntitySortField,
} from './queries/list-entities';
export { searchEntities, luceneQuery, type SearchHitRow } from './queries/search-entities';
export { graphCounts, type GraphCounts } from './queries/graph-counts';
export { mostConnected } from './queries/most-connected';
export { neighbourhood, type Neighbourhood, type NeighbourhoodRequest } from './traversals/neighbourhood';
export { entitySubgraph, entitySubgraphStatement, type EntitySubgraphInput } from './queries/subgraph-of-entities';
export * from './traversals/connections';
export { ENTITY_REF_FIELDS, type EntityRef, type SourcedEntity } from './mapping';
export { ApiKeyStore, type KeyCheck } from './api-keys';
export {
  EXPORT_TYPE_ORDER,
  exportEntitiesStatement,
  exportEntityPage,
  exportRelationshipPage,
  exportRelationshipsStatement,
  type StoredEntity,
} from './queries/export-pages';
export { exportMergePage, exportNotSamePage } from './queries/export-merge-pages';
export { auditLog, type AuditLogRequest, type AuditLogPage } from './queries/audit-log';
export type { WriteTx } from './write-transaction';
export type { Statement } from './cypher/statement';
export * from './writes/changes';
export { warmWritePlans } from './writes/warm-up';
export { mergeCandidates, type MergeCandidateRequest } from './queries/merge-candidates';
export { mergeEntities, type MergeOutcome, type MergeRecord } from './writes/merges';
export { splitMerge } from './writes/splits';
export { mergesById, mergesInto } from './writes/merge-records';
export { judgeNotSame, type JudgementOutcome, type NotSameJudgement } from './writes/judgements';
export * from './drafts';
export { replaceDocumentText, type DocumentTextChange, type TextReplacement } from './writes/document-text';
export type { RetainedRevision } from './writes/document-text-statements';
export { documentTextRevisions, indexedText, type TextRevisions } from './queries/document-revisions';
