import {
  candidateDays,
  commonDate,
  dateBasisProblem,
  parseDateExpression,
  parsePartialDate,
  resolveDateBasis,
  resolveDateExpression,
  type PublicationDays,
} from '../../../src/domain';

const d = parsePartialDate;
/** Article 000: a Thursday in April 2025 before the visit "later this month" on the 14th. */
const ARTICLE_000: PublicationDays = {
  days: candidateDays(d('2025-04'), { before: '2025-04-14', weekday: 'Thursday' }),
  inferred: true,
};
/** Only the month known: any day of April 2025 before the 14th. */
const APRIL_BEFORE_14: PublicationDays = {
  days: candidateDays(d('2025-04'), { before: '2025-04-14' }),
  inferred: true,
};

const resolved = (words: string, publication: PublicationDays, reckoning?: 'past' | 'future') => {
  const result = resolveDateBasis({ words, reckoning }, publication);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('candidate publication days', () => {
  it('keeps the days of the published date that the constraints allow', () => {
    expect(ARTICLE_000.days).toEqual(['2025-04-03', '2025-04-10']);
    expect(APRIL_BEFORE_14.days).toHaveLength(13);
    expect(candidateDays(d('2025-04'), { after: '2025-04-28' })).toEqual(['2025-04-29', '2025-04-30']);
    expect(candidateDays(d('2025-04-14'))).toEqual(['2025-04-14']);
    expect(candidateDays(d('2024'))).toHaveLength(366);
  });

  it('is empty when the constraints exclude every day', () => {
    expect(candidateDays(d('2025-04'), { before: '2025-04-03', weekday: 'Thursday' })).toEqual([]);
  });
});

describe('reading dating words', () => {
  it.each([
    ['Monday', 'past', { kind: 'weekday', weekday: 'Monday', reckoning: 'past' }],
    ['late Wednesday night', 'past', { kind: 'weekday', weekday: 'Wednesday', reckoning: 'past' }],
    ['Thursday afternoon', 'future', { kind: 'weekday', weekday: 'Thursday', reckoning: 'future' }],
    ['last month', undefined, { kind: 'monthOffset', offset: -1 }],
    ['later this month', undefined, { kind: 'monthOffset', offset: 0 }],
    ['next year', undefined, { kind: 'yearOffset', offset: 1 }],
    ['April 14', undefined, { kind: 'dayOfMonth', month: 4, day: 14 }],
    ['2019', undefined, { kind: 'stated', date: { value: '2019', precision: 'YEAR' } }],
    ['March 2025', undefined, { kind: 'stated', date: { value: '2025-03', precision: 'MONTH' } }],
    ['April 14, 2025', undefined, { kind: 'stated', date: { value: '2025-04-14', precision: 'DAY' } }],
  ] as const)('reads %s', (words, reckoning, expression) => {
    expect(parseDateExpression(words, reckoning)).toEqual({ ok: true, expression });
  });

  it('asks which way a bare weekday counts', () => {
    expect(parseDateExpression('Monday')).toEqual({
      ok: false,
      message:
        '"Monday" names a weekday but not which way to count: give reckoning "past" (the last Monday on or before the publication day) or "future" (the next Monday on or after it)',
    });
  });

  it('refuses words it cannot read, and days a month does not have', () => {
    expect(parseDateExpression('just days before')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cannot read "just days before" as a date: expected a weekday/),
    });
    expect(parseDateExpression('April 31')).toEqual({ ok: false, message: '"April 31" is not a day of April' });
  });
});

