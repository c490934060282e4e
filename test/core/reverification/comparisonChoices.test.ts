import { comparisonChoices } from '../../../src/core/reverification/comparisonChoices';

const DEFAULTS = ['Touchpoints', 'Punkty styku'];
const tab = (sheet: string, complete = true) => ({ sheet, complete });

describe('comparisonChoices: before = the latest dated Touchpoints tab, now = the one without (DESIGN §4)', () => {
  it('picks the latest date for before and the undated default tab for now', () => {
    const choices = comparisonChoices([tab('Touchpoints 2024'), tab('Touchpoints'), tab('Touchpoints 2025'), tab('Touchpoints 2025-06-30')], DEFAULTS);
    expect(choices).toEqual({ earlier: ['Touchpoints 2025-06-30', 'Touchpoints 2025', 'Touchpoints 2024'], current: ['Touchpoints'], before: 'Touchpoints 2025-06-30', now: 'Touchpoints' });
  });

  it('prefers as now the tab named as before without its date, ignoring case and accents', () => {
    const choices = comparisonChoices([tab('Touchpoints'), tab('Mapa podróży'), tab('MAPA PODROZY 2025')], DEFAULTS);
    expect([choices.before, choices.now]).toEqual(['MAPA PODROZY 2025', 'Mapa podróży']);
  });

  it('falls back to a default name, then the first complete table, then the first', () => {
    expect(comparisonChoices([tab('Journey', false), tab('Punkty styku', false), tab('X 2025')], DEFAULTS).now).toBe('Punkty styku');
    expect(comparisonChoices([tab('Journey', false), tab('Map'), tab('X 2025')], DEFAULTS).now).toBe('Map');
    expect(comparisonChoices([tab('Journey', false), tab('Map', false)], DEFAULTS).now).toBe('Journey');
  });

  it('of two tabs with the same date, takes the later copy, then the one further right', () => {
    expect(comparisonChoices([tab('T 2026-12-01 (2)'), tab('T 2026-12-01')], DEFAULTS).before).toBe('T 2026-12-01 (2)');
    expect(comparisonChoices([tab('A 2025'), tab('B 2025')], DEFAULTS).before).toBe('B 2025');
  });

  it('has no before without a dated tab, and no now without an undated one', () => {
    expect(comparisonChoices([tab('Touchpoints')], DEFAULTS)).toEqual({ earlier: [], current: ['Touchpoints'], before: undefined, now: 'Touchpoints' });
    expect(comparisonChoices([tab('Touchpoints 2025')], DEFAULTS)).toEqual({ earlier: ['Touchpoints 2025'], current: [], before: 'Touchpoints 2025', now: undefined });
    expect(comparisonChoices([], DEFAULTS)).toEqual({ earlier: [], current: [], before: undefined, now: undefined });
  });
});
