import fc from 'fast-check';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';
import { buildReverification, isDifferentiatorLost, REVERIFICATION_STATUSES, reverificationStatus } from '../../../src/core/reverification/reverification';

function row(sheetRow: number, stage: string, touchpoint: string, path: string | undefined, valuation: number | undefined, extra: Partial<TouchpointRow> = {}): TouchpointRow {
  return { sheetRow, stage, touchpoint, path, valuation, target: undefined, momentOfTruth: false, effortPoint: false, reach: undefined, owner: undefined, ...extra };
}

/**
 * Two valuations of one journey, worked by hand (DESIGN §4: matched by path and name
 * ignoring case, accents and punctuation; a blank path matches a blank path only; status,
 * the first that applies: New, Retired, Not valued, Now negative, Worse, Better, Same).
 *
 *   touchpoint (now / before)     path (now / before)  before now │ change status
 *   AD / Ad                       —                       +1   +1 │   0    Same          (case)
 *   Website                       Online                  +2    0 │  −2    Worse         lost differentiator
 *   Leaflet                       Store / —                —    0 │   —    New           (blank path ≠ Store)
 *   Store window (row 14)         Store                    —   −2 │   —    New           (stage Before reappears)
 *   Checkout                      Online                   0   −1 │  −1    Now negative
 *   Till                          Store                   +2   +1 │  −1    Worse         lost differentiator
 *   Kiosk                         Store                    —   +2 │   —    New
 *   platnosc / Płatność           ONLINE / Online         +1   +1 │   0    Same          (accents, case)
 *   Returns                       —                        —   −2 │   —    Now negative  (before blank)
 *   Helpline. / Helpline          —                       +1   +2 │  +1    Better        (punctuation)
 *   Wi-Fi                         —                       +2    — │   —    Not valued    lost differentiator
 *   Chat                          —                        —    — │   —    New
 *   Invoice                       —                       −1   −2 │  −1    Worse         (already below 0)
 *   Leaflet (before only)         —                        0    — │   —    Retired
 *   Survey (before only)          —                       −1    — │   —    Retired
 */
const BEFORE = [
  row(2, 'Before', 'Ad', undefined, 1),
  row(3, 'Before', 'Website', 'Online', 2),
  row(4, 'Before', 'Leaflet', undefined, 0, { owner: 'Print shop' }),
  row(5, 'Buy', 'Checkout', 'Online', 0),
  row(6, 'Buy', 'Till', 'Store', 2),
  row(7, 'Buy', 'Płatność', 'Online', 1),
  row(8, 'After', 'Returns', undefined, undefined),
  row(9, 'After', 'Helpline', undefined, 1),
  row(10, 'After', 'Wi-Fi', undefined, 2, { momentOfTruth: true }),
  row(11, 'After', 'Invoice', undefined, -1),
  row(12, 'Care', 'Survey', undefined, -1, { effortPoint: true }),
];
const NOW = [
  row(2, 'Before', 'AD', undefined, 1),
  row(3, 'Before', 'Website', 'Online', 0, { momentOfTruth: true, owner: 'E-commerce' }),
  row(4, 'Before', 'Leaflet', 'Store', 0),
  row(5, 'Buy', 'Checkout', 'Online', -1),
  row(6, 'Buy', 'Till', 'Store', 1),
  row(7, 'Buy', 'Kiosk', 'Store', 2),
  row(8, 'Buy', 'platnosc', 'ONLINE', 1),
  row(9, 'after', 'Returns', undefined, -2),
  row(10, 'After', 'Helpline.', undefined, 2),
  row(11, 'After', 'Wi-Fi', undefined, undefined),
  row(12, 'After', 'Chat', undefined, undefined),
  row(13, 'After', 'Invoice', undefined, -2),
  row(14, 'Before', 'Store window', 'Store', -2),
];
const model = buildReverification(BEFORE, NOW);

