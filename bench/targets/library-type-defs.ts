import { ENTITY_NAME_INDEX } from '../../src/graph/migrations';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../src/domain';

/**
 * Type definitions for the Neo4j GraphQL Library over the SAME storage model
 * as newsgraph, written the way the library wants them, at its best:
 *  - one node type `Entity` (every entity node has the `Entity` label; the
 *    kind is a property), so no interface/union dispatch is needed;
 *  - one relationship field per relationship type and direction
 *    (`affiliatedWithOut` / `affiliatedWithIn`), because `@relationship`
 *    takes one type; the relationship's properties (status, confidence,
 *    dates, the parallel source lists) as `@relationshipProperties`;
 *  - `@fulltext` over the same `entity_names` index newsgraph uses.
 * The library cannot express "every relationship of any type at an entity",
 * neighbourhoods or paths; the benchmark's shared queries are the shapes it can.
 */
export function relationshipFieldName(type: RelationshipType, direction: 'OUT' | 'IN'): string {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${camel}${direction === 'OUT' ? 'Out' : 'In'}`;
}

export function libraryTypeDefs(): string {
  const fields = RELATIONSHIP_TYPES.flatMap((type) =>
    (['OUT', 'IN'] as const).map(
      (direction) =>
        `  ${relationshipFieldName(type, direction)}: [Entity!]! @relationship(type: "${type}", direction: ${direction}, properties: "Fact")`,
    ),
  );
  return `
type Entity
  @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "${ENTITY_NAME_INDEX}", queryName: "searchEntities", fields: ["name"] }]) {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]!
  description: String
  named: Boolean!
${fields.join('\n')}
}

type Fact @relationshipProperties {
  id: ID!
  status: String!
  confidence: Float!
  date: String
  datePrecision: String
  since: String
  sincePrecision: String
  until: String
  untilPrecision: String
  validFrom: Date
  validTo: Date
  sourceDocumentIds: [String!]!
  sourceQuotes: [String!]!
  sourceStarts: [Int!]!
  sourceEnds: [Int!]!
  sourceAttributedTo: [String!]!
}
`;
}
