import fc from 'fast-check';
import { buildCostSatisfactionMatrix, tooFewProjects } from '../../../src/core/projects/costSatisfactionMatrix';
import { QUADRANT_ORDER } from '../../../src/core/projects/costSatisfactionQuadrant';
import { ProjectRow } from '../../../src/core/projects/projectsTable';
import { TouchpointRow } from '../../../src/core/journey/touchpointsTable';

const tp = (name: string, valuation: number | undefined, target: number | undefined, reach: number | undefined): TouchpointRow => ({
  sheetRow: 0, stage: 'S', touchpoint: name, valuation, target, reach, momentOfTruth: false, effortPoint: false,
});
const project = (sheetRow: number, name: string, cost: number, impact?: number): ProjectRow => ({ sheetRow, project: name, cost, impact, touchpoints: [] });

describe('buildCostSatisfactionMatrix', () => {
  /*
   * Computed impacts, Σ max(gap, 0) × reach (reach blank = 1):
   *   A: Website −2→0 reach 0.4: 2 × 0.4 = 0.8; Till +2→+1: gap −1 → 0; total 0.8
   *   B: Shop window 0→+2 reach blank: 2 × 1 = 2; Returns not valued: 0, listed; total 2
   *   C: impact given 5: wins over its touchpoints (Website would give 0.8)
   *   D: impact given 0.5
   * Medians: costs 10 20 30 40 → 25; impacts 0.5 0.8 2 5 → (0.8 + 2) / 2 = 1.4.
   *   A 10 ≤ 25, 0.8 < 1.4 → Fill-ins       B 20 ≤ 25, 2 ≥ 1.4 → Quick wins
   *   C 30 > 25, 5 ≥ 1.4 → Major projects   D 40 > 25, 0.5 < 1.4 → Money pits
   */
  const website = tp('Website', -2, undefined, 0.4);
  const till = tp('Till', 2, 1, undefined);
  const shopWindow = tp('Shop window', 0, 2, undefined);
  const returns = tp('Returns', undefined, 1, 0.1);
  const projects = [project(2, 'A', 10), project(3, 'B', 20), project(4, 'C', 30, 5), project(5, 'D', 40, 0.5)];
  const linked = [[website, till], [shopWindow, returns], [website], []];

  it('computes blank impacts from the linked touchpoints, keeps given ones, and places and ranks them', () => {
    const matrix = buildCostSatisfactionMatrix(projects, linked);
    expect(matrix.splits).toEqual({ cost: 25, impact: expect.closeTo(1.4, 12), costGiven: false, impactGiven: false });
    expect(matrix.projects.map((p) => [p.rank, p.name, p.placement.quadrant, p.impact, p.impactComputed, p.unvaluedTouchpoints])).toEqual([
      [1, 'B', 'quickWins', 2, true, ['Returns']],
      [2, 'C', 'majorProjects', 5, false, []],
      [3, 'A', 'fillIns', 0.8, true, []],
      [4, 'D', 'moneyPits', 0.5, false, []],
    ]);
    expect(matrix.projects.map((p) => p.impactPerCost)).toEqual([2 / 20, 5 / 30, 0.8 / 10, 0.5 / 40]);
    expect(matrix.computedImpacts).toBe(2);
    expect(QUADRANT_ORDER.map((q) => matrix.quadrants[q].map((p) => p.name))).toEqual([['B'], ['C'], ['A'], ['D']]);
  });

  it('puts projects on both lines on the favourable side and flags them, with the user splits', () => {
    // Lines at cost 20 and impact 2: B (20, 2) is on both → Quick wins; A (10, 0.8) → Fill-ins;
    // C (30, 5) → Major projects; D (40, 0.5) → Money pits.
    const matrix = buildCostSatisfactionMatrix(projects, linked, { cost: 20, impact: 2 });
    const b = matrix.projects.find((p) => p.name === 'B')!;
    expect(b.placement).toEqual({ quadrant: 'quickWins', onCostLine: true, onImpactLine: true });
    expect(matrix.projects.filter((p) => p.placement.onCostLine || p.placement.onImpactLine).map((p) => p.name)).toEqual(['B']);
    expect(matrix.splits).toMatchObject({ cost: 20, impact: 2, costGiven: true, impactGiven: true });
  });

  it('ties on the median lines: an odd count puts the middle project on both', () => {
    // Costs 0 5 9 → median 5; impacts 1 3 7 → median 3. M (5, 3) is on both lines: Quick wins.
    // Cheap (0, 1) → Fill-ins (cost 0: no impact per cost); Dear (9, 7) → Major projects.
    const matrix = buildCostSatisfactionMatrix([project(2, 'Cheap', 0, 1), project(3, 'M', 5, 3), project(4, 'Dear', 9, 7)], undefined);
    expect(matrix.projects.map((p) => [p.name, p.placement.quadrant, p.placement.onCostLine, p.placement.onImpactLine, p.impactPerCost])).toEqual([
      ['M', 'quickWins', true, true, 3 / 5],
      ['Dear', 'majorProjects', false, false, 7 / 9],
      ['Cheap', 'fillIns', false, false, undefined],
    ]);
  });

  it('refuses to compute an impact without touchpoints (a caller bug)', () => {
    expect(() => buildCostSatisfactionMatrix([project(7, 'X', 1)], undefined)).toThrow('project "X" (row 7) needs its impact computed');
  });

  it('ranks every project once, in quadrant order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cost: fc.nat(100), impact: fc.integer({ min: -5, max: 20 }) }), { minLength: 2, maxLength: 30 }), (rows) => {
        const matrix = buildCostSatisfactionMatrix(rows.map((r, i) => project(i + 2, `P${i}`, r.cost, r.impact)), undefined);
        expect(matrix.projects.map((p) => p.rank)).toEqual(rows.map((_, i) => i + 1));
        const order = matrix.projects.map((p) => QUADRANT_ORDER.indexOf(p.placement.quadrant));
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(QUADRANT_ORDER.flatMap((q) => matrix.quadrants[q])).toEqual(matrix.projects);
      }),
    );
  });
});

describe('tooFewProjects', () => {
  it('says plainly that 0 or 1 project makes no matrix, and nothing for 2', () => {
    expect(tooFewProjects('Projects', 1)?.problem).toMatch(/^has only 1 project; a cost-vs-satisfaction matrix compares/);
    expect(tooFewProjects('Projects', 0)?.problem).toMatch(/^has no projects/);
    expect(tooFewProjects('Projects', 2)).toBeUndefined();
  });

  it('says it in Polish for a Polish build', () => {
    expect(tooFewProjects('Projekty', 1, 'pl')).toEqual({
      sheet: 'Projekty',
      problem: 'ma tylko 1 projekt; macierz koszt–satysfakcja porównuje projekty między sobą, więc pojedynczy projekt nie ma ćwiartki, do której mógłby trafić',
      allowed: 'co najmniej 2 wiersze projektów',
    });
    expect(tooFewProjects('Projekty', 0, 'pl')?.problem).toMatch(/^nie ma żadnego projektu; /);
  });
});
