import fc from 'fast-check';
import { computeImpact } from '../../../src/core/projects/projectImpact';

const tp = (name: string, current: number | undefined, reach = 1, target?: number) => ({ name, current, target, reach });

describe('computeImpact', () => {
  it('adds gap × reach over the linked touchpoints', () => {
    // −2 at 40% reach: 2 × 0.4 = 0.8; −1 at 100%: 1 × 1 = 1; 0 → +2 target at 25%: 2 × 0.25 = 0.5
    expect(computeImpact([tp('Web form', -2, 0.4), tp('IVR', -1), tp('Delivery', 0, 0.25, 2)])).toEqual({ impact: 2.3, unvalued: [] });
  });

  it('adds decimal reaches as a person does: 1 × 0.7 + 1 × 0.1 is 0.8, not 0.7999999999999999', () => {
    const linked = [
      { name: 'Web form', current: -1, target: 0, reach: 0.7 },
      { name: 'Phone', current: -1, target: 0, reach: 0.1 },
    ];
    expect(computeImpact(linked).impact).toBe(0.8);
  });

  it('counts an over-served touchpoint as 0, not as a loss', () => {
    expect(computeImpact([tp('Lounge', 2, 1, 0), tp('Form', -1, 0.5)])).toEqual({ impact: 0.5, unvalued: [] });
  });

  it('adds nothing for a touchpoint not yet valued, and names it', () => {
    expect(computeImpact([tp('New app', undefined, 0.9), tp('Form', -2, 0.5)])).toEqual({ impact: 1, unvalued: ['New app'] });
  });

  it('is 0 for a project that lifts nothing', () => {
    expect(computeImpact([])).toEqual({ impact: 0, unvalued: [] });
  });

  it('is never negative and never more than 4 × the summed reach', () => {
    const touchpoint = fc.record({
      name: fc.string(),
      current: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      target: fc.option(fc.integer({ min: -2, max: 2 }), { nil: undefined }),
      reach: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(touchpoint, { maxLength: 20 }), (linked) => {
        const { impact } = computeImpact(linked);
        expect(impact).toBeGreaterThanOrEqual(0);
        expect(impact).toBeLessThanOrEqual(4 * linked.reduce((sum, t) => sum + t.reach, 0) + 1e-9);
      }),
    );
  });
});