describe('re-verification of a hand-worked journey', () => {
  it('gives every touchpoint its Before, Now, Change and Status, now in journey order and retired ones last', () => {
    expect(model.touchpoints.map((t) => [t.name, t.path, t.before, t.now, t.change, t.status])).toEqual([
      ['AD', undefined, 1, 1, 0, 'same'],
      ['Website', 'Online', 2, 0, -2, 'worse'],
      ['Leaflet', 'Store', undefined, 0, undefined, 'new'],
      ['Store window', 'Store', undefined, -2, undefined, 'new'],
      ['Checkout', 'Online', 0, -1, -1, 'nowNegative'],
      ['Till', 'Store', 2, 1, -1, 'worse'],
      ['Kiosk', 'Store', undefined, 2, undefined, 'new'],
      ['platnosc', 'ONLINE', 1, 1, 0, 'same'],
      ['Returns', undefined, undefined, -2, undefined, 'nowNegative'],
      ['Helpline.', undefined, 1, 2, 1, 'better'],
      ['Wi-Fi', undefined, 2, undefined, undefined, 'notValued'],
      ['Chat', undefined, undefined, undefined, undefined, 'new'],
      ['Invoice', undefined, -1, -2, -1, 'worse'],
      ['Leaflet', undefined, 0, undefined, undefined, 'retired'],
      ['Survey', undefined, -1, undefined, undefined, 'retired'],
    ]);
  });

  it('keeps each table\'s rows, stage, flags and owner: now\'s for a current touchpoint, before\'s for a retired one', () => {
    const [website] = model.touchpoints.filter((t) => t.name === 'Website');
    expect(website).toMatchObject({ stage: 'Before', beforeRow: 3, nowRow: 3, momentOfTruth: true, owner: 'E-commerce' });
    const wifi = model.touchpoints.find((t) => t.name === 'Wi-Fi')!;
    expect(wifi).toMatchObject({ beforeRow: 10, nowRow: 11, momentOfTruth: false });
    const retired = model.touchpoints.slice(-2);
    expect(retired.map((t) => [t.stage, t.beforeRow, t.nowRow, t.owner, t.effortPoint])).toEqual([
      ['Before', 4, undefined, 'Print shop', false],
      ['Care', 12, undefined, undefined, true],
    ]);
    expect(model.hasPaths).toBe(true);
  });

  it('counts each status, in DESIGN order', () => {
    expect(model.summary.counts).toEqual({ new: 4, retired: 2, notValued: 1, nowNegative: 2, worse: 3, better: 1, same: 2 });
    expect(Object.keys(model.summary.counts)).toEqual(REVERIFICATION_STATUSES);
    expect([model.summary.touchpointsBefore, model.summary.touchpointsNow]).toEqual([11, 13]);
  });

  it('names the differentiators lost (+2 before; now below +2, retired or not valued) and the touchpoints newly below 0', () => {
    expect(model.summary.differentiatorsLost.map((t) => [t.name, t.before, t.now, t.status])).toEqual([
      ['Website', 2, 0, 'worse'],
      ['Till', 2, 1, 'worse'],
      ['Wi-Fi', 2, undefined, 'notValued'],
    ]);
    expect(model.summary.newlyNegative.map((t) => t.name)).toEqual(['Checkout', 'Returns']);
  });

  it('gives the mean per stage before and now by each table\'s own stage names, blank where a stage is in one table only', () => {
    // Now:    Before (1 + 0 + 0 − 2)/4 = −0.25; Buy (−1 + 1 + 2 + 1)/4 = 0.75; after (−2 + 2 − 2)/3 = −2/3.
    // Before: Before (1 + 2 + 0)/3 = 1; Buy (0 + 2 + 1)/3 = 1; After (1 + 2 − 1)/3 = 2/3 (Returns not valued); Care −1.
    const means = model.summary.meanPerStage.map((m) => [m.stage, m.before?.mean, m.now?.mean]);
    expect(means.map(([stage]) => stage)).toEqual(['Before', 'Buy', 'after', 'Care']);
    expect(means[0][1]).toBeCloseTo(1, 12);
    expect(means[0][2]).toBeCloseTo(-0.25, 12);
    expect(means[1][1]).toBeCloseTo(1, 12);
    expect(means[1][2]).toBeCloseTo(0.75, 12);
    expect(means[2][1]).toBeCloseTo(2 / 3, 12);
    expect(means[2][2]).toBeCloseTo(-2 / 3, 12);
    expect(means[3]).toEqual(['Care', -1, undefined]);
    expect(model.summary.meanPerStage[3].now).toBeUndefined();
    expect(model.summary.meanPerStage[2].before).toEqual({ stage: 'After', mean: 2 / 3, valued: 3, touchpoints: 4 });
  });

  it('compares a table with itself as all Same, and an empty earlier table as all New', () => {
    const itself = buildReverification(NOW, NOW);
    expect(itself.summary.counts).toEqual({ new: 0, retired: 0, notValued: 2, nowNegative: 0, worse: 0, better: 0, same: 11 });
    expect(itself.touchpoints.every((t) => t.beforeRow === t.nowRow)).toBe(true);
    expect(buildReverification([], NOW).summary.counts.new).toBe(NOW.length);
    expect(buildReverification(BEFORE, []).touchpoints.map((t) => t.status)).toEqual(BEFORE.map(() => 'retired'));
  });
});