describe('resolving only as far as every candidate agrees', () => {
  it('gives the year only for a weekday that may fall in either of two months (the Monday of article 000)', () => {
    const { resolution } = resolved('Monday', ARTICLE_000, 'past');
    expect(resolution.candidates.map((c) => c.value)).toEqual(['2025-03-31', '2025-04-07']);
    expect(resolution.date).toEqual(d('2025'));
  });

  it('gives the month when every candidate day lies in it ("late Wednesday night", "Thursday afternoon")', () => {
    expect(resolved('late Wednesday night', ARTICLE_000, 'past').resolution).toEqual({
      date: d('2025-04'),
      candidates: [d('2025-04-02'), d('2025-04-09')],
    });
    // A Thursday "set for Thursday" on a Thursday is that day.
    expect(resolved('Thursday afternoon', ARTICLE_000, 'future').resolution.date).toEqual(d('2025-04'));
  });

  it('loses the month when the publication day is known only to the month', () => {
    expect(resolved('late Wednesday night', APRIL_BEFORE_14, 'past').resolution.date).toEqual(d('2025'));
    expect(resolved('Thursday', APRIL_BEFORE_14, 'future').resolution.date).toEqual(d('2025-04'));
  });

  it('gives the day when there is one candidate', () => {
    const one = { days: ['2025-04-03'], inferred: false };
    expect(resolved('Monday', one, 'past').resolution.date).toEqual(d('2025-03-31'));
    expect(resolved('Thursday', one, 'past').resolution.date).toEqual(d('2025-04-03'));
  });

  it('resolves month, year and day-of-month words', () => {
    expect(resolved('last month', ARTICLE_000).resolution.date).toEqual(d('2025-03'));
    expect(resolved('later this month', ARTICLE_000).resolution.date).toEqual(d('2025-04'));
    expect(resolved('April 14', ARTICLE_000).resolution.date).toEqual(d('2025-04-14'));
    expect(resolved('last year', ARTICLE_000).resolution.date).toEqual(d('2024'));
    const january = { days: candidateDays(d('2025-01')), inferred: false };
    expect(resolved('last month', january).resolution.date).toEqual(d('2024-12'));
  });

  it('leaves the fact undated when the candidates do not share a year', () => {
    const newYear = { days: ['2024-12-31', '2025-01-07'], inferred: false };
    expect(resolved('Monday', newYear, 'past').resolution).toEqual({
      date: null,
      candidates: [d('2024-12-30'), d('2025-01-06')],
    });
    // Both candidates give the same Monday: one day, whatever the year of publication.
    expect(resolved('Monday', { days: ['2024-12-31', '2025-01-02'], inferred: false }, 'past').resolution.date).toEqual(
      d('2024-12-30'),
    );
    expect(resolved('this month', newYear).resolution.date).toBeNull();
    expect(resolveDateExpression({ kind: 'monthOffset', offset: 0 }, []).date).toBeNull();
  });

  it('needs no publication day for a stated date', () => {
    expect(resolved('2019', { days: [], inferred: false }).resolution.date).toEqual(d('2019'));
  });

  it('takes the finest date containing every candidate', () => {
    expect(commonDate([d('2025-04-03'), d('2025-04-03')])).toEqual(d('2025-04-03'));
    expect(commonDate([d('2025-03'), d('2025-03-31')])).toEqual(d('2025-03'));
    expect(commonDate([d('2025-03'), d('2025-04')])).toEqual(d('2025'));
    expect(commonDate([])).toBeNull();
  });

  it('describes what it did in words an analyst can check', () => {
    expect(resolved('Monday', ARTICLE_000, 'past').description).toBe(
      "'Monday', the last Monday on or before the publication day (inferred to be 3 April 2025 or 10 April 2025), is 31 March 2025 or 7 April 2025, which agree only on 2025",
    );
    expect(resolved('last month', ARTICLE_000).description).toBe(
      "'last month', counted from the publication day (inferred to be 3 April 2025 or 10 April 2025), is March 2025",
    );
    expect(resolved('2019', ARTICLE_000).description).toBe("'2019' is stated");
  });
});

describe('a date checked against its basis', () => {
  const monday = resolved('Monday', ARTICLE_000, 'past').resolution;

  it('flags a date more precise than the basis allows, naming what to write', () => {
    expect(dateBasisProblem(d('2025-04'), 'Monday', monday)).toBe(
      `2025-04 (MONTH) is more precise than 'Monday' allows: it means 31 March 2025 or 7 April 2025, which agree only on 2025; write "2025"`,
    );
  });

  it('flags a date that disagrees with the basis', () => {
    const lastMonth = resolved('last month', ARTICLE_000).resolution;
    expect(dateBasisProblem(d('2025-04'), 'last month', lastMonth)).toBe(
      `2025-04 disagrees with 'last month', which means March 2025 ("2025-03")`,
    );
  });

  it('flags any date when the basis fixes none', () => {
    const none = resolveDateExpression({ kind: 'weekday', weekday: 'Monday', reckoning: 'past' }, []);
    expect(dateBasisProblem(d('2025'), 'Monday', none)).toMatch(/leave the fact undated and keep the words/);
  });

  it('accepts the resolved date and any coarser date containing it', () => {
    expect(dateBasisProblem(d('2025'), 'Monday', monday)).toBeNull();
    const april14 = resolved('April 14', ARTICLE_000).resolution;
    expect(dateBasisProblem(d('2025-04-14'), 'April 14', april14)).toBeNull();
    expect(dateBasisProblem(d('2025-04'), 'April 14', april14)).toBeNull();
  });
});
