import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

import { measureOperation } from '../../../src/server/limits/measure-operation';

function measure(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return measureOperation(op, fragments, variables, { first: 20, limit: 500 });
}

describe('measureOperation', () => {
  it('counts depth through fields, fragments and inline fragments', () => {
    const m = measure(`
      query { entity(id: "x") { ...F ... on Person { roles } } }
      fragment F on Entity { id relationships(first: 2) { edges { node { id } } } }`);
    expect(m.depth).toBe(5);
  });

  it('multiplies nested list sizes by first, taking variables into account', () => {
    const small = measure(`query($n: Int) { entities(first: $n) { edges { node { id } } } }`, { n: 10 });
    const large = measure(`query($n: Int) { entities(first: $n) { edges { node { id } } } }`, { n: 100 });
    expect(large.cost).toBeGreaterThan(small.cost * 9);
    const nested = measure(
      `{ entities(first: 10) { edges { node { relationships(first: 10) { edges { node { id } } } } } } }`,
    );
    expect(nested.cost).toBeGreaterThan(10 * 10);
  });

  it('assumes the default page size when first is absent on a paged field', () => {
    const m = measure(`{ entities { edges { node { id } } } }`);
    const explicit = measure(`{ entities(first: 20) { edges { node { id } } } }`);
    expect(m.cost).toBe(explicit.cost);
  });

  it('uses limit for subgraph fields', () => {
    const m = measure(`{ neighbourhood(id: "x", limit: 1000) { nodes { id } } }`);
    expect(m.cost).toBeGreaterThanOrEqual(2 * 1000);
  });

  it('multiplies by k for k-path queries', () => {
    const few = measure(`{ paths(from: "a", to: "b", k: 2) { paths { hops { step } } } }`);
    const many = measure(`{ paths(from: "a", to: "b", k: 20) { paths { hops { step } } } }`);
    expect(many.cost).toBeGreaterThan(few.cost * 9);
  });

  it('counts aliases and ignores introspection fields', () => {
    expect(measure(`{ a: entity(id: "1") { id } b: entity(id: "2") { id } }`).aliases).toBe(2);
    expect(measure(`{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }`).depth).toBe(
      0,
    );
  });

  it('does not loop on a fragment that spreads itself', () => {
    const m = measure(`{ entity(id: "x") { ...A } } fragment A on Entity { id ...A }`);
    expect(m.depth).toBe(2);
  });
});
