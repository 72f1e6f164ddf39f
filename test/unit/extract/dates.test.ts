import { extract, resolveStatedDate, type StatedDate } from '../../../src/extract';

const at = (computed: [number, number, number], over: Partial<StatedDate> = {}): StatedDate => ({
  weekday: false,
  relative: null,
  computed: { year: computed[0], month: computed[1], day: computed[2] },
  ...over,
});

describe('dates resolved against the publication date, only as far as the text allows', () => {
  const month = { value: '2025-04', precision: 'MONTH' } as const;
  const day = { value: '2025-03-19', precision: 'DAY' } as const;

  it('a weekday is read on every possible publication day, as the domain rule does (relative-dates.ts)', () => {
    // 14 April 2025 is a Monday: chrono's day says which weekday; the publication day says which Monday.
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), day)).toMatchObject({
      date: { value: '2025-03-17', precision: 'DAY' },
      basis: 'weekday on or before the publication day',
    });
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true, reckoning: 'future' }), day).date).toEqual({
      value: '2025-03-24',
      precision: 'DAY',
    });
    // Published some day in April 2025: the last Monday is 31 March or a Monday of April: they share only the year.
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), month)).toMatchObject({
      date: { value: '2025', precision: 'YEAR' },
      resolved: true,
    });
    // Published some day of 2025: from 30 December 2024 to 29 December 2025, no common year.
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), { value: '2025', precision: 'YEAR' })).toMatchObject(
      { date: null, resolved: false },
    );
  });

  it('"last month" needs the publication month; a month and day take the publication year', () => {
    expect(resolveStatedDate(at([2025, 3, 15], { relative: 'month', offset: -1 }), month).date).toEqual({
      value: '2025-03',
      precision: 'MONTH',
    });
    expect(resolveStatedDate(at([2025, 3, 15], { relative: 'month', offset: -1 }), null)).toMatchObject({
      date: null,
      resolved: false,
    });
    expect(resolveStatedDate(at([2025, 4, 14], { month: 4, day: 14 }), month)).toMatchObject({
      date: { value: '2025-04-14', precision: 'DAY' },
      basis: 'year from publication',
    });
  });

  it('"yesterday" is a day only when the publication day is known, else as precise as its readings agree', () => {
    expect(resolveStatedDate(at([2025, 3, 18], { relative: 'day', offset: -1 }), day).date).toEqual({
      value: '2025-03-18',
      precision: 'DAY',
    });
    // Published some day of April 2025: yesterday is 31 March to 29 April.
    expect(resolveStatedDate(at([2025, 4, 14], { relative: 'day', offset: -1 }), month).date).toEqual({
      value: '2025',
      precision: 'YEAR',
    });
  });

  it('in article text: past weekdays, "since 2019" as a span start, durations left unresolved', () => {
    const text =
      'The judge ruled on Saturday. He has led the court since 2019. The order lasts for 14 days. A hearing is set for Thursday.';
    const x = extract({ text, published: day, known: [] });
    const byText = Object.fromEntries(x.dates.map((d) => [d.surface.trim(), d]));
    expect(byText['on Saturday']!.date).toEqual({ value: '2025-03-15', precision: 'DAY' });
    expect(byText['2019']).toMatchObject({ date: { value: '2019', precision: 'YEAR' }, since: true });
    expect(byText['for 14 days']).toMatchObject({ date: null, resolved: false });
    expect(byText['Thursday']!.date).toEqual({ value: '2025-03-20', precision: 'DAY' });
  });
});
