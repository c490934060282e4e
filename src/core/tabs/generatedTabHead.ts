import { OutputLocale } from './outputLocale';
import { formatBuiltAt, LayoutBlock } from './sheetLayout';

/**
 * The top of every generated tab (DESIGN §4): its title, then a note saying when and from
 * which range it was built, and that it is rebuilt rather than edited. Rows 1–2.
 */
export interface TabMeta {
  /** The source range as A1 with its sheet, e.g. "Touchpoints!A1:I21". */
  readonly source: string;
  readonly builtAt: Date;
}

const NOTES: Readonly<Record<OutputLocale, (builtAt: string, source: string) => string>> = {
  en: (builtAt, source) => `Built ${builtAt} from ${source} by CX Sheets. This tab is generated: rebuilding replaces it, so edit the source table, not this tab.`,
  pl: (builtAt, source) => `Zbudowano ${builtAt} z ${source} (CX Sheets). Ta karta jest generowana: przebudowa ją zastępuje, więc zmieniaj tabelę źródłową, nie tę kartę.`,
};

/** Grey for notes and legends: read, but quieter than the data. */
export const NOTE_COLOUR = '#666666';

export function generatedTabNote(locale: OutputLocale, meta: TabMeta): string {
  return NOTES[locale](formatBuiltAt(meta.builtAt), meta.source);
}

/** Rows 1–2 of a generated tab: the title in bold, the note in grey. */
export function generatedTabHead(title: string, locale: OutputLocale, meta: TabMeta): LayoutBlock {
  return {
    row: 1,
    column: 1,
    cells: [[{ value: title, format: { bold: true } }], [{ value: generatedTabNote(locale, meta), format: { fontColor: NOTE_COLOUR } }]],
  };
}
