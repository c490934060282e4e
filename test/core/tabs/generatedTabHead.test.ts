import { generatedTabHead, generatedTabNote } from '../../../src/core/tabs/generatedTabHead';

const meta = { source: "'Punkty styku'!A1:I21", builtAt: new Date(Date.UTC(2026, 10, 23, 4, 5, 30)) };

describe('the head of a generated tab', () => {
  it('says when and from which range, in English and Polish', () => {
    expect(generatedTabNote('en', meta)).toBe("Built 2026-11-23 04:05 UTC from 'Punkty styku'!A1:I21 by CX Sheets. This tab is generated: rebuilding replaces it, so edit the source table, not this tab.");
    expect(generatedTabNote('pl', meta)).toBe("Zbudowano 2026-11-23 04:05 UTC z 'Punkty styku'!A1:I21 (CX Sheets). Ta karta jest generowana: przebudowa ją zastępuje, więc zmieniaj tabelę źródłową, nie tę kartę.");
  });

  it('puts the bold title in A1 and the note in A2', () => {
    const head = generatedTabHead('Matrix', 'en', meta);
    expect([head.row, head.column]).toEqual([1, 1]);
    expect(head.cells.map((r) => r.map((c) => [c.value, c.format?.bold ?? false]))).toEqual([
      [['Matrix', true]],
      [[generatedTabNote('en', meta), false]],
    ]);
  });
});
