import { buildSchema, type GraphQLEnumType } from 'graphql';

import { SCOPES } from '../../../src/domain/viewer';
import { scopeResolvers as Scope } from '../../../src/graphql/resolvers/scope';
import { loadTypeDefs } from '../../../src/server/type-defs';

describe('the Scope enum', () => {
  it('is the domain scopes, and resolvers map each to its domain value', () => {
    const values = (buildSchema(loadTypeDefs()).getType('Scope') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values).toEqual(SCOPES.map((s) => s.toUpperCase()));
    expect(Object.values(Scope)).toEqual([...SCOPES]);
  });
});
