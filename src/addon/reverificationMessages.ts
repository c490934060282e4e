import { OutputLocale } from '../core/tabs/outputLocale';

/**
 * What Compare valuations and Save a dated copy say in Sheets' own UI (the menu's alerts
 * and toasts), in English and Polish, as buildMessages.ts does for the other builds.
 */
export interface ReverificationMessages {
  readonly notBuilt: string;
  compareToast(counts: { readonly worse: number; readonly nowNegative: number; readonly differentiatorsLost: number; readonly new: number; readonly retired: number }, before: string, now: string): string;
  readonly copyNotSaved: string;
  copySavedTitle(tabName: string): string;
  copyToast(source: string, tabName: string): string;
}

const en: ReverificationMessages = {
  notBuilt: 'Re-verification not built',
  compareToast: (c, before, now) =>
    `${before} → ${now}: ${c.worse} worse, ${c.nowNegative} newly below 0, ${c.differentiatorsLost} differentiator${c.differentiatorsLost === 1 ? '' : 's'} lost, ${c.new} new, ${c.retired} retired.`,
  copyNotSaved: 'Dated copy not saved',
  copySavedTitle: (tabName) => `Saved "${tabName}"`,
  copyToast: (source, tabName) => `A copy of "${source}" as it is today. Keep valuing in "${source}"; next year Compare valuations takes "${tabName}" as before.`,
};

const pl: ReverificationMessages = {
  notBuilt: 'Nie utworzono weryfikacji ocen',
  compareToast: (c, before, now) =>
    `${before} → ${now}: gorzej: ${c.worse}, teraz ujemne: ${c.nowNegative}, utracone wyróżniki: ${c.differentiatorsLost}, nowe: ${c.new}, wycofane: ${c.retired}.`,
  copyNotSaved: 'Nie zapisano kopii z datą',
  copySavedTitle: (tabName) => `Zapisano „${tabName}”`,
  copyToast: (source, tabName) => `Kopia karty „${source}” w dzisiejszym stanie. Dalej oceniaj w „${source}”; za rok Porównaj oceny weźmie „${tabName}” jako wcześniejszą.`,
};

export const REVERIFICATION_MESSAGES: Readonly<Record<OutputLocale, ReverificationMessages>> = { en, pl };
