import { classifyTable, defaultTabs, isSourceKind, SOURCE_KINDS, tabNamesLanguage } from '../../../src/core/sources/sourceKinds';

const grid = (values: unknown[][]) => ({ sheet: 'Tab', firstRow: 1, firstColumn: 1, values: values as never });

describe('classifyTable', () => {
  it.each([
    [['Stage', 'Touchpoint', 'Valuation', 'Owner'], 'touchpoints'],
    [['Projekt', 'Koszt', 'Wpływ', 'Punkty styku', 'Właściciel'], 'projects'],
    [['Date', 'Channel', 'NPS', 'Comment'], 'responses'],
    [['Stakeholder', 'Department', 'Influence', 'Interest', 'Attitude', 'Owner'], 'stakeholders'],
    // Wpływ is Influence in a Stakeholders table, Impact in Projects: the other headers decide.
    [['Interesariusz', 'Dział', 'Wpływ', 'Zainteresowanie', 'Postawa', 'Oczekiwania', 'Następny krok', 'Właściciel'], 'stakeholders'],
    [['Projekt', 'Wpływ', 'Właściciel'], 'projects'],
    [['Theme', 'Keywords'], 'themes'],
    [['Temat', 'Słowa kluczowe'], 'themes'],
    // Incomplete but recognisable: the user maps the rest.
    [['Etap', 'Punkt styku', 'Wynik'], 'touchpoints'],
  ])('%j is a %s table', (header, kind) => {
    expect(classifyTable(grid([header as string[], header.map(() => 'x')]))?.kind).toBe(kind);
  });

  it('prefers the kind whose required columns are all there: a Projects tab also has Owner, as Touchpoints do', () => {
    const classified = classifyTable(grid([['Project', 'Cost', 'Touchpoints', 'Owner']]));
    expect(classified?.kind).toBe('projects');
    expect(classified?.detection.complete).toBe(true);
  });

  it('takes a Responses tab with a Comment column for Responses, not for Themes', () => {
    expect(classifyTable(grid([['Date', 'NPS', 'Comment', 'Theme']]))?.kind).toBe('responses');
    expect(classifyTable(grid([['Theme'], ['Delivery']]))).toBeUndefined();
  });

  it('finds no table in a tab of notes', () => {
    expect(classifyTable(grid([['Meeting notes'], ['Owner: Ana']]))).toBeUndefined();
  });
});

describe('isSourceKind', () => {
  it('accepts the five kinds and nothing else', () => {
    expect(SOURCE_KINDS).toEqual(['touchpoints', 'projects', 'responses', 'themes', 'stakeholders']);
    expect(SOURCE_KINDS.every(isSourceKind)).toBe(true);
    expect([isSourceKind('Touchpoints'), isSourceKind(''), isSourceKind(undefined)]).toEqual([false, false, false]);
  });
});

describe('tabNamesLanguage', () => {
  it.each([
    [['Odpowiedzi', 'Metryki'], 'pl'],
    [['Punkty styku', 'Punkty styku 2025', 'Arkusz1'], 'pl'],
    [['Interesariusze'], 'pl'],
    [['Responses', 'Metrics'], 'en'],
    [['Themes'], 'en'],
    // Both, or neither: the names do not tell.
    [['Touchpoints', 'Odpowiedzi'], undefined],
    [['Sheet1', 'punkty styku'], undefined],
  ])('%j → %s', (names, language) => {
    expect(tabNamesLanguage(names)).toBe(language);
  });

  it('knows the default tab of each kind in both languages, English first', () => {
    expect(SOURCE_KINDS.map(defaultTabs)).toEqual([
      ['Touchpoints', 'Punkty styku'],
      ['Projects', 'Projekty'],
      ['Responses', 'Odpowiedzi'],
      ['Themes', 'Tematy'],
      ['Stakeholders', 'Interesariusze'],
    ]);
  });
});
