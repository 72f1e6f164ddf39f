/**
 * Relationship pages in the GraphQL layer, in one module: the page request a
 * `relationships` field asks for (arguments and the reads its selection
 * needs, derived once per field per request), the look-ahead that reads those
 * pages with their entity, and the mapping of a page to a connection.
 */
export { pageRequestOf } from './request';
export { relationshipPlans } from './lookahead';
export { toConnection } from './connection';
export { selectionReads } from './reads';
