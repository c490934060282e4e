import { impactPerCost, rankProjects } from '../../../src/core/projects/projectRanking';

describe('impactPerCost', () => {
  it('divides impact by cost, and leaves a free project without a ratio', () => {
    expect(impactPerCost({ cost: 4, impact: 2 })).toBe(0.5);
    expect(impactPerCost({ cost: 0, impact: 2 })).toBeUndefined();
  });
});

describe('rankProjects', () => {
  it('orders by quadrant, then impact per cost (free first), then name', () => {
    const projects = [
      { name: 'Money pit A', cost: 90, impact: 0.1, quadrant: 'moneyPits' as const },
      { name: 'Fill-in', cost: 5, impact: 0.1, quadrant: 'fillIns' as const },
      { name: 'Major', cost: 50, impact: 2, quadrant: 'majorProjects' as const },
      { name: 'Quick b', cost: 10, impact: 1, quadrant: 'quickWins' as const }, // 0.1 per unit
      { name: 'Quick a', cost: 10, impact: 1, quadrant: 'quickWins' as const }, // same ratio: by name
      { name: 'Quick free', cost: 0, impact: 0.5, quadrant: 'quickWins' as const }, // free: first
      { name: 'Quick best', cost: 2, impact: 1, quadrant: 'quickWins' as const }, // 0.5 per unit
    ];
    expect(rankProjects(projects).map((p) => p.name)).toEqual([
      'Quick free',
      'Quick best',
      'Quick a',
      'Quick b',
      'Major',
      'Fill-in',
      'Money pit A',
    ]);
    expect(projects[0].name).toBe('Money pit A'); // input untouched
    // 0.3 / 3 and 1 / 10 are the same ratio (0.09999999999999999 and 0.1 in binary): a tie, by name.
    const equal = [
      { name: 'Beta', cost: 10, impact: 1, quadrant: 'quickWins' as const },
      { name: 'Alfa', cost: 3, impact: 0.3, quadrant: 'quickWins' as const },
    ];
    expect(rankProjects(equal).map((p) => p.name)).toEqual(['Alfa', 'Beta']);
    // Equal ratios in one quadrant go by name in the tab's alphabet: Polish puts ś after s.
    const tied = ['Śledzenie przesyłki', 'Szybszy zwrot', 'Strona'].map((name) => ({ name, cost: 10, impact: 1, quadrant: 'quickWins' as const }));
    expect(rankProjects(tied, 'pl').map((p) => p.name)).toEqual(['Strona', 'Szybszy zwrot', 'Śledzenie przesyłki']);
    expect(rankProjects(tied, 'en').map((p) => p.name)).toEqual(['Śledzenie przesyłki', 'Strona', 'Szybszy zwrot']);
  });

  it('sorts names as people do: case-insensitively and numbers by value', () => {
    const quick = (name: string) => ({ name, cost: 1, impact: 1, quadrant: 'quickWins' as const });
    expect(rankProjects([quick('project 10'), quick('Project 9'), quick('apple')]).map((p) => p.name)).toEqual([
      'apple',
      'Project 9',
      'project 10',
    ]);
  });
});
