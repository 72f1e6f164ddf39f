/**
 * Relationship pages in the GraphQL layer: the request a field asks for
 * (derived once per field and request), the look-ahead of `entity(id)`, and
 * the mapping of a page to a connection or timeline.
 */
export { relationshipsRequest, timelineRequest } from './request';
export { relationshipPlans } from './lookahead';
export { farEndEntity, neighbourhoodSubgraph, relationshipConnection, timelineModel } from './connection';
export { neighbourhoodReads, selects } from './selection';
