import { readTableSource } from '../../src/sheets/tableSource';
import { useLocalServices } from './localServices';

const DEFAULTS = ['Touchpoints', 'Punkty styku'];

describe('readTableSource', () => {
  const table = [['Stage', 'Touchpoint'], ['Buy', 'Till']];

  it('reads the first default tab that exists, in one getValues call', () => {
    const { addon, spreadsheet } = useLocalServices({ Notes: [['x']], 'Punkty styku': table });
    addon.calls.reset();
    const read = readTableSource(spreadsheet, undefined, DEFAULTS);
    expect(read).toEqual({ grid: { sheet: 'Punkty styku', firstRow: 1, firstColumn: 1, values: table }, a1: "'Punkty styku'!A1:B2" });
    expect(addon.calls.byMethod()['Range.getValues']).toBe(1);
  });

  it('says which tabs exist when none of the defaults does', () => {
    const { spreadsheet } = useLocalServices({ Notes: [['x']], Data: table });
    expect(readTableSource(spreadsheet, undefined, DEFAULTS)).toEqual({
      problem: { sheet: 'Touchpoints', problem: 'there is no tab named "Touchpoints" or "Punkty styku"', allowed: 'one of the tabs ("Notes", "Data"), a named range or a selection as the source' },
    });
  });

  it('reads a named range where it sits, and reports an unknown name', () => {
    const { spreadsheet } = useLocalServices({ Data: [['title'], ...table.map((r) => ['', ...r])] });
    spreadsheet.setNamedRange('journey', spreadsheet.getRange('Data!B2:C3'));
    expect(readTableSource(spreadsheet, { kind: 'namedRange', name: 'journey' }, DEFAULTS)).toEqual({
      grid: { sheet: 'Data', firstRow: 2, firstColumn: 2, values: table },
      a1: 'Data!B2:C3',
    });
    expect(readTableSource(spreadsheet, { kind: 'namedRange', name: 'nope' }, DEFAULTS)).toMatchObject({ problem: { sheet: 'nope', problem: 'there is no named range with this name' } });
  });

  it('reads a selected range, or the whole table around one selected cell', () => {
    const { spreadsheet } = useLocalServices({ Data: [...table, ['Pay', 'Card']] });
    spreadsheet.getRange('Data!A1:B2').activate();
    expect(readTableSource(spreadsheet, { kind: 'selection' }, DEFAULTS)).toMatchObject({ a1: 'Data!A1:B2' });
    spreadsheet.getRange('Data!B3').activate();
    expect(readTableSource(spreadsheet, { kind: 'selection' }, DEFAULTS)).toMatchObject({ a1: 'Data!A1:B3' });
  });
});
