import { decodeCursor, encodeCursor } from '../../../src/graph/pagination';
import { NewsgraphError } from '../../../src/domain/errors';

describe('cursors', () => {
  it('round-trips sort key and id', () => {
    expect(decodeCursor(encodeCursor(['Nayib Bukele', 'nayib-bukele']), 2)).toEqual(['Nayib Bukele', 'nayib-bukele']);
    expect(decodeCursor(encodeCursor([0.9, 'r1']), 2)).toEqual([0.9, 'r1']);
  });

  it('refuses a cursor it did not issue, as bad input naming the argument', () => {
    for (const bad of ['nope', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(NewsgraphError);
        expect((error as NewsgraphError).code).toBe('BAD_USER_INPUT');
        expect((error as Error).message).toMatch(/"after"/);
      }
    }
  });
});
