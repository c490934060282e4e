import fc from 'fast-check';
import { customerLifetimeValue, emptyTally, npsClassOf, npsValueRows, parseChurned, shareSetting } from '../../../src/core/value/npsValue';

describe('customerLifetimeValue (Gupta & Lehmann 2003: m·R·r / (1 + d − r))', () => {
  it('gives the hand-worked values', () => {
    // Margin 30% of 200 = 60 a period, retention 0.8, discount 10%: 60 × 0.8 / 0.3 = 160.
    expect(customerLifetimeValue(0.3, 200, 0.8, 0.1)).toBeCloseTo(160, 12);
    // No discount: 60 × 0.8 / 0.2 = 240.
    expect(customerLifetimeValue(0.3, 200, 0.8, 0)).toBeCloseTo(240, 12);
    // Nobody stays: 0.
    expect(customerLifetimeValue(1, 200, 0, 0.1)).toBe(0);
    // Everybody stays, discounted: 60 / 0.1 = 600.
    expect(customerLifetimeValue(0.3, 200, 1, 0.1)).toBeCloseTo(600, 9);
  });

  it('is blank (undefined) when nobody leaves and nothing is discounted', () => {
    expect(customerLifetimeValue(1, 100, 1, 0)).toBeUndefined();
  });

  it('equals the discounted sum of the margins Σₜ m·R·rᵗ/(1 + d)ᵗ (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (m, revenue, r, d) => {
        let sum = 0;
        for (let t = 1; t <= 2000; t++) sum += (m * revenue * r ** t) / (1 + d) ** t;
        expect(customerLifetimeValue(m, revenue, r, d)!).toBeCloseTo(sum, 6);
      }),
    );
  });
});

describe('npsValueRows', () => {
  it('gives per-class and total rows, an empty class as 0 customers and blanks', () => {
    // Promoters: 2 customers, revenue 100 + 200, 1 churned. Detractors: 1, revenue 80, churned. No passives.
    const rows = npsValueRows(
      { promoters: { customers: 2, revenue: 300, churned: 1 }, passives: emptyTally(), detractors: { customers: 1, revenue: 80, churned: 1 } },
      0.5,
      0,
    );
    expect(rows.promoters).toEqual({ customers: 2, sharePercent: 200 / 3, revenuePerCustomer: 150, churnPercent: 50, lifetimeValue: 75 }); // 0.5 × 150 × 0.5 / 0.5
    expect(rows.passives).toEqual({ customers: 0 });
    expect(rows.detractors).toEqual({ customers: 1, sharePercent: 100 / 3, revenuePerCustomer: 80, churnPercent: 100, lifetimeValue: 0 });
    // Total: 3 customers, 380 / 3 each, 2 of 3 churned: r = 1/3, 0.5 × 380/3 × (1/3) / (2/3) = 95/3.
    expect(rows.total.customers).toBe(3);
    expect(rows.total.sharePercent).toBe(100);
    expect(rows.total.revenuePerCustomer).toBeCloseTo(380 / 3, 12);
    expect(rows.total.churnPercent).toBeCloseTo(200 / 3, 12);
    expect(rows.total.lifetimeValue).toBeCloseTo(95 / 3, 12);
  });
});

describe('npsClassOf', () => {
  it('splits 0–10 at 7 and 9', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsClassOf)).toEqual(['detractors', 'detractors', 'passives', 'passives', 'promoters', 'promoters']);
  });
});

describe('shareSetting (read as Reach: ≤ 1 a fraction, above 1 a percentage)', () => {
  it('reads fractions and percentages, and refuses what is neither', () => {
    expect([shareSetting(0), shareSetting(0.3), shareSetting(1), shareSetting(30), shareSetting(100)]).toEqual([0, 0.3, 1, 0.3, 1]);
    expect([shareSetting(-0.1), shareSetting(101), shareSetting(NaN)]).toEqual([undefined, undefined, undefined]);
  });
});

describe('parseChurned', () => {
  it('reads checkboxes, 1/0 and yes/no, tak/nie in any case', () => {
    expect([true, false, 1, 0, 'yes', ' NO ', 'Tak', 'nie', 'TRUE', 'false', '1', '0', 'prawda', 'FAŁSZ'].map(parseChurned)).toEqual([
      true, false, true, false, true, false, true, false, true, false, true, false, true, false,
    ]);
  });

  it('reads nothing else', () => {
    expect(['maybe', '', 2, 0.5, null, undefined, new Date(0), 'y'].map(parseChurned)).toEqual(Array(8).fill(undefined));
  });
});
