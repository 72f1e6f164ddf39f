import { luceneQuery } from '../../../src/graph/queries/search-entities';

describe('luceneQuery', () => {
  it('matches each word exactly, as a prefix, or fuzzily by length', () => {
    expect(luceneQuery('Bukele')).toBe('(bukele^3 OR bukele* OR bukele~1)');
    expect(luceneQuery('tren aragua')).toBe('(tren^3 OR tren* OR tren~1) AND (aragua^3 OR aragua* OR aragua~1)');
    expect(luceneQuery('salvadoran')).toContain('salvadoran~2');
    expect(luceneQuery('ms')).toBe('(ms^3 OR ms*)');
  });

  it('strips Lucene syntax so user text cannot change the query shape', () => {
    expect(luceneQuery('MS-13 (gang) AND "x"')).toBe(
      '(ms^3 OR ms*) AND (13^3 OR 13*) AND (gang^3 OR gang* OR gang~1) AND (x^3 OR x*)',
    );
    expect(luceneQuery('  *** ')).toBeNull();
  });
});
