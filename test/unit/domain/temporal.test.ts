import {
  earliestDay,
  formatPartialDate,
  latestDay,
  parsePartialDate,
  partialDateProblem,
  precisionOfValue,
  temporalBounds,
  temporalPhrase,
  temporalProblems,
  TemporalError,
} from '../../../src/domain';

describe('PartialDate parsing', () => {
  it.each([
    ['2019', 'YEAR'],
    ['2025-04', 'MONTH'],
    ['2025-04-14', 'DAY'],
  ] as const)('%s has precision %s', (value, precision) => {
    expect(parsePartialDate(value)).toEqual({ value, precision });
    expect(parsePartialDate({ value, precision })).toEqual({ value, precision });
    expect(precisionOfValue(value)).toBe(precision);
  });

  it.each([
    ['2025-4', `"2025-4" is not a date: expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'`],
    ['April 2025', `"April 2025" is not a date: expected 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'`],
    ['2025-13', '"2025-13": month 13 is not 01..12'],
    ['2025-00-10', '"2025-00-10": month 00 is not 01..12'],
    ['2025-02-29', '"2025-02-29" is not a calendar day: February 2025 has 28 days'],
    ['2025-04-31', '"2025-04-31" is not a calendar day: April 2025 has 30 days'],
    ['0000', '"0000": year 0000 does not exist'],
  ])('rejects %s, naming the value', (value, message) => {
    expect(partialDateProblem(value)).toBe(message);
    expect(() => parsePartialDate(value)).toThrow(new TemporalError(message));
  });

  it('accepts 29 February in a leap year', () => {
    expect(partialDateProblem('2024-02-29')).toBeNull();
  });

  it('rejects a precision that disagrees with the value', () => {
    expect(partialDateProblem('2025-04', 'DAY')).toBe('"2025-04" has MONTH precision but precision DAY was declared');
    expect(partialDateProblem('2025', 'DECADE')).toBe('precision "DECADE" is not one of DAY, MONTH, YEAR');
  });

  it('rejects a value that is not a string', () => {
    expect(partialDateProblem(2025)).toBe("expected a date string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', got 2025");
  });
});

describe('earliest and latest day', () => {
  it.each([
    ['2019', '2019-01-01', '2019-12-31'],
    ['2025-04', '2025-04-01', '2025-04-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2025-04-14', '2025-04-14', '2025-04-14'],
  ])('%s spans %s..%s', (value, earliest, latest) => {
    const pd = parsePartialDate(value);
    expect(earliestDay(pd)).toBe(earliest);
    expect(latestDay(pd)).toBe(latest);
  });
});

describe('Temporal', () => {
  const d = parsePartialDate;

  it('bounds a point date by its precision', () => {
    expect(temporalBounds({ date: d('2025-03') })).toEqual({ validFrom: '2025-03-01', validTo: '2025-03-31' });
    expect(temporalBounds({ date: d('2025-04-14') })).toEqual({ validFrom: '2025-04-14', validTo: '2025-04-14' });
  });

  it('bounds a span from the earliest day of since to the latest of until, open ends null', () => {
    expect(temporalBounds({ since: d('2019') })).toEqual({ validFrom: '2019-01-01', validTo: null });
    expect(temporalBounds({ until: d('2021-06') })).toEqual({ validFrom: null, validTo: '2021-06-30' });
    expect(temporalBounds({ since: d('2019'), until: d('2021-06') })).toEqual({
      validFrom: '2019-01-01',
      validTo: '2021-06-30',
    });
    expect(temporalBounds({})).toEqual({ validFrom: null, validTo: null });
  });

  it('allows a point date or a span, not both, and since no later than until', () => {
    expect(temporalProblems({ date: d('2025'), since: d('2019') })).toEqual([
      'a point "date" and a "since"/"until" span were both given; use one or the other',
    ]);
    expect(temporalProblems({ since: d('2021'), until: d('2019') })).toEqual(['"since" 2021 is after "until" 2019']);
    expect(temporalProblems({ since: d('2019-05'), until: d('2019') })).toEqual([]);
  });

  it('phrases dates with their precision', () => {
    expect(formatPartialDate(d('2025-04-14'))).toBe('14 April 2025');
    expect(temporalPhrase({ date: d('2025-04-14') })).toBe('on 14 April 2025');
    expect(temporalPhrase({ date: d('2025-04') })).toBe('in April 2025');
    expect(temporalPhrase({ date: d('2019') })).toBe('in 2019');
    expect(temporalPhrase({ since: d('2019') })).toBe('since 2019');
    expect(temporalPhrase({ until: d('2025-03') })).toBe('until March 2025');
    expect(temporalPhrase({ since: d('2019'), until: d('2021') })).toBe('from 2019 until 2021');
    expect(temporalPhrase({})).toBeNull();
  });
});
