import { ENTITY_KINDS, type EntityKind } from '../../domain/entity-kinds';
import { RELATIONSHIP_KINDS, RELATIONSHIP_TYPES } from '../../domain/relationship-kinds';
import { RELATIONSHIP_STATUSES, STATUS_MEANINGS } from '../../domain/status';

/** GraphQL enum value of an entity kind: `Person` -> `PERSON`. */
export const entityKindEnumValue = (kind: EntityKind): string => kind.toUpperCase();

const describe = (text: string, indent = '  ') =>
  `${indent}"""\n${indent}${text.replace(/"""/g, '\\"""')}\n${indent}"""`;

/**
 * The SDL of the enums that come from the domain, so the GraphQL contract and
 * the Cypher allow-lists are one list: written to schema/domain.graphql by
 * `npm run codegen`, and checked fresh by `npm run codegen:check`.
 */
export function domainEnumsSdl(): string {
  const kinds = ENTITY_KINDS.map((kind) => `  ${entityKindEnumValue(kind)}`).join('\n');
  const types = RELATIONSHIP_TYPES.map((type) => {
    const kind = RELATIONSHIP_KINDS[type];
    const text = `${kind.description} From ${kind.from.join(', ')} to ${kind.to.join(', ')}; reads "subject ${kind.verb} object".`;
    return `${describe(text)}\n  ${type}`;
  }).join('\n');
  const statuses = RELATIONSHIP_STATUSES.map((s) => `${describe(STATUS_MEANINGS[s])}\n  ${s}`).join('\n');
  return [
    '# Generated from src/domain by `npm run codegen`. Do not edit: change the domain instead.',
    '',
    '"What an entity is. Each kind is also a GraphQL type implementing `Entity`."',
    `enum EntityKind {\n${kinds}\n}`,
    '',
    '"What happened between two entities: the subject (from) did this to the object (to)."',
    `enum RelationshipType {\n${types}\n}`,
    '',
    '"How far the reporting stands behind a relationship."',
    `enum RelationshipStatus {\n${statuses}\n}`,
    '',
  ].join('\n');
}
