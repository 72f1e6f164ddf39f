import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';

import { measureOperation } from '../../../src/server/limits/measure-operation';
import { loadTypeDefs } from '../../../src/server/type-defs';

const schema = buildSchema(loadTypeDefs());

function measure(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return measureOperation(schema, doc, op, variables, 20);
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
    expect(many.cost).toBeGreaterThan(few.cost * 8);
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

describe('measureOperation collects fields as execution will', () => {
  it('leaves out what @skip/@include leave out', () => {
    const all = measure(`query($s: Boolean!) { entities(first: 50) { edges { node { id name @skip(if: $s) } } } }`, {
      s: false,
    });
    const skipped = measure(
      `query($s: Boolean!) { entities(first: 50) { edges { node { id name @skip(if: $s) } } } }`,
      { s: true },
    );
    expect(all.cost - skipped.cost).toBe(50);
    expect(measure(`{ entity(id: "x") @include(if: false) { id } }`).cost).toBe(0);
  });

  it('merges fields under one response key, as execution does', () => {
    const once = measure(`{ entities(first: 10) { edges { node { id } } } }`);
    const twice = measure(
      `{ entities(first: 10) { edges { node { id } } } ...Q } fragment Q on Query { entities(first: 10) { edges { node { id } } } }`,
    );
    expect(twice.cost).toBe(once.cost);
  });

  it('applies a fragment only where its type condition can hold', () => {
    const m = measure(`{ relationship(id: "r") { id ... on Relationship { type } } }`);
    expect(m.cost).toBe(3);
  });

  it('takes page sizes from the schema: paged fields and their SDL defaults', () => {
    // mostConnected(first: Int! = 10): its default, not defaultPageSize (20), multiplies.
    const top = measure(`{ stats { mostConnected { degree } } }`);
    expect(top.cost).toBe(1 + 1 + 10 * 1);
    // neighbourhood(limit: Int! = 500)
    const around = measure(`{ neighbourhood(id: "x") { nodes { id } } }`);
    expect(around.cost).toBe(1 + 500 * 2);
  });
});
