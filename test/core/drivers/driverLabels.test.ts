import { driverLabels } from '../../../src/core/drivers/driverLabels';
import { DRIVERS_TEXTS } from '../../../src/core/drivers/driversTexts';

const en = DRIVERS_TEXTS.en;
const pl = DRIVERS_TEXTS.pl;

describe('driverLabels', () => {
  it('takes the header cells, trimmed, and names blank ones by column', () => {
    expect(driverLabels([' CSAT Delivery ', undefined, '', 'Hotline'], en.defaultLabel, [en.rSquared])).toEqual(['CSAT Delivery', 'Driver 2', 'Driver 3', 'Hotline']);
    expect(driverLabels([undefined, undefined], pl.defaultLabel, [pl.rSquared])).toEqual(['Czynnik 1', 'Czynnik 2']);
  });

  it('gives a repeated label " (2)", " (3)"…, ignoring case and spaces, skipping names already taken', () => {
    expect(driverLabels(['Delivery', 'delivery ', 'Delivery', 'Delivery (4)'], en.defaultLabel, ['R²'])).toEqual(['Delivery', 'delivery (2)', 'Delivery (3)', 'Delivery (4)']);
    expect(driverLabels(['Delivery (2)', 'Delivery', 'Delivery'], en.defaultLabel, ['R²'])).toEqual(['Delivery (2)', 'Delivery', 'Delivery (3)']);
    expect(driverLabels(['Driver 2', undefined], en.defaultLabel, ['R²'])).toEqual(['Driver 2', 'Driver 2 (2)']);
  });

  it('quotes a label that would read as the R² row', () => {
    expect(driverLabels(['R²', 'r²', 'Speed'], en.defaultLabel, ['R²'])).toEqual(['"R²"', '"r²" (2)', 'Speed']);
  });
});
