import fc from 'fast-check';
import { CellParser, flag, nameList, oneOf, optionalNumber, optionalText, requiredNumber, requiredText, share, wholeLevel } from '../../../src/core/tables/cellParsers';
import { PROBLEM_TEXTS } from '../../../src/core/tables/problemTexts';
import { CellValue } from '../../../src/core/tables/cellValue';

function value<T>(parser: CellParser<T>, cell: CellValue): T {
  const parsed = parser.parse(cell);
  if (!parsed.ok) throw new Error(`expected ${String(cell)} to parse, got: ${parsed.problem}`);
  return parsed.value;
}

function problem(parser: CellParser<unknown>, cell: CellValue): string {
  const parsed = parser.parse(cell);
  if (parsed.ok) throw new Error(`expected ${String(cell)} to be a problem, got ${String(parsed.value)}`);
  return parsed.problem;
}

describe('text cells', () => {
  it('trims text and reads numbers as their digits', () => {
    expect(value(requiredText('stageName'), '  Buy ')).toBe('Buy');
    expect(value(requiredText('stageName'), 2024)).toBe('2024');
    expect(value(requiredText('stageName'), '=1+1')).toBe('=1+1'); // user text stays data
  });

  it('reports an empty required cell, and gives undefined for an empty optional one', () => {
    expect(problem(requiredText('stageName'), '  ')).toBe('the cell is empty');
    expect(value(optionalText('owner'), '')).toBeUndefined();
  });

  it('reports error values, checkboxes and dates', () => {
    expect(problem(requiredText('touchpointName'), '#REF!')).toMatch(/is an error value, not a touchpoint name/);
    expect(problem(optionalText('owner'), true)).toMatch(/checkbox/);
    expect(problem(optionalText('owner'), new Date(0))).toMatch(/is a date/);
  });
});

describe('whole valuation levels', () => {
  const level = wholeLevel([2, 1, 0, -1, -2], 'valuationLevel', 'levels −2..2');

  it.each([
    [2, 2],
    [-2, -2],
    ['1', 1],
    [' -1 ', -1],
    ['+2', 2],
    ['\u22122', -2], // typographic minus
    ['-0', 0],
    ['1,0', 1], // Polish decimal comma
    ['', undefined],
  ])('%p → %p', (cell, expected) => {
    expect(value(level, cell)).toBe(expected);
  });

  it.each([3, -3, 0.5, '1.5', 'good', '#N/A', true, new Date(0)])('%p is not a level', (cell) => {
    expect(problem(level, cell)).toMatch(/valuation level/);
  });

  it('accepts exactly the five whole levels among numbers, and what misses one only by floating-point rounding (as that level)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (n) => {
        const near = [2, 1, 0, -1, -2].find((l) => Math.abs(n - l) <= 1e-12 * Math.max(1, Math.abs(l)));
        const parsed = level.parse(n);
        expect(parsed.ok).toBe(near !== undefined);
        if (parsed.ok) expect(parsed.value).toBe(near! + 0);
      }),
    );
    expect(level.parse(-1.0000000000000002)).toEqual({ ok: true, value: -1 }); // =AVERAGE(-1, -1.0000000000000004)
    expect(level.parse(1.5).ok).toBe(false);
  });
});

describe('flags', () => {
  const f = flag('momentOfTruth');
  it.each([
    [true, true],
    [false, false],
    ['', false],
    ['yes', true],
    ['Tak', true],
    ['x', true],
    ['X', true],
    ['no', false],
    ['NIE', false],
    [1, true],
    [0, false],
  ])('%p → %p', (cell, expected) => {
    expect(value(f, cell)).toBe(expected);
  });

  it.each(['maybe', 2, new Date(0), '#N/A'])('%p is not a flag', (cell) => {
    expect(f.parse(cell).ok).toBe(false);
  });
});

describe('reach as a share of customers (DESIGN §3)', () => {
  const reach = share('reach');
  it.each([
    [0.4, 0.4],
    [40, 0.4], // a number above 1 is a percentage: 40 / 100
    ['40%', 0.4],
    ['40 %', 0.4],
    ['0,4', 0.4],
    [1, 1], // 1 is the whole base, not 1%
    [100, 1],
    [0, 0],
  ])('%p → %p', (cell, expected) => {
    expect(value(reach, cell)).toBeCloseTo(expected, 12);
  });

  it('gives undefined for blank', () => {
    expect(value(reach, '')).toBeUndefined();
  });

  it.each([-0.1, 101, '150%', 'most', true])('%p is not a reach', (cell) => {
    expect(reach.parse(cell).ok).toBe(false);
  });
});

