import { parseQueryExamples } from '../../src/docs/examples';

describe('parseQueryExamples', () => {
  it('takes each ### heading with its graphql block, variables and section', () => {
    const md = [
      '# Title',
      '## Section A',
      '### First',
      '```graphql',
      'query A { a }',
      '```',
      '```json variables',
      '{ "x": 1 }',
      '```',
      '```json response',
      '{ "data": {} }',
      '```',
      '### No query here',
      'text',
      '## Section B',
      '### Second',
      '```graphql',
      '{ b }',
      '```',
    ].join('\n');
    expect(parseQueryExamples(md)).toEqual([
      { title: 'First', section: 'Section A', query: 'query A { a }', variables: { x: 1 } },
      { title: 'Second', section: 'Section B', query: '{ b }', variables: null },
    ]);
  });
});
