import {
  buildSchema,
  getVariableValues,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

import { loadConfig } from '../../../src/config/load';
import { measureOperation } from '../../../src/server/limits/measure-operation';
import { loadTypeDefs } from '../../../src/server/type-defs';

const schema = buildSchema(loadTypeDefs());
const limits = loadConfig({}).limits;

function measure(query: string, inputs: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const { coerced } = getVariableValues(schema, op.variableDefinitions ?? [], inputs);
  return measureOperation({ schema, fragments, variableValues: coerced! }, op, limits);
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
    // The root field costs 1; what it selects, k times.
    expect(many.cost - 1).toBe(10 * (few.cost - 1));
  });

  it('ignores introspection fields', () => {
    expect(measure(`{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }`).depth).toBe(
      0,
    );
  });

  it('does not loop on a fragment that spreads itself', () => {
    const m = measure(`{ entity(id: "x") { ...A } } fragment A on Entity { id ...A }`);
    expect(m.depth).toBe(2);
  });

  it('measures a fragment on a kind only for that kind: the costliest kind counts, not the sum', () => {
    const one = measure(`{ entity(id: "x") { ... on Person { relationships(first: 50) { edges { node { id } } } } } }`);
    const both = measure(`{ entity(id: "x") {
      ... on Person { relationships(first: 50) { edges { node { id } } } }
      ... on Country { region: relationships(first: 50) { edges { node { id } } } } } }`);
    expect(both.cost).toBe(one.cost);
    const typed = measure(
      `{ entity(id: "x") { ...P } } fragment P on Person { relationships(first: 50) { edges { node { id } } } }`,
    );
    expect(typed.cost).toBe(one.cost);
  });

  it('leaves out what @skip or @include leave out, by literal or by variable', () => {
    const page = `relationships(first: 50) { edges { node { id } } }`;
    const bare = measure(`{ entity(id: "x") { id } }`);
    const full = measure(`{ entity(id: "x") { id ${page} } }`);
    expect(full.cost).toBeGreaterThan(bare.cost + 50);
    expect(
      measure(`{ entity(id: "x") { id relationships(first: 50) @skip(if: false) { edges { node { id } } } } }`).cost,
    ).toBe(full.cost);
    expect(
      measure(`{ entity(id: "x") { id relationships(first: 50) @skip(if: true) { edges { node { id } } } } }`).cost,
    ).toBe(bare.cost);
    const q = `query($more: Boolean!) { entity(id: "x") { id ...on Entity @include(if: $more) { ${page} } } }`;
    expect(measure(q, { more: false }).cost).toBe(bare.cost);
    expect(measure(q, { more: true }).cost).toBe(full.cost);
  });

  it('merges fields under one response key as execution does', () => {
    const once = measure(`{ entities(first: 10) { edges { node { id } } } }`);
    const twice = measure(
      `{ entities(first: 10) { edges { node { id } } } entities(first: 10) { edges { node { id } } } }`,
    );
    expect(twice.cost).toBe(once.cost);
  });

  it('sizes a paged field by its SDL default, else its configured one', () => {
    const k = measure(`{ paths(from: "a", to: "b") { paths { hops { step } } } }`);
    const k3 = measure(`{ paths(from: "a", to: "b", k: 3) { paths { hops { step } } } }`);
    expect(k.cost).toBe(k3.cost);
    const limit = measure(`{ neighbourhood(id: "x") { nodes { id } } }`);
    const limit500 = measure(`{ neighbourhood(id: "x", limit: 500) { nodes { id } } }`);
    expect(limit.cost).toBe(limit500.cost);
    const stats = measure(`{ stats { mostConnected { degree } } }`);
    const stats10 = measure(`{ stats { mostConnected(first: 10) { degree } } }`);
    expect(stats.cost).toBe(stats10.cost);
    expect(stats.cost).toBeGreaterThan(measure(`{ stats { mostConnected(first: 1) { degree } } }`).cost);
  });

  it('says whether a variable counts, so a measure that reads none can be kept for the document', () => {
    expect(
      measure(`query($id: ID!) { entity(id: $id) { relationships(first: 5) { totalCount } } }`, { id: 'x' })
        .readsVariables,
    ).toBe(false);
    expect(measure(`query($n: Int) { entities(first: $n) { totalCount } }`, { n: 5 }).readsVariables).toBe(true);
    expect(measure(`query($s: Boolean!) { entities @skip(if: $s) { totalCount } }`, { s: true }).readsVariables).toBe(
      true,
    );
  });
});
