import fc from 'fast-check';
import { NPS } from '../../src/functions/nps';
import { NPS_CI } from '../../src/functions/npsCi';
import { NPS_MOE } from '../../src/functions/npsMoe';
import { column } from '../helpers/cells';

const sample = (promoters: number, passives: number, detractors: number) =>
  column(...Array(promoters).fill(10), ...Array(passives).fill(7), ...Array(detractors).fill(0));

describe('NPS_CI', () => {
  it('returns one row of two numbers, the adjusted-Wald bounds, worked by hand', () => {
    // P 5, D 2, n 10: NPS̃ = 3/13 = 23.0769, margin 42.1275 → −19.0506 to 65.2045
    const [[lower, upper]] = NPS_CI(sample(5, 3, 2));
    expect(lower).toBeCloseTo(300 / 13 - 42.127538453286746, 9);
    expect(upper).toBeCloseTo(300 / 13 + 42.127538453286746, 9);
  });

  it('gives the Wald bounds with method "wald", clipped to −100..100', () => {
    // p 0.5, d 0.2: 30 ± 48.4075
    expect(NPS_CI(sample(5, 3, 2), 0.95, 'wald')[0][0]).toBeCloseTo(30 - 48.40753950185256, 9);
    expect(NPS_CI(sample(5, 0, 0), 0.95, 'wald')).toEqual([[100, 100]]);
    // 3 promoters, adjusted: NPS̃ 50 ± 56.579 → −6.579 to 100 (clipped)
    expect(NPS_CI(sample(3, 0, 0))[0][0]).toBeCloseTo(-6.579286703808584, 9);
    expect(NPS_CI(sample(3, 0, 0))[0][1]).toBe(100);
  });

  it('is centred on the adjusted NPS, not the NPS: its half-width is NPS_MOE unless clipped', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), fc.double({ min: 0.6, max: 0.99, noNaN: true }), (p, q, d, confidence) => {
        fc.pre(p + q + d > 0);
        const scores = sample(p, q, d);
        const [[lower, upper]] = NPS_CI(scores, confidence);
        const centre = (100 * (p - d)) / (p + q + d + 3);
        const margin = NPS_MOE(scores, confidence);
        expect(lower).toBeCloseTo(Math.max(-100, centre - margin), 9);
        expect(upper).toBeCloseTo(Math.min(100, centre + margin), 9);
        expect(NPS(scores)).toBeGreaterThanOrEqual(-100);
      }),
    );
  });

  it('refuses a bad confidence or method, naming the function', () => {
    expect(() => NPS_CI(sample(1, 1, 1), 1)).toThrow('NPS_CI: confidence 1 is not allowed');
    expect(() => NPS_CI(sample(1, 1, 1), 0.95, 'bootstrap' as never)).toThrow('NPS_CI: method "bootstrap" is not allowed; allowed: adjusted, wald');
    expect(() => NPS_CI(column(''))).toThrow('NPS_CI: scores has no 0–10 scores');
  });
});
