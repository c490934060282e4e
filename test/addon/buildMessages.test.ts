import { BUILD_MESSAGES } from '../../src/addon/buildMessages';

describe('build messages in English and Polish', () => {
  it('counts problems with the Polish plural forms (1 problem, 2–4 problemy, 5+ problemów, but 12–14 problemów)', () => {
    const pl = BUILD_MESSAGES.pl;
    expect([1, 2, 4, 5, 11, 12, 14, 22, 25].map((n) => pl.invalidSummary(n, 'Punkty styku!A1:D5'))).toEqual([
      '1 problem w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '2 problemy w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '4 problemy w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '5 problemów w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '11 problemów w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '12 problemów w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '14 problemów w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '22 problemy w Punkty styku!A1:D5; nic nie zostało zapisane.',
      '25 problemów w Punkty styku!A1:D5; nic nie zostało zapisane.',
    ]);
    expect(pl.invalidSummary(1, undefined)).toBe('1 problem w tabeli źródłowej; nic nie zostało zapisane.');
    expect(BUILD_MESSAGES.en.invalidSummary(2, undefined)).toBe('2 problems in the source table; nothing was written.');
  });

  it('words the warnings and the menu toasts in Polish', () => {
    const pl = BUILD_MESSAGES.pl;
    expect(pl.notValued(2, 9, 'Ocena')).toBe('Punkty styku jeszcze nieocenione: 2 z 9 (pusta kolumna Ocena); są wymienione jako nieocenione.');
    expect(pl.unusedColumns(['Uwagi'], 'Projekty!A1:F5')).toBe('Nieużyte kolumny w Projekty!A1:F5: "Uwagi".');
    expect(pl.nameTaken('Siatka ocen', pl.theGrid, 'Siatka ocen (2)')).toBe(
      'Karta o nazwie "Siatka ocen", której nie utworzył CX Sheets, już istnieje i pozostała nietknięta; siatka jest na karcie "Siatka ocen (2)".',
    );
    expect(pl.unvaluedLinked('Nowa kasa', 4, ['Kasa'])).toBe('Projekt "Nowa kasa" (wiersz 4): powiązane punkty styku, które nie są jeszcze ocenione, nic nie dodają do obliczonego wpływu: "Kasa".');
    expect(pl.blankImpactsNeedTouchpoints('2, 5', 2)).toBe('; puste wpływy w wierszach 2, 5 tabeli Projekty są obliczane z tabeli Punkty styku');
    expect(pl.blankImpactsNeedTouchpoints('3', 1)).toBe('; pusty wpływ w wierszu 3 tabeli Projekty jest obliczany z tabeli Punkty styku');
    expect(pl.moreProblems(3)).toBe('… i jeszcze 3: otwórz panel boczny, aby zobaczyć wszystkie.');
    expect(pl.gridToast(9, 'Punkty styku!A1:I10', 2, 3)).toBe('Punkty styku z Punkty styku!A1:I10: 9; do naprawy: 2, wyróżniki: 3.');
  });
});
