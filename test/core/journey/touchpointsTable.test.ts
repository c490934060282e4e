import { CellValue } from '../../../src/core/tables/cellValue';
import { formatTableProblem } from '../../../src/core/tables/tableProblem';
import { readTouchpoints } from '../../../src/core/journey/touchpointsTable';

const grid = (values: CellValue[][], sheet = 'Touchpoints') => ({ sheet, firstRow: 1, firstColumn: 1, values });

describe('the Touchpoints table (DESIGN §3)', () => {
  it('reads English headers with every optional column', () => {
    const read = readTouchpoints(
      grid([
        ['Stage', 'Touchpoint', 'Path', 'Valuation', 'Target', 'Moment of truth', 'Effort point', 'Reach', 'Owner'],
        ['Buy', 'Checkout', 'Online', -1, '', true, 'yes', '40%', 'E-commerce'],
        ['Buy', 'Till', 'Store', '', 1, false, '', 0.25, ''],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { sheetRow: 2, stage: 'Buy', touchpoint: 'Checkout', path: 'Online', valuation: -1, target: undefined, momentOfTruth: true, effortPoint: true, reach: 0.4, owner: 'E-commerce' },
      { sheetRow: 3, stage: 'Buy', touchpoint: 'Till', path: 'Store', valuation: undefined, target: 1, momentOfTruth: false, effortPoint: false, reach: 0.25, owner: undefined },
    ]);
  });

  it('reads Polish headers, whatever their case and accents', () => {
    const read = readTouchpoints(
      grid([
        ['ETAP', 'punkt styku', 'Sciezka', 'Ocena', 'Cel', 'Moment prawdy', 'Wysilek klienta', 'Zasięg', 'Dział'],
        ['Zakup', 'Kasa', 'Sklep', '2', '', 'tak', 'nie', 40, 'Sprzedaż'],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ stage: 'Zakup', touchpoint: 'Kasa', path: 'Sklep', valuation: 2, momentOfTruth: true, effortPoint: false, reach: 0.4, owner: 'Sprzedaż' });
  });

  it('needs only Stage, Touchpoint and Valuation', () => {
    const read = readTouchpoints(grid([['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Checkout', 0]]));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toEqual({ sheetRow: 2, stage: 'Buy', touchpoint: 'Checkout', path: undefined, valuation: 0, target: undefined, momentOfTruth: false, effortPoint: false, reach: undefined, owner: undefined });
  });

  it('reports every invalid cell together, saying the grid has five rows', () => {
    const read = readTouchpoints(
      grid([
        ['Stage', 'Touchpoint', 'Valuation', 'Target', 'Moment of truth', 'Reach'],
        ['', 'Checkout', 3, '', '', ''],
        ['', 'Till', 1.5, 'high', 'perhaps', '120%'],
      ]),
    );
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Touchpoints row 2, column A (Stage): the cell is empty; allowed: a stage name (text, not empty)',
      'Touchpoints row 2, column C (Valuation): 3 is not a valuation level; allowed: a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= not yet valued)',
      'Touchpoints row 3, column A (Stage): the cell is empty; allowed: a stage name (text, not empty)',
      'Touchpoints row 3, column C (Valuation): 1.5 is not a valuation level; allowed: a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= not yet valued)',
      'Touchpoints row 3, column D (Target): "high" is not a target level; allowed: a whole level −2, −1, 0, 1 or 2 (the emotion grid has these five rows), or blank (= the default target: 0 for a negative valuation, else the valuation)',
      'Touchpoints row 3, column E (Moment of truth): "perhaps" is not a yes/no value for moment of truth; allowed: a checkbox, yes/no, tak/nie, x, or blank (= no)',
      'Touchpoints row 3, column F (Reach): "120%" is not a reach between 0% and 100%; allowed: a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
    ]);
  });

  it('continues a blank Stage from the stage above, as a stage written once or merged cells read', () => {
    // Sheets reads a merge A2:A4 as "Buy", "", "": the two blanks belong to "Buy".
    const read = readTouchpoints(
      grid([
        ['Stage', 'Touchpoint', 'Valuation'],
        ['Buy', 'Website', 1],
        ['', 'Checkout', -1],
        [null, 'Till', 0],
        ['Use', 'Manual', 0],
        ['', 'Hotline', -2],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.stage, r.touchpoint])).toEqual([
      ['Buy', 'Website'],
      ['Buy', 'Checkout'],
      ['Buy', 'Till'],
      ['Use', 'Manual'],
      ['Use', 'Hotline'],
    ]);
  });

  it('reads a percent-formatted Reach as it shows: 40% is 0.4, 150% is an error, not 1.5%', () => {
    // getValues() gives 0.4 and 1.5 for cells showing 40% and 150%; 1.5 unformatted means 1.5%.
    const values: CellValue[][] = [['Stage', 'Touchpoint', 'Valuation', 'Reach'], ['Buy', 'A', 0, 0.4], ['Buy', 'B', 0, 1.5], ['Buy', 'C', 0, 1.5], ['Buy', 'D', 0, 40]];
    const numberFormats = [['General', 'General', 'General', 'General'], ['', '', '', '0%'], ['', '', '', '0.0%'], ['', '', '', 'General'], ['', '', '', '0']];
    const read = readTouchpoints({ ...grid(values), numberFormats });
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Touchpoints row 3, column D (Reach): 1.5 is not a reach between 0% and 100%; allowed: a share from 0 to 1, or a percentage from 0% to 100% (40% or 40), or blank',
    ]);
    const ok = readTouchpoints({ ...grid(values.filter((_, i) => i !== 2)), numberFormats: numberFormats.filter((_, i) => i !== 2) });
    expect(ok.rows.map((r) => r.reach)).toEqual([0.4, 0.015, 0.4]);
  });

  it('reports a touchpoint name used twice on one path, or once on no path and again on a path', () => {
    const read = readTouchpoints(
      grid([
        ['Stage', 'Touchpoint', 'Path', 'Valuation'],
        ['Buy', 'Checkout', 'Online', 0], // row 2
        ['Buy', 'Checkout', 'Store', 0], // row 3: another path, fine
        ['Buy', 'CHECKOUT', 'online', 1], // row 4: repeats row 2 on Online
        ['Pay', 'Receipt', '', 0], // row 5: on every path
        ['Pay', 'Receipt', 'Store', 0], // row 6: repeats row 5
      ]),
    );
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Touchpoints row 4, column B (Touchpoint): "CHECKOUT" repeats the touchpoint of row 2 on path "online"; allowed: each touchpoint name once per path (a touchpoint with no path is on every path)',
      'Touchpoints row 6, column B (Touchpoint): "Receipt" repeats the touchpoint of row 5 on path "Store"; allowed: each touchpoint name once per path (a touchpoint with no path is on every path)',
    ]);
  });

  it('still finds a repeated name when the first row has a problem of its own', () => {
    const read = readTouchpoints(grid([['Stage', 'Touchpoint', 'Valuation'], ['Buy', 'Till', 5], ['Buy', 'till', 0]]));
    expect(read.problems.map((p) => `${p.row}${p.column} ${p.problem}`)).toEqual(['2C is not a valuation level', '3B repeats the touchpoint of row 2']);
  });

  it('names the sheet it read in every message', () => {
    const read = readTouchpoints(grid([['Etap', 'Punkt styku'], ['Zakup', 'Kasa']], 'Punkty 2026'));
    expect(read.problems.map((p) => formatTableProblem(p))).toEqual([
      'Punkty 2026 row 1 (Valuation): no Valuation column: none of the headers ("Etap", "Punkt styku") is one of "Valuation", "Current", "Ocena"; allowed: a column headed Valuation / Current / Ocena, or a mapping of Valuation to one of the columns',
    ]);
  });

  // Polish expectations written by hand from DESIGN §3's Polish headers and the English messages above.
  it('words every problem in Polish for a Polish build', () => {
    const read = readTouchpoints(
      grid(
        [
          ['Etap', 'Punkt styku', 'Ścieżka', 'Ocena', 'Cel', 'Moment prawdy', 'Zasięg'],
          ['', 'Kasa', 'Sklep', 3, '', '', ''], // row 2: no stage above to continue
          ['Zakup', 'Kasa', 'sklep', 1, 'wysoko', 'może', '120%'], // row 3
        ],
        'Punkty styku',
      ),
      {},
      'pl',
    );
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Punkty styku, wiersz 2, kolumna A (Etap): komórka jest pusta; dozwolone: nazwa etapu (tekst, niepusty)',
      'Arkusz Punkty styku, wiersz 2, kolumna D (Ocena): 3 nie jest poziomem oceny; dozwolone: pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole (= jeszcze nie ocenione)',
      'Arkusz Punkty styku, wiersz 3, kolumna B (Punkt styku): "Kasa" powtarza punkt styku z wiersza 2 na ścieżce "sklep"; dozwolone: każda nazwa punktu styku raz na ścieżkę (punkt styku bez ścieżki należy do każdej ścieżki)',
      'Arkusz Punkty styku, wiersz 3, kolumna E (Cel): "wysoko" nie jest poziomem celu; dozwolone: pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole (= cel domyślny: 0 przy ujemnej ocenie, w przeciwnym razie ocena)',
      'Arkusz Punkty styku, wiersz 3, kolumna F (Moment prawdy): "może" nie jest wartością tak/nie (moment prawdy); dozwolone: pole wyboru, tak/nie, yes/no, x albo puste pole (= nie)',
      'Arkusz Punkty styku, wiersz 3, kolumna G (Zasięg): "120%" nie jest zasięgiem z przedziału od 0% do 100%; dozwolone: udział od 0 do 1 albo odsetek od 0% do 100% (40% lub 40), albo puste pole',
    ]);
  });

  it('names each column as the user’s header does, also in a Polish build over English headers', () => {
    const read = readTouchpoints(
      grid([
        ['Stage', 'Touchpoint', 'Path', 'Valuation'],
        ['Zakup', 'Kasa', '', 'dobrze'], // row 2
        ['Zakup', 'kasa', '', 1], // row 3: repeats row 2
      ]),
      {},
      'pl',
    );
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Touchpoints, wiersz 2, kolumna D (Valuation): "dobrze" nie jest poziomem oceny; dozwolone: pełny poziom −2, −1, 0, 1 lub 2 (siatka emocji ma te pięć wierszy) albo puste pole (= jeszcze nie ocenione)',
      'Arkusz Touchpoints, wiersz 3, kolumna B (Touchpoint): "kasa" powtarza punkt styku z wiersza 2; dozwolone: każda nazwa punktu styku raz na ścieżkę (punkt styku bez ścieżki należy do każdej ścieżki)',
    ]);
    expect(read.headers).toEqual({ stage: 'Stage', touchpoint: 'Touchpoint', path: 'Path', valuation: 'Valuation' });
  });

  it('names a missing column in Polish for a Polish build, and still knows the English headers', () => {
    const read = readTouchpoints(grid([['Stage', 'Punkt styku'], ['Zakup', 'Kasa']], 'Punkty 2026'), {}, 'pl');
    expect(read.problems.map((p) => formatTableProblem(p, 'pl'))).toEqual([
      'Arkusz Punkty 2026, wiersz 1 (Ocena): brak kolumny Ocena: żaden z nagłówków ("Stage", "Punkt styku") nie jest jednym z "Ocena", "Valuation", "Current"; dozwolone: kolumna z nagłówkiem Ocena / Valuation / Current albo przypisanie Ocena do jednej z kolumn',
    ]);
  });
});
