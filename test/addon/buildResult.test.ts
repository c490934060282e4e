import { checkBuildOptions, invalidTables } from '../../src/addon/buildResult';

describe('the result of a build over an invalid table', () => {
  it('counts the problems and gives each its message, as plain data', () => {
    const problem = { sheet: 'Touchpoints', row: 4, column: 'D', header: 'Valuation', value: '3', problem: 'is not a valuation level', allowed: '−2..2' };
    expect(invalidTables([problem], 'Touchpoints!A1:I9')).toEqual({
      ok: false,
      source: 'Touchpoints!A1:I9',
      problems: [{ ...problem, message: 'Touchpoints row 4, column D (Valuation): 3 is not a valuation level; allowed: −2..2' }],
      message: '1 problem in Touchpoints!A1:I9; nothing was written.',
    });
    expect(invalidTables([problem, problem]).message).toBe('2 problems in the source table; nothing was written.');
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
