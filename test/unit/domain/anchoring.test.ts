import { ANCHORING, anchorQuote, selectorOf } from '../../../src/domain/anchoring';
import { quoteContext } from '../../../src/domain/quote-context';

const OLD =
  'The judge ordered a halt on Saturday. Lawyers said the men had no ties to the gang. ' +
  'The judge ordered a halt again on Monday, and the government appealed the order.';

/** The selector a stored source would have in OLD. */
function stored(quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = OLD.indexOf(quote, start + 1);
  return selectorOf({ quote, start, end: start + quote.length }, OLD);
}

describe('quoteContext', () => {
  it('takes up to 32 characters each side, fewer at the ends of the text', () => {
    expect(quoteContext('abcdef', 2, 4, 32)).toEqual({ prefix: 'ab', suffix: 'ef' });
    const at = OLD.indexOf('Lawyers');
    const { prefix, suffix } = quoteContext(OLD, at, at + 7);
    expect(prefix).toBe(OLD.slice(at - 32, at));
    expect(suffix).toHaveLength(32);
  });
});

describe('anchorQuote', () => {
  it('places a unique exact quote that moved, with its new context', () => {
    const next = `Breaking. ${OLD}`;
    const got = anchorQuote(stored('Lawyers said the men'), next);
    expect(got).toMatchObject({ status: 'EXACT', start: OLD.indexOf('Lawyers') + 10, score: 1 });
    if (got.status === 'NOT_PLACED') throw new Error('not placed');
    expect(next.slice(got.start, got.end)).toBe('Lawyers said the men');
    expect(got.prefix).toBe(next.slice(got.start - 32, got.start));
  });

  it('takes the occurrence whose context matches, not the first, when the quote occurs twice', () => {
    const next = `A sentence was added before everything else here. ${OLD}`;
    const second = stored('The judge ordered a halt', 1);
    const got = anchorQuote(second, next);
    expect(got.status).toBe('EXACT');
    if (got.status === 'NOT_PLACED') throw new Error('not placed');
    expect(got.start).toBe(next.lastIndexOf('The judge ordered a halt'));
    const first = anchorQuote(stored('The judge ordered a halt', 0), next);
    expect(first).toMatchObject({ status: 'EXACT', start: next.indexOf('The judge ordered a halt') });
  });

  it('refuses to choose when two occurrences have the same context', () => {
    const twice = 'x said: the order stands. y said: the order stands. ';
    const selector = { quote: 'the order stands', start: 200, prefix: 'said: ', suffix: '. ' };
    const got = anchorQuote(selector, twice);
    expect(got.status).toBe('NOT_PLACED');
    if (got.status !== 'NOT_PLACED') throw new Error('placed');
    expect(got.reason).toMatch(/fits 2 places equally well \(at 8, 34\)/);
  });

  it('moves a quote whose words changed a little (a fixed typo) to the new words, with a score', () => {
    const withTypo = OLD.replace('no ties to', 'no tees to');
    const selector = selectorOf(
      { quote: 'the men had no tees to the gang', start: withTypo.indexOf('the men'), end: 0 },
      withTypo,
    );
    const got = anchorQuote(selector, OLD);
    expect(got.status).toBe('FUZZY');
    if (got.status === 'NOT_PLACED') throw new Error('not placed');
    expect(got.quote).toBe('the men had no ties to the gang');
    expect(OLD.slice(got.start, got.end)).toBe(got.quote);
    expect(got.score).toBeGreaterThanOrEqual(ANCHORING.minScore);
    expect(got.score).toBeLessThan(1);
  });

  it('moves a quote across reflowed whitespace', () => {
    const quote = 'the government appealed the order';
    const reflowed = OLD.replace('the government appealed', 'the\ngovernment  appealed');
    const got = anchorQuote(stored(quote), reflowed);
    expect(got).toMatchObject({ status: 'FUZZY', quote: 'the\ngovernment  appealed the order' });
  });

  it('finds a quote of 64 characters (a multiple of the library word size) whose words changed', () => {
    const quote = 'Lawyers said the men had no ties to the gang. The judge ordered ';
    expect(quote).toHaveLength(64);
    const reflowed = OLD.replace('had no ties', 'had  no\nties');
    const got = anchorQuote(stored(quote), reflowed);
    expect(got).toMatchObject({ status: 'FUZZY', start: OLD.indexOf('Lawyers') });
    if (got.status === 'NOT_PLACED') throw new Error('not placed');
    expect(got.quote).toBe(quote.replace('had no ties', 'had  no\nties'));
  });

  it('does not place a quote whose words were rewritten, and says why', () => {
    const rewritten = OLD.replace('Lawyers said the men had no ties to the gang', 'Counsel disputed any gang link');
    const got = anchorQuote(stored('Lawyers said the men had no ties to the gang'), rewritten);
    expect(got.status).toBe('NOT_PLACED');
    if (got.status !== 'NOT_PLACED') throw new Error('placed');
    expect(got.reason).toMatch(/no passage of the new text is within 11 edit\(s\)|closest passage/);
  });

  it('does not move a quote to a weak match even within the edit budget', () => {
    // 4 edits in 20 characters: inside the search's budget, under the words' similarity threshold.
    const selector = selectorOf(
      { quote: 'ordered a halt again', start: OLD.indexOf('ordered a halt again'), end: 0 },
      OLD,
    );
    const got = anchorQuote(selector, OLD.replace('ordered a halt again', 'ordered a stay twice'));
    expect(got.status).toBe('NOT_PLACED');
    if (got.status !== 'NOT_PLACED') throw new Error('placed');
    expect(got.reason).toMatch(/closest passage|no passage/);
  });
});
