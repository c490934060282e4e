import { DriverAnalysis } from '../../../src/core/drivers/driverAnalysis';
import { driversTable } from '../../../src/core/drivers/driversTable';

const analysis: DriverAnalysis = {
  drivers: [
    { column: 1, label: 'Delivery', responses: 40, correlation: 0.6, weight: 0.3, importance: 75, mean: 3.1, priority: 'concentrate' },
    { column: 0, label: 'Website', responses: 38, correlation: 0.2, weight: 0.1, importance: 25, mean: 4.2, priority: 'overkill' },
  ],
  rSquared: 0.4,
  responses: 42,
};

describe('driversTable', () => {
  it('lays the table out in English: header, drivers in the order given, then R²', () => {
    expect(driversTable(analysis, 'en')).toEqual([
      ['Driver', 'Responses', 'Correlation', 'Importance %', 'Mean', 'Priority'],
      ['Delivery', 40, 0.6, 75, 3.1, 'Concentrate here'],
      ['Website', 38, 0.2, 25, 4.2, 'Possible overkill'],
      ['R²', 42, '', 40, '', ''],
    ]);
  });

  it('and in Polish', () => {
    expect(driversTable({ ...analysis, drivers: [{ ...analysis.drivers[0], priority: 'keepUp' }, { ...analysis.drivers[1], priority: 'low' }] }, 'pl')).toEqual([
      ['Czynnik', 'Odpowiedzi', 'Korelacja', 'Ważność %', 'Średnia', 'Priorytet'],
      ['Delivery', 40, 0.6, 75, 3.1, 'Tak trzymaj'],
      ['Website', 38, 0.2, 25, 4.2, 'Niski priorytet'],
      ['R²', 42, '', 40, '', ''],
    ]);
  });
});
