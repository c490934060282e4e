import { GRID_BUILDER, MATRIX_BUILDER } from '../../../local/cli/tabBuild';

describe('the summary lines follow the build language', () => {
  const grid = { ok: true, locale: 'pl', counts: { touchpoints: 22, stages: 4, paths: 2, toFix: 5, differentiators: 0, negativeMomentsOfTruth: 3, notValued: 12 } };

  it('counts the grid in Polish', () => {
    expect(GRID_BUILDER.describe(grid)).toBe('22 punkty styku, 4 etapy, 2 ścieżki; 5 do naprawy, 0 wyróżników, 3 negatywne momenty prawdy, 12 nieocenionych');
    expect(GRID_BUILDER.describe(grid, 'en')).toBe('22 touchpoints, 4 stages, 2 paths; 5 to fix, 0 differentiators, 3 negative moments of truth, 12 not valued');
  });

  it('counts the matrix in Polish, numbers with a decimal comma, at most ten names', () => {
    const names = Array.from({ length: 12 }, (_, i) => `P${i + 1}`);
    const matrix = {
      ok: true,
      locale: 'pl',
      counts: { projects: 12, quickWins: 2, majorProjects: 4, fillIns: 4, moneyPits: 2, onSplitLines: 1 },
      splits: { cost: 65, impact: 0.715, costGiven: false, impactGiven: false },
      computedImpacts: names,
    };
    expect(MATRIX_BUILDER.describe(matrix)).toBe(
      '12 projektów: 2 szybkie wygrane, 4 duże projekty, 4 wypełniacze, 2 studnie bez dna; podział przy koszcie 65 (mediana) i wpływie 0,715 (mediana); ' +
        '1 projekt na linii podziału; wpływ obliczony z punktów styku dla: „P1”, „P2”, „P3”, „P4”, „P5”, „P6”, „P7”, „P8”, „P9”, „P10” i 2 inne',
    );
    expect(MATRIX_BUILDER.describe({ ...matrix, locale: 'en', computedImpacts: [] })).toBe(
      '12 projects: 2 quick wins, 4 major projects, 4 fill-ins, 2 money pits; split at cost 65 (median) and impact 0.715 (median); 1 project on a split line; no impact computed',
    );
  });
});
