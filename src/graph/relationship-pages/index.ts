export type {
  FarEnd,
  PageReads,
  PlannedPage,
  RelationshipAtEntity,
  RelationshipOrder,
  RelationshipPage,
  RelationshipPagePlan,
  RelationshipPageRequest,
  RelationshipSortField,
} from './request';
export { orderRestriction, pageCypher, toPlannedPages, type PageCypher, type PageRow } from './page-cypher';