describe('number cells', () => {
  const cost = requiredNumber('cost', 0);
  const impact = optionalNumber('impact');

  it('reads numbers and numeric text, and keeps the lower bound', () => {
    expect(value(cost, 12.5)).toBe(12.5);
    expect(value(cost, ' 7,5 ')).toBe(7.5);
    expect(value(cost, 0)).toBe(0);
    expect(problem(cost, -1)).toBe('is not a cost ≥ 0');
    expect(value(impact, '−0.5')).toBe(-0.5); // typographic minus; no bound on impact
  });

  it('reports an empty required cell, text, checkboxes and dates; blank optional is undefined', () => {
    expect(problem(cost, '')).toBe('the cell is empty');
    expect(value(impact, '')).toBeUndefined();
    expect(problem(impact, 'lots')).toBe('is not a number');
    expect(problem(cost, true)).toMatch(/checkbox/);
    expect(problem(cost, new Date(0))).toMatch(/is a date/);
    expect(cost.allowed).toBe('a number ≥ 0 (not empty)');
    expect(impact.allowed).toBe('a number, or blank');
  });

  it('refuses text whose comma may separate thousands, rather than guess 1000× wrong', () => {
    expect(problem(cost, '12,500')).toMatch(/^is text that could mean thousands \(12,500 = 12500\) or decimals/);
    expect(problem(impact, ' 1,250,000 ')).toMatch(/could mean thousands/);
    expect(value(cost, 12500)).toBe(12500); // a number cell is a number, whatever its format shows
    expect(value(cost, '12,5')).toBe(12.5); // one or two decimals: a decimal comma
    expect(value(cost, '1,2500')).toBe(1.25);
    expect(value(cost, '12500')).toBe(12500);
  });

  it('never accepts a number below the bound', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      expect(cost.parse(n).ok).toBe(n >= 0);
    }));
  });
});

describe('name-list cells', () => {
  const names = nameList('touchpointNames');

  it('splits on ; , and new lines, trims, and drops blanks and repeats', () => {
    expect(value(names, 'Website; Checkout,  Till\nReturns;;')).toEqual(['Website', 'Checkout', 'Till', 'Returns']);
    expect(value(names, 'Kasa; kasa')).toEqual(['Kasa']);
    expect(value(names, '')).toEqual([]);
    expect(value(names, 42)).toEqual(['42']);
    expect(problem(names, true)).toMatch(/checkbox/);
  });
});

describe('one-of cells', () => {
  const type = oneOf('projectType', { hard: ['hard', 'twarda'], soft: ['soft', 'miękka'] });

  it('reads each word and its synonyms whatever their case and accents', () => {
    expect(['Hard', 'TWARDA', 'soft', 'Miekka', 'miękka'].map((w) => value(type, w))).toEqual(['hard', 'hard', 'soft', 'soft', 'soft']);
    expect(value(type, '')).toBeUndefined();
    expect(problem(type, 'medium')).toBe('is not a project type');
    expect(problem(type, 3)).toBe('is not a project type');
    expect(type.allowed).toBe('hard, twarda, soft, miękka, or blank');
  });
});

describe('problems in Polish (the build of a Polish spreadsheet)', () => {
  const pl = PROBLEM_TEXTS.pl;

  it('says what each reader allows', () => {
    expect(requiredText('stageName', pl).allowed).toBe('nazwa etapu (tekst, niepusty)');
    expect(optionalText('owner', pl).allowed).toBe('właściciel (tekst) albo puste pole');
    expect(requiredNumber('cost', 0, pl).allowed).toBe('liczba ≥ 0 (pole nie może być puste)');
    expect(problem(requiredNumber('cost', 0, pl), '12,500')).toBe(
      'to tekst, który może oznaczać tysiące (12,500 = 12500) albo ułamek (12,5); wpisz liczbę bez separatorów albo z kropką dziesiętną',
    );
    expect(optionalNumber('impact', undefined, pl).allowed).toBe('liczba albo puste pole');
    expect(flag('effortPoint', pl).allowed).toBe('pole wyboru, tak/nie, yes/no, x albo puste pole (= nie)');
    expect(share('reach', pl).allowed).toBe('udział od 0 do 1 albo odsetek od 0% do 100% (40% lub 40), albo puste pole');
    expect(nameList('touchpointNames', pl).allowed).toBe('nazwy punktów styku rozdzielone znakiem ; lub , albo nowymi wierszami, albo puste pole');
    expect(oneOf('projectType', { hard: ['twarda'], soft: ['miękka'] }, pl).allowed).toBe('twarda, miękka albo puste pole');
  });

  it('says what is wrong with a cell, declining the noun as Polish needs', () => {
    expect(problem(requiredText('stageName', pl), '')).toBe('komórka jest pusta');
    expect(problem(requiredText('touchpointName', pl), '#REF!')).toBe('to wartość błędu, nie nazwa punktu styku; popraw komórkę, z której pochodzi');
    expect(problem(optionalText('owner', pl), true)).toBe('to pole wyboru lub wartość PRAWDA/FAŁSZ, nie właściciel');
    expect(problem(requiredNumber('cost', 0, pl), new Date(0))).toBe('to data, nie liczba');
    expect(problem(wholeLevel([2, 1, 0, -1, -2], 'valuationLevel', '', pl), 5)).toBe('nie jest poziomem oceny');
    expect(problem(wholeLevel([2, 1, 0, -1, -2], 'valuationLevel', '', pl), 'dobrze')).toBe('nie jest poziomem oceny');
    expect(problem(flag('momentOfTruth', pl), 'może')).toBe('nie jest wartością tak/nie (moment prawdy)');
    expect(problem(share('reach', pl), 150)).toBe('nie jest zasięgiem z przedziału od 0% do 100%');
    expect(problem(requiredNumber('cost', 0, pl), -1)).toBe('nie jest kosztem ≥ 0');
    expect(problem(nameList('touchpointNames', pl), false)).toBe('to pole wyboru lub wartość PRAWDA/FAŁSZ, nie lista nazw punktów styku');
    expect(problem(oneOf('projectType', { hard: ['twarda'], soft: ['miękka'] }, pl), 'średnia')).toBe('nie jest typem projektu');
  });
});
