import { EXAMPLE_ROLES, exampleTabNames, exampleTabs } from '../../../src/core/examples/exampleTabs';
import { OUTPUT_LOCALES } from '../../../src/core/tabs/outputLocale';
import { classifyTable } from '../../../src/core/sources/sourceKinds';

describe('the example tabs', () => {
  it.each(OUTPUT_LOCALES)('(%s) are tables the sidebar recognises in full', (locale) => {
    const tabs = exampleTabs(locale, exampleTabNames(locale));
    expect(tabs.map((t) => t.role)).toEqual(EXAMPLE_ROLES);
    for (const tab of tabs.filter((t) => t.role !== 'metrics')) {
      const classified = classifyTable({ sheet: tab.name, firstRow: 1, firstColumn: 1, values: tab.rows as never });
      expect(classified?.kind).toBe(tab.role);
      expect(classified?.detection.complete).toBe(true);
      expect(classified?.detection.recognised).toBe(classified?.detection.columns.length);
    }
  });

  it('name their tabs in the locale', () => {
    expect(exampleTabNames('en')).toEqual({ touchpoints: 'Touchpoints', projects: 'Projects', responses: 'Responses', themes: 'Themes', stakeholders: 'Stakeholders', metrics: 'Metrics' });
    expect(exampleTabNames('pl')).toEqual({ touchpoints: 'Punkty styku', projects: 'Projekty', responses: 'Odpowiedzi', themes: 'Tematy', stakeholders: 'Interesariusze', metrics: 'Metryki' });
  });

  it('write the Metrics formulas against the names the tabs got, quoted as formulas need', () => {
    const names = { touchpoints: 'Touchpoints (2)', projects: 'Projects', responses: "Bob's answers", themes: 'My themes', stakeholders: 'Stakeholders', metrics: 'Metrics' };
    const metrics = exampleTabs('en', names).find((tab) => tab.role === 'metrics')!;
    const formulas = metrics.rows.flat().filter((c): c is { formula: string } => typeof c === 'object' && c !== null && 'formula' in c).map((c) => c.formula);
    expect(formulas).toContain("=NPS('Bob''s answers'!D2:D)");
    expect(formulas).toContain("=TOUCHPOINT_GAP('Touchpoints (2)'!D2:D11, 'Touchpoints (2)'!E2:E11)");
    expect(formulas).toContain("=ARRAYFORMULA('Touchpoints (2)'!B2:B11 & \"\")");
    expect(formulas).toContain("=THEMES('Bob''s answers'!G2:G, 'Bob''s answers'!D2:D, 'My themes'!A:B)");
    // Every custom function of DESIGN §2 is used.
    for (const name of ['NPS', 'NPS_MOE', 'NPS_BY', 'NPS_TEST', 'CES', 'CSAT', 'TOUCHPOINT_GAP', 'TOUCHPOINT_VALUE', 'NPS_CI', 'NPS_TREND', 'NPS_SAMPLE_SIZE', 'CSAT_BY', 'THEMES']) {
      expect(formulas.some((f) => f.startsWith(`=${name}(`))).toBe(true);
    }
  });

  it('offer −2..+2 dropdowns for Valuation and Target, checkboxes for the flags, hard/soft for Type', () => {
    const [touchpoints, projects] = exampleTabs('pl', exampleTabNames('pl'));
    expect(touchpoints.validations).toEqual([
      { column: 4, rule: { kind: 'list', values: ['-2', '-1', '0', '1', '2'] } },
      { column: 5, rule: { kind: 'list', values: ['-2', '-1', '0', '1', '2'] } },
      { column: 6, rule: { kind: 'checkbox' } },
      { column: 7, rule: { kind: 'checkbox' } },
    ]);
    expect(projects.validations).toEqual([{ column: 5, rule: { kind: 'list', values: ['twarda', 'miękka'] } }]);
  });
});
