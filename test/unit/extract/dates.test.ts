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

  it('a weekday is a day only when the publication day is known; with a month, the month', () => {
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), day).date).toEqual({
      value: '2025-04-14',
      precision: 'DAY',
    });
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), month)).toMatchObject({
      date: { value: '2025-04', precision: 'MONTH' },
      resolved: true,
    });
    expect(resolveStatedDate(at([2025, 4, 14], { weekday: true }), { value: '2025', precision: 'YEAR' })).toMatchObject(
      {
        date: null,
        resolved: false,
      },
    );
  });

  it('"last month" needs the publication month; a month and day take the publication year', () => {
    expect(resolveStatedDate(at([2025, 3, 15], { relative: 'month' }), month).date).toEqual({
      value: '2025-03',
      precision: 'MONTH',
    });
    expect(resolveStatedDate(at([2025, 3, 15], { relative: 'month' }), null)).toMatchObject({
      date: null,
      resolved: false,
    });
    expect(resolveStatedDate(at([2025, 4, 14], { month: 4, day: 14 }), month)).toMatchObject({
      date: { value: '2025-04-14', precision: 'DAY' },
      basis: 'year from publication',
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
