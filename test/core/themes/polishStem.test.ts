import { foldWord } from '../../../src/core/themes/foldWord';
import { polishStem } from '../../../src/core/themes/polishStem';

const stem = (word: string): string => polishStem(foldWord(word));

describe('polishStem', () => {
  it.each([
    ['kurier', ['kurier', 'kuriera', 'kurierowi', 'kurierem', 'kurierze', 'kurierzy', 'kurierów', 'kurierom', 'kurierami', 'kurierach']],
    ['dostaw', ['dostawa', 'dostawy', 'dostawie', 'dostawę', 'dostawą', 'dostaw', 'dostawach', 'dostawami', 'dostawom', 'dostawe']],
    ['obslug', ['obsługa', 'obsługi', 'obsłudze', 'obsługę', 'obsługą']],
    ['paczk', ['paczka', 'paczki', 'paczce', 'paczkę', 'paczką']],
    ['przesylk', ['przesyłka', 'przesyłki', 'przesyłce', 'przesyłkę']],
    ['infolin', ['infolinia', 'infolinii', 'infolinię', 'infolinią', 'infolinie']],
    ['cen', ['cena', 'ceny', 'cenie', 'cenę', 'ceną', 'cen']],
    ['szybk', ['szybki', 'szybka', 'szybkie', 'szybkiego', 'szybkiej', 'szybkim', 'szybkimi', 'szybkich', 'szybko']],
    ['zamowien', ['zamówienie', 'zamówienia', 'zamówieniu', 'zamówieniem', 'zamówień']],
    ['jakosk', ['jakość', 'jakości', 'jakością']],
    ['problem', ['problem', 'problemu', 'problemem', 'problemy', 'problemów']],
    ['formular', ['formularz', 'formularza', 'formularzu', 'formularze']],
  ])('%s: %j', (expected, forms) => {
    expect(forms.map(stem)).toEqual(forms.map(() => expected));
  });

  it('keeps at least three letters and leaves short words and other scripts alone', () => {
    expect(['dom', 'od', 'ale', 'mi'].map(stem)).toEqual(['dom', 'od', 'ale', 'mi']);
    expect(stem('доставка')).toBe('доставка');
    expect(stem('24h')).toBe('24h');
  });

  it('does not merge different words', () => {
    expect(stem('kurier')).not.toBe(stem('kurs'));
    expect(stem('sklep')).not.toBe(stem('skleroza'));
  });
});
