import fc from 'fast-check';
import { matrixSplits, placeProject } from '../../../src/core/projects/costSatisfactionQuadrant';

describe('matrixSplits', () => {
  const projects = [
    { cost: 10, impact: 0.8 },
    { cost: 40, impact: 0.2 },
    { cost: 20, impact: 1.5 },
    { cost: 80, impact: 0.5 },
  ];

  it('uses the medians of cost and impact by default', () => {
    // costs 10, 20, 40, 80 → (20 + 40) / 2 = 30; impacts 0.2, 0.5, 0.8, 1.5 → (0.5 + 0.8) / 2 = 0.65
    const splits = matrixSplits(projects);
    expect(splits.cost).toBe(30);
    expect(splits.impact).toBeCloseTo(0.65, 12);
    expect(splits).toMatchObject({ costGiven: false, impactGiven: false });
  });

  it('uses the values the user sets, each independently', () => {
    expect(matrixSplits(projects, { cost: 50 })).toMatchObject({ cost: 50, costGiven: true, impactGiven: false });
    expect(matrixSplits(projects, { impact: 1 })).toMatchObject({ cost: 30, impact: 1, impactGiven: true });
  });

  it('cannot find a median of no projects', () => {
    expect(() => matrixSplits([])).toThrow('at least one project');
  });
});

describe('placeProject', () => {
  const splits = { cost: 30, impact: 0.65, costGiven: false, impactGiven: false };

  it.each([
    [10, 0.8, 'quickWins'],
    [40, 0.8, 'majorProjects'],
    [10, 0.2, 'fillIns'],
    [80, 0.5, 'moneyPits'],
  ] as const)('cost %d, impact %d → %s', (cost, impact, quadrant) => {
    expect(placeProject(cost, impact, splits)).toEqual({ quadrant, onCostLine: false, onImpactLine: false });
  });

  it('puts a project on a line on the favourable side and flags it', () => {
    expect(placeProject(30, 0.2, splits)).toEqual({ quadrant: 'fillIns', onCostLine: true, onImpactLine: false });
    expect(placeProject(80, 0.65, splits)).toEqual({ quadrant: 'majorProjects', onCostLine: false, onImpactLine: true });
    expect(placeProject(30, 0.65, splits)).toEqual({ quadrant: 'quickWins', onCostLine: true, onImpactLine: true });
  });

  it('never places a cheaper or more effective project in a worse quadrant', () => {
    const worse = { quickWins: 0, majorProjects: 1, fillIns: 1, moneyPits: 2 };
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(20), fc.nat(20), (cost, impact, cheaper, better) => {
        const base = placeProject(cost, impact, { ...splits, cost: 50, impact: 50 });
        const improved = placeProject(cost - cheaper, impact + better, { ...splits, cost: 50, impact: 50 });
        expect(worse[improved.quadrant]).toBeLessThanOrEqual(worse[base.quadrant]);
      }),
    );
  });
});