describe('reverificationStatus: the first rule that applies (DESIGN §4)', () => {
  const v = (valuation?: number) => ({ valuation });
  it.each([
    ['only in now', undefined, v(-2), 'new'],
    ['only in before', v(2), undefined, 'retired'],
    ['not valued now (was +2)', v(2), v(), 'notValued'],
    ['not valued now or before', v(), v(), 'notValued'],
    ['0 → −1', v(0), v(-1), 'nowNegative'],
    ['+2 → −2 (now negative comes before worse)', v(2), v(-2), 'nowNegative'],
    ['blank → −1', v(), v(-1), 'nowNegative'],
    ['−1 → −2 (was negative already)', v(-1), v(-2), 'worse'],
    ['+2 → +1', v(2), v(1), 'worse'],
    ['−2 → −1 (still negative, but better)', v(-2), v(-1), 'better'],
    ['0 → +2', v(0), v(2), 'better'],
    ['−1 → −1', v(-1), v(-1), 'same'],
    ['blank → 0 (a first valuation, not below 0)', v(), v(0), 'same'],
  ] as const)('%s', (_what, before, now, status) => {
    expect(reverificationStatus(before, now)).toBe(status);
  });

  it('refuses a touchpoint that is in neither table', () => {
    expect(() => reverificationStatus(undefined, undefined)).toThrow('reverificationStatus: a touchpoint must be in before, in now or in both');
  });

  it('calls a differentiator lost only when it was +2', () => {
    expect([isDifferentiatorLost({ before: 2, now: 1 }), isDifferentiatorLost({ before: 2, now: undefined }), isDifferentiatorLost({ before: 2, now: 2 }), isDifferentiatorLost({ before: 1, now: -2 })]).toEqual([true, true, false, false]);
  });
});

describe('re-verification properties', () => {
  const level = fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined });
  /** A table with unique (path, name) pairs drawn from a small pool, so that many match. */
  const table = fc
    .uniqueArray(fc.record({ name: fc.constantFrom('A', 'b', 'Ć', 'd-e', 'F'), path: fc.constantFrom(undefined, 'Online', 'STORE'), stage: fc.constantFrom('S1', 'S2', 'S3'), valuation: level }), {
      selector: (r) => `${r.path ?? ''}|${r.name.toLowerCase()}`,
      maxLength: 12,
    })
    // A name with no path may not also appear on a path (readTouchpoints rejects that).
    .map((rows) => rows.filter((r) => r.path !== undefined || rows.filter((o) => o.name.toLowerCase() === r.name.toLowerCase()).length === 1))
    .map((rows) => rows.map((r, i) => row(i + 2, r.stage, r.name, r.path, r.valuation)));

  it('lists every row of now once and every unmatched row of before once, retired after the rest', () => {
    fc.assert(
      fc.property(table, table, (before, now) => {
        const { touchpoints, summary } = buildReverification(before, now);
        expect(touchpoints.filter((t) => t.nowRow !== undefined).map((t) => t.nowRow).sort()).toEqual(now.map((r) => r.sheetRow).sort());
        const matched = touchpoints.filter((t) => t.beforeRow !== undefined).map((t) => t.beforeRow);
        expect(new Set(matched).size).toBe(matched.length);
        expect(matched.length).toBe(before.length);
        const firstRetired = touchpoints.findIndex((t) => t.status === 'retired');
        if (firstRetired >= 0) expect(touchpoints.slice(firstRetired).every((t) => t.status === 'retired')).toBe(true);
        expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(touchpoints.length);
      }),
    );
  });

  it('gives Change = now − before exactly when both are valued, and a status that agrees with it', () => {
    fc.assert(
      fc.property(table, table, (before, now) => {
        for (const t of buildReverification(before, now).touchpoints) {
          if (t.before !== undefined && t.now !== undefined) expect(t.change).toBe(t.now - t.before);
          else expect(t.change).toBeUndefined();
          if (t.status === 'worse') expect(t.change!).toBeLessThan(0);
          if (t.status === 'better') expect(t.change!).toBeGreaterThan(0);
          if (t.status === 'nowNegative') expect(t.now! < 0 && (t.before === undefined || t.before >= 0)).toBe(true);
          if (t.status === 'same' && t.change !== undefined) expect(t.change).toBe(0);
        }
      }),
    );
  });
});
