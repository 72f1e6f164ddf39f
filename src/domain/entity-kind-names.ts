/**
 * What an entity is. The Neo4j label of an entity node is `Entity` plus its
 * kind; this list is the allow-list for interpolating a label into Cypher.
 * Kept apart from the property schemas of entity-kinds.ts (and their zod) so
 * that the browser's review page can bundle the list (and relationship-kinds.ts).
 */
export const ENTITY_KINDS = [
  'Person',
  'Government',
  'Country',
  'Organization',
  'Prison',
  'Law',
  'Court',
  'Event',
  'Document',
  'Place',
  'Group',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
