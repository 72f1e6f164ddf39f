import { buildSchema, isObjectType, type GraphQLEnumType } from 'graphql';

import { ENTITY_KINDS, ENTITY_PROPERTY_SCHEMAS } from '../../../src/domain/entity-kinds';
import { RELATIONSHIP_TYPES } from '../../../src/domain/relationship-kinds';
import { RELATIONSHIP_STATUSES } from '../../../src/domain/status';
import { domainEnumsSdl } from '../../../src/graphql/sdl/domain-enums';
import { loadTypeDefs } from '../../../src/server/type-defs';

const schema = buildSchema(loadTypeDefs());

describe('the GraphQL schema and the domain', () => {
  it('schema/domain.graphql is what the domain generates', () => {
    expect(loadTypeDefs()).toContain(domainEnumsSdl());
  });

  it('has the domain lists as enums', () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('RelationshipType')).toEqual(RELATIONSHIP_TYPES);
    expect(values('RelationshipStatus')).toEqual([...RELATIONSHIP_STATUSES]);
    expect(values('EntityKind')).toEqual(ENTITY_KINDS.map((k) => k.toUpperCase()));
  });

  it.each(ENTITY_KINDS)('has a type %s implementing Entity with a field for each of its properties', (kind) => {
    const type = schema.getType(kind);
    expect(type && isObjectType(type)).toBe(true);
    if (!type || !isObjectType(type)) return;
    expect(type.getInterfaces().map((i) => i.name)).toContain('Entity');
    const shape = (ENTITY_PROPERTY_SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape;
    for (const property of Object.keys(shape)) {
      expect(Object.keys(type.getFields())).toContain(property);
    }
  });
});
