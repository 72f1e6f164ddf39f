import { buildSchema, parse, specifiedRules, validate } from 'graphql';

import { documentBoundsRule, documentRefusal } from '../../../src/server/limits/document-bounds';
import { measureDocument } from '../../../src/server/limits/document-size';

const size = (query: string) => measureDocument(parse(query, { maxTokens: 1e6 }));
const LIMITS = {
  maxFields: 100,
  maxFieldsPerSelection: 200,
  maxAliases: 5,
  maxFragmentSpreads: 10,
  maxDirectives: 10,
  maxVariables: 10,
  maxStringLength: 100,
};

describe('measureDocument (one linear pass, before validation)', () => {
  it('counts every field, __typename and aliases of __typename included', () => {
    expect(size('{ a: __typename b: __typename __typename stats { entityCount } }')).toMatchObject({
      fields: 5,
      aliases: 2,
    });
  });

  it('expands fragments where they are spread: twice spread, twice counted', () => {
    const query = `{ ...F ...F stats { ...G } } fragment F on Query { x: __typename } fragment G on Stats { entityCount a: entityCount }`;
    expect(size(query)).toMatchObject({ fields: 1 + 1 + 1 + 2, aliases: 1 + 1 + 1, fragmentSpreads: 3 });
  });

  it('counts a chain of doubling fragments in linear time (2^40 fields, not a 2^40 walk)', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ ...F0 } ${chain.join(' ')} fragment F40 on Query { __typename }`;
    expect(size(query).fields).toBe(2 ** 40);
  });

  it('survives fragment cycles (validation refuses them) and a spread chain longer than the call stack', () => {
    expect(
      size('{ ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }').fields,
    ).toBe(2);
    const chain = Array.from({ length: 20_000 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`);
    expect(size(`{ ...F0 } ${chain.join(' ')} fragment F20000 on Query { __typename }`).fields).toBe(1);
  });

  it('counts fragments no operation spreads, and a fragment hidden behind a duplicate name', () => {
    expect(size('{ __typename } fragment U on Query { a b c }').fields).toBe(4);
    expect(size('{ ...D } fragment D on Query { a b c } fragment D on Query { x }').fields).toBe(4);
  });

  it('counts the fields of the largest selection set, its inline fragments included', () => {
    expect(size('{ a b stats { c d e ... on Stats { f g } } } fragment F on Query { h }').fieldsPerSelection).toBe(5);
  });

  it('counts directives, variables and the longest string', () => {
    const query = `query($a: Int, $b: String = "four") @x { entity(id: "seventeen chars!!") @include(if: true) { id @skip(if: false) } }`;
    expect(size(query)).toMatchObject({ directives: 3, variables: 2, longestString: 17 });
  });
});

describe('documentRefusal', () => {
  it('names the first limit exceeded, its value and what came', () => {
    const refusal = documentRefusal({ ...size('{ __typename }'), aliases: 6 }, LIMITS);
    expect(refusal).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      message: 'The query uses 6 aliases; the limit maxAliases = 5.',
      details: { limit: 'maxAliases', value: 5 },
    });
    expect(documentRefusal(size('{ __typename }'), LIMITS)).toBeNull();
  });
});

describe('documentBoundsRule inside graphql validate', () => {
  const schema = buildSchema('type Query { a: Int b: Int }');
  const rules = [...specifiedRules, documentBoundsRule(LIMITS)]; // Apollo's order

  it('stops validation with its own error first, then graphql`s abort marker (the plugin drops that one)', () => {
    const errors = validate(schema, parse(`{ ${'a '.repeat(101)} }`), rules);
    expect(errors.map((e) => e.message)).toEqual([
      'The query selects 101 fields (fragments expanded, aliases included); the limit maxFields = 100.',
      'Validation aborted.',
    ]);
    expect(errors[0]!.originalError).toMatchObject({ code: 'LIMIT_EXCEEDED' });
  });

  it('lets a document within the limits through to the other rules', () => {
    expect(validate(schema, parse('{ a b }'), rules)).toEqual([]);
    expect(validate(schema, parse('{ c }'), rules).map((e) => e.message)).toEqual([
      expect.stringMatching(/^Cannot query field "c" on type "Query"/),
    ]);
  });
});
