import { engineStringLiteral, referencesOf, shiftFormula, tokenize } from '../../local/formulaText';

const references = (formula: string) =>
  referencesOf(tokenize(formula)).map(({ token, argumentOf }) => [formula.slice(token.start, token.end), token.sheet ?? null, argumentOf ?? null]);

describe('formula text', () => {
  it('finds references, their sheet, and the function they are a whole argument of', () => {
    expect(references('=NPS(Responses!D2:D)')).toEqual([['Responses!D2:D', 'Responses', 'NPS']]);
    expect(references("=NPS_BY('My data'!$B$2:$B, 'My data'!C:C, \"month\")")).toEqual([
      ["'My data'!$B$2:$B", 'My data', 'NPS_BY'],
      ["'My data'!C:C", 'My data', 'NPS_BY'],
    ]);
    // Inside another expression, a reference is not a whole argument.
    expect(references('=ROUND(NPS(D2:D), 1) + SUM(D2:D+1)')).toEqual([['D2:D', null, 'NPS'], ['D2:D', null, null]]);
    expect(references('=NPS(FILTER(D2:D, C2:C="x"))')).toEqual([['D2:D', null, 'FILTER'], ['C2:C', null, null]]);
    // Not references: text, function names that look like cells, names, array constants.
    expect(references('=LOG10(A1) & "B2:B" & Scores & SUM({1,2})')).toEqual([['A1', null, 'LOG10']]);
  });

  it('reads string literals as Sheets does: "" is one quote', () => {
    const [token] = tokenize('="a""b"').filter((t) => t.kind === 'string');
    expect(token).toMatchObject({ kind: 'string', value: 'a"b' });
    expect(engineStringLiteral('a"b')).toBe('("a"&CHAR(34)&"b")');
    expect(engineStringLiteral('C:\\')).toBe('("C:"&CHAR(92))');
    expect(engineStringLiteral('plain')).toBeUndefined();
  });

  it('moves a shared formula: relative parts move, $ parts stay, off the sheet is #REF!', () => {
    expect(shiftFormula('A2*2', 1, 0)).toBe('A3*2');
    expect(shiftFormula('$A$2+B2+$C3+D$4', 2, 1)).toBe('$A$2+C4+$C5+E$4');
    expect(shiftFormula('SUM(Data!B2:B10)', 0, 2)).toBe('SUM(Data!D2:D10)');
    expect(shiftFormula('A1+1', -1, 0)).toBe('#REF!+1');
    expect(shiftFormula('"A1"&A1', 1, 1)).toBe('"A1"&B2');
  });
});
