import { checkBuildOptions, checkSource, invalidTables, nameTakenWarning, unusedColumnsWarning } from '../../src/addon/buildResult';

describe('the result of a build over an invalid table', () => {
  it('counts the problems and gives each its message, as plain data', () => {
    const problem = { sheet: 'Touchpoints', row: 4, column: 'D', header: 'Valuation', value: '3', problem: 'is not a valuation level', allowed: '−2..2' };
    expect(invalidTables([problem], 'Touchpoints!A1:I9', 'en')).toEqual({
      ok: false,
      source: 'Touchpoints!A1:I9',
      problems: [{ ...problem, message: 'Touchpoints row 4, column D (Valuation): 3 is not a valuation level; allowed: −2..2' }],
      message: '1 problem in Touchpoints!A1:I9; nothing was written.',
      locale: 'en',
    });
    expect(invalidTables([problem, problem], undefined, 'en').message).toBe('2 problems in the source table; nothing was written.');
  });
});

describe('checkBuildOptions', () => {
  it('accepts the documented shapes', () => {
    for (const options of [undefined, {}, { locale: 'pl' }, { source: { kind: 'selection' } }, { source: { kind: 'tab', name: 'T' }, mapping: { valuation: 'D' } }] as const) {
      expect(() => checkBuildOptions('Grid', options as never)).not.toThrow();
    }
  });

  it.each([
    [{ locale: 'de' }, 'Grid: locale "de" is not "en" or "pl"'],
    [{ source: { kind: 'tab' } }, 'Grid: source {"kind":"tab"} is not {kind: "tab" | "namedRange", name} or {kind: "selection"}'],
    [{ source: { kind: 'sheet', name: 'T' } }, 'Grid: source {"kind":"sheet","name":"T"} is not {kind: "tab" | "namedRange", name} or {kind: "selection"}'],
    [{ mapping: { valuation: 4 } }, 'Grid: the mapping of valuation is 4, not a header or column letter'],
  ])('rejects %j', (options, message) => {
    expect(() => checkBuildOptions('Grid', options as never)).toThrow(message);
  });
});

describe('the parts every builder shares', () => {
  it('names the option in a source problem', () => {
    expect(() => checkSource('Matrix', { kind: 'tab' } as never, 'projectsSource')).toThrow('Matrix: projectsSource {"kind":"tab"} is not');
  });

  it('warns about a user tab that had the name, and about unused columns', () => {
    expect(nameTakenWarning({ tabName: 'M (2)', replaced: false, nameTakenBy: 'M' }, 'the matrix', 'en')).toBe(
      'A tab named "M" that CX Sheets did not build already exists and was left untouched; the matrix is in "M (2)".',
    );
    expect(nameTakenWarning({ tabName: 'M', replaced: true }, 'the matrix', 'en')).toBeUndefined();
    expect(unusedColumnsWarning(['Notes', 'Budget'], 'Projects!A1:H9', 'en')).toBe('Columns not used in Projects!A1:H9: "Notes", "Budget".');
    expect(unusedColumnsWarning([], undefined, 'en')).toBeUndefined();
  });
});
