import fc from 'fast-check';
import { studentTCriticalValue, studentTDensity, studentTUpperQuantile, studentTUpperTail } from '../../../src/core/survey/studentT';
import { logGamma, regularizedIncompleteBeta } from '../../../src/core/survey/incompleteBeta';

/** P(0 < T < t) by Simpson's rule on the density written out here (Γ by its recursion from Γ(½) = √π, Γ(1) = 1). */
function centralMass(t: number, df: number): number {
  const gammaHalfInteger = (x: number): number => (x === 0.5 ? Math.sqrt(Math.PI) : x === 1 ? 1 : (x - 1) * gammaHalfInteger(x - 1));
  const norm = gammaHalfInteger((df + 1) / 2) / (Math.sqrt(df * Math.PI) * gammaHalfInteger(df / 2));
  const density = (x: number) => norm * Math.pow(1 + (x * x) / df, -(df + 1) / 2);
  const steps = 20000;
  const h = t / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) sum += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * density(i * h);
  return (sum * h) / 3;
}

describe('Student t distribution', () => {
  it.each([
    // R: qt(p, df), printed with 15 significant digits; also in every printed t table to 3 decimals.
    [0.975, 1, 12.7062047361747],
    [0.975, 2, 4.30265272974946],
    [0.975, 3, 3.18244630528371],
    [0.975, 4, 2.77644510519779],
    [0.975, 5, 2.57058183563631],
    [0.975, 10, 2.22813885198627],
    [0.975, 20, 2.08596344726586],
    [0.975, 30, 2.04227245630124],
    [0.975, 100, 1.98397151852355],
    [0.95, 10, 1.81246112281168],
    [0.995, 5, 4.03214298355523],
  ])('qt(%p, %p) = %p', (p, df, expected) => {
    expect(studentTUpperQuantile(1 - p, df)).toBeCloseTo(expected, 9);
  });

  it('meets the printed tables: t(0.9995, 3) = 12.924, t(0.9, 5) = 1.476, t(0.99, 15) = 2.602', () => {
    expect(studentTUpperQuantile(0.0005, 3)).toBeCloseTo(12.924, 3);
    expect(studentTUpperQuantile(0.1, 5)).toBeCloseTo(1.476, 3);
    expect(studentTUpperQuantile(0.01, 15)).toBeCloseTo(2.602, 3);
  });

  it('equals the closed form for 4 degrees of freedom', () => {
    // ν = 4: with a = 4p(1 − p), q = cos(⅓ arccos √a)/√a, t = 2√(q − 1) (Hill 1970; Shaw 2006).
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9999]) {
      const a = 4 * p * (1 - p);
      const q = Math.cos(Math.acos(Math.sqrt(a)) / 3) / Math.sqrt(a);
      expect(studentTUpperQuantile(1 - p, 4)).toBeCloseTo(2 * Math.sqrt(q - 1), 10);
    }
  });

  it('inverts the density\'s integral: P(0 < T < t) = confidence/2 (Simpson, 1e-9)', () => {
    for (const df of [3, 5, 9, 24]) {
      for (const confidence of [0.8, 0.9, 0.95, 0.99]) {
        expect(centralMass(studentTCriticalValue(confidence, df), df)).toBeCloseTo(confidence / 2, 9);
      }
    }
  });

  it('upper tail and density agree: the tail falls by the density (numerical derivative)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 8, noNaN: true }), fc.integer({ min: 1, max: 200 }), (t, df) => {
        const h = 1e-5;
        const slope = (studentTUpperTail(t + h, df) - studentTUpperTail(t - h, df)) / (2 * h);
        expect(slope).toBeCloseTo(-studentTDensity(t, df), 6);
      }),
    );
  });

  it('approaches the normal z as ν grows, and is always above it', () => {
    expect(studentTCriticalValue(0.95, 1e6)).toBeCloseTo(1.959964, 5);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (df, confidence) => {
        const t = studentTCriticalValue(confidence, df);
        expect(studentTUpperTail(t, df)).toBeCloseTo((1 - confidence) / 2, 12);
        expect(t).toBeGreaterThan(studentTCriticalValue(confidence, df + 1));
      }),
    );
  });

  it('log-gamma and the incomplete beta meet known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12); // Γ(10) = 9!
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14); // uniform
    expect(regularizedIncompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 14); // x²
    expect(regularizedIncompleteBeta(0.3, 1, 3)).toBeCloseTo(1 - 0.7 ** 3, 14);
  });
});
