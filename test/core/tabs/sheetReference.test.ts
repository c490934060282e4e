import { sheetReference } from '../../../src/core/tabs/sheetReference';

describe('sheetReference', () => {
  it.each([
    ['Touchpoints', 'Touchpoints'],
    ['Punkty styku', "'Punkty styku'"],
    ["Bob's tab", "'Bob''s tab'"],
    ['2026', "'2026'"],
    ['Zasięg', "'Zasięg'"],
    ['Touchpoints (2)', "'Touchpoints (2)'"],
  ])('%s → %s', (name, reference) => {
    expect(sheetReference(name)).toBe(reference);
  });
});
