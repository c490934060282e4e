import fc from 'fast-check';
import { compareTabDates, isDatedTabName, isoDay, mayBeDefaultSource, TabNameDate, tabNameDate } from '../../../src/core/sources/datedTabs';

const date = (name: string) => {
  const d = tabNameDate(name);
  return d && [d.base, d.text, d.year, d.month, d.day, d.copy];
};

describe('tabNameDate: a tab name that ends in a year or a date (DESIGN §3)', () => {
  it.each([
    ['Touchpoints 2025', ['Touchpoints', '2025', 2025, undefined, undefined, 1]],
    ['Punkty styku 2026-12-01', ['Punkty styku', '2026-12-01', 2026, 12, 1, 1]],
    ['Touchpoints 2025-12', ['Touchpoints', '2025-12', 2025, 12, undefined, 1]],
    ['Punkty styku 01.12.2026', ['Punkty styku', '01.12.2026', 2026, 12, 1, 1]],
    ['Punkty styku 1.12.2026', ['Punkty styku', '1.12.2026', 2026, 12, 1, 1]],
    ['Punkty styku 12.2025', ['Punkty styku', '12.2025', 2025, 12, undefined, 1]],
    ['Touchpoints 2026/02/29', undefined], // 2026 is no leap year
    ['Touchpoints 2024/02/29', ['Touchpoints', '2024/02/29', 2024, 2, 29, 1]],
    ['Touchpoints_2025', ['Touchpoints', '2025', 2025, undefined, undefined, 1]],
    ['Touchpoints - 2025', ['Touchpoints', '2025', 2025, undefined, undefined, 1]],
    ['Touchpoints (2025)', ['Touchpoints', '2025', 2025, undefined, undefined, 1]],
    ['Touchpoints [2025-06]', ['Touchpoints', '2025-06', 2025, 6, undefined, 1]],
    ['Touchpoints 2026-12-01 (2)', ['Touchpoints', '2026-12-01', 2026, 12, 1, 2]],
    ['  Touchpoints 2025  ', ['Touchpoints', '2025', 2025, undefined, undefined, 1]],
    ['Season 2025-2026', ['Season 2025', '2026', 2026, undefined, undefined, 1]],
    ['2025', ['', '2025', 2025, undefined, undefined, 1]],
  ] as const)('%s', (name, expected) => {
    expect(date(name)).toEqual(expected);
  });

  it.each([
    'Touchpoints',
    'Touchpoints (2)', // a second copy of an undated tab
    'Touchpoints2025', // no separator before the year
    'Touchpoints 12025',
    'Touchpoints 2025-13', // no 13th month
    'Touchpoints 13.2025',
    'Touchpoints 2025-02-30',
    'Route 66',
    'Touchpoints 1899',
    'Touchpoints 2100',
    'Touchpoints (2025',
    'Touchpoints 2025)',
    'Touchpoints 2025 notes',
  ])('%s is not dated', (name) => {
    expect(tabNameDate(name)).toBeUndefined();
    expect(isDatedTabName(name)).toBe(false);
  });

  it('reads every ISO day it writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
        expect(iso).toBe(d.toISOString().slice(0, 10));
        expect(tabNameDate(`Touchpoints ${iso}`)).toMatchObject({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }),
    );
  });
});

describe('compareTabDates', () => {
  const of = (name: string) => tabNameDate(name) as TabNameDate;
  it('orders a year before the months and days within it, and copies after their original', () => {
    const names = ['T 2026-12-01 (2)', 'T 2025-01-01', 'T 2026', 'T 2025', 'T 01.12.2026', 'T 2025-01', 'T 11.2026'];
    expect([...names].sort((a, b) => compareTabDates(of(a), of(b)))).toEqual(['T 2025', 'T 2025-01', 'T 2025-01-01', 'T 2026', 'T 11.2026', 'T 01.12.2026', 'T 2026-12-01 (2)']);
  });
});

describe('mayBeDefaultSource: a dated Touchpoints tab is never the default source of a build', () => {
  it('excludes dated Touchpoints tabs only', () => {
    expect(mayBeDefaultSource('touchpoints', 'Touchpoints 2025')).toBe(false);
    expect(mayBeDefaultSource('touchpoints', 'Punkty styku 2026-12-01')).toBe(false);
    expect(mayBeDefaultSource('touchpoints', 'Touchpoints')).toBe(true);
    expect(mayBeDefaultSource('projects', 'Projects 2025')).toBe(true);
    expect(mayBeDefaultSource('responses', 'Responses 2025')).toBe(true);
  });
});
