import fc from 'fast-check';
import { buildStakeholderMap, STAKEHOLDER_QUADRANT_ORDER, stakeholderQuadrant } from '../../../src/core/stakeholders/stakeholderMap';
import { StakeholderRow } from '../../../src/core/stakeholders/stakeholdersTable';

const row = (stakeholder: string, influence: number, interest: number, extra: Partial<StakeholderRow> = {}): StakeholderRow => ({ sheetRow: 2, stakeholder, influence, interest, ...extra });

describe('stakeholderQuadrant (Mendelow, split at 3 on both 1–5 scales, 3 counting high)', () => {
  it('places each corner and the lines by hand', () => {
    expect(stakeholderQuadrant(5, 5)).toBe('manageClosely');
    expect(stakeholderQuadrant(3, 3)).toBe('manageClosely'); // both on a line: high, high
    expect(stakeholderQuadrant(5, 2)).toBe('keepSatisfied');
    expect(stakeholderQuadrant(3, 1)).toBe('keepSatisfied');
    expect(stakeholderQuadrant(2, 3)).toBe('keepInformed');
    expect(stakeholderQuadrant(1, 5)).toBe('keepInformed');
    expect(stakeholderQuadrant(2, 2)).toBe('monitor');
    expect(stakeholderQuadrant(1, 1)).toBe('monitor');
  });
});

describe('ties by name', () => {
  // Polish alphabet: a, ą, b, c, ć, …, l, ł, …, s, ś, …, z, ź, ż (each accented letter after its base).
  const names = ['Łabędź', 'Lech', 'Żaneta', 'Zenon', 'Ćwik', 'Cyran', 'Śliwa', 'Sowa'];
  const tied = names.map((name) => row(name, 4, 4));

  it('follow the Polish alphabet in a Polish map', () => {
    expect(buildStakeholderMap(tied, 'pl').stakeholders.map((s) => s.stakeholder)).toEqual(['Cyran', 'Ćwik', 'Lech', 'Łabędź', 'Sowa', 'Śliwa', 'Zenon', 'Żaneta']);
  });

  it('ignore accents in an English map, as English alphabetises', () => {
    // cwik < cyran (w < y), labedz < lech (a < e), sliwa < sowa, zaneta < zenon.
    expect(buildStakeholderMap(tied, 'en').stakeholders.map((s) => s.stakeholder)).toEqual(['Ćwik', 'Cyran', 'Łabędź', 'Lech', 'Śliwa', 'Sowa', 'Żaneta', 'Zenon']);
  });
});

describe('buildStakeholderMap', () => {
  /*
   * By hand (influence × interest in brackets):
   *   Manage closely   CEO 5,5 (25); alpha 4,4 (16) and Beta 4,4 (16) by name; Head of IT 4,3 (12)
   *                    before Sales director 3,4 (12): same product, higher influence first
   *   Keep satisfied   CFO 5,2 (10); Legal 3,1 (3)
   *   Keep informed    Call centre lead 2,5 (10); Store managers 2,3 (6)
   *   Monitor          Analyst 2,2 (4); Intern 1,1 (1)
   */
  const map = buildStakeholderMap([
    row('Intern', 1, 1),
    row('CFO', 5, 2, { attitude: 'opponent' }),
    row('Sales director', 3, 4, { attitude: 'supporter' }),
    row('Store managers', 2, 3),
    row('Beta', 4, 4),
    row('Legal', 3, 1, { attitude: 'neutral' }),
    row('Head of IT', 4, 3, { attitude: 'neutral' }),
    row('Analyst', 2, 2),
    row('Call centre lead', 2, 5, { attitude: 'supporter' }),
    row('CEO', 5, 5, { attitude: 'supporter' }),
    row('alpha', 4, 4),
  ]);

  it('orders by quadrant, then influence × interest, then influence, then name', () => {
    expect(map.stakeholders.map((s) => [s.stakeholder, s.quadrant])).toEqual([
      ['CEO', 'manageClosely'],
      ['alpha', 'manageClosely'],
      ['Beta', 'manageClosely'],
      ['Head of IT', 'manageClosely'],
      ['Sales director', 'manageClosely'],
      ['CFO', 'keepSatisfied'],
      ['Legal', 'keepSatisfied'],
      ['Call centre lead', 'keepInformed'],
      ['Store managers', 'keepInformed'],
      ['Analyst', 'monitor'],
      ['Intern', 'monitor'],
    ]);
    expect(map.quadrants.keepSatisfied.map((s) => s.stakeholder)).toEqual(['CFO', 'Legal']);
    expect(map.attitudes).toEqual({ supporter: 3, neutral: 2, opponent: 1, unknown: 5 });
  });

  it('keeps every stakeholder once, quadrants in order, products descending within each (property)', () => {
    const level = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), level, level), { minLength: 1, maxLength: 30 }), (rows) => {
        const built = buildStakeholderMap(rows.map(([name, influence, interest], i) => ({ ...row(name, influence, interest), sheetRow: i + 2 })));
        expect(built.stakeholders.map((s) => s.sheetRow).sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 2));
        for (let i = 1; i < built.stakeholders.length; i++) {
          const [a, b] = [built.stakeholders[i - 1], built.stakeholders[i]];
          const qa = STAKEHOLDER_QUADRANT_ORDER.indexOf(a.quadrant);
          const qb = STAKEHOLDER_QUADRANT_ORDER.indexOf(b.quadrant);
          expect(qa).toBeLessThanOrEqual(qb);
          if (qa === qb) expect(a.influence * a.interest).toBeGreaterThanOrEqual(b.influence * b.interest);
        }
        expect(STAKEHOLDER_QUADRANT_ORDER.flatMap((q) => built.quadrants[q])).toEqual(built.stakeholders);
      }),
    );
  });
});
