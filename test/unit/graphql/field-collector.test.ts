import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

import { fieldsOf, selectionOf, subfields } from '../../../src/graphql/field-collector';
import { loadTypeDefs } from '../../../src/server/type-defs';

const schema = buildSchema(loadTypeDefs());

/** The `entity` root field of a query, as a resolver's info would hold it. */
function entityField(query: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const context = { schema, fragments, variableValues };
  const [entity] = fieldsOf(context, schema.getQueryType()!, operation.selectionSet);
  return { context, entity: selectionOf(entity!) };
}

describe('the field collector', () => {
  it('finds a field through fragments and inline fragments, on each kind whose type condition holds', () => {
    const { context, entity } = entityField(`{ entity(id: "x") {
      ...on Person { people: relationships(first: 1) { totalCount } }
      ...Countries } }
      fragment Countries on Country { relationships(first: 2) { totalCount } }`);
    const found = subfields(entity, context, 'relationships');
    expect(found.map((f) => `${f.parentType.name}.${f.responseKey}`)).toEqual([
      'Person.people',
      'Country.relationships',
    ]);
  });

  it('leaves out what @skip and @include leave out, reading variables', () => {
    const query = `query($on: Boolean!) { entity(id: "x") { relationships(first: 1) @include(if: $on) { totalCount } } }`;
    const off = entityField(query, { on: false });
    expect(subfields(off.entity, off.context, 'relationships')).toEqual([]);
    const on = entityField(query, { on: true });
    expect(subfields(on.entity, on.context, 'relationships')).toHaveLength(11);
  });

  it('merges the nodes of one response key, and goes a level deeper from a collected field', () => {
    const { context, entity } = entityField(`{ entity(id: "x") {
      ...on Person { relationships(first: 1) { edges { cursor } } }
      ...on Person { relationships(first: 1) { edges { node { id } } } } } }`);
    const [relationships] = subfields(entity, context, 'relationships');
    expect(relationships!.nodes).toHaveLength(2);
    const [edges] = subfields(selectionOf(relationships!), context, 'edges');
    expect(edges!.nodes).toHaveLength(2);
    expect(edges!.parentType.name).toBe('RelationshipConnection');
  });
});
