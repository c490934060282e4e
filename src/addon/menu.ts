import { outputLocaleOf } from '../core/tabs/outputLocale';
import { ADDON_NAME, UI_TEXTS, UiTexts } from './messages';

/**
 * The menu's language. In AuthMode.NONE (the add-on installed but not yet used in this
 * file) onOpen may touch nothing but the UI — no sheet data, no properties, no locale — so
 * the captions are English; once authorised (LIMITED, FULL) they follow the user's locale.
 * No event (a call from the editor) counts as NONE; anything that fails falls back to English.
 */
function menuTexts(e?: { readonly authMode?: unknown }): UiTexts {
  const mode = e?.authMode === undefined ? 'NONE' : String(e.authMode);
  if (mode === 'NONE') return UI_TEXTS.en;
  try {
    return UI_TEXTS[outputLocaleOf(Session.getActiveUserLocale())];
  } catch {
    return UI_TEXTS.en;
  }
}

/** Builds the add-on menu (Extensions › CX Sheets); safe in AuthMode.NONE (see menuTexts). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const m = menuTexts(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(m.openSidebar, 'showSidebar')
    .addSeparator()
    .addItem(m.buildGrid, 'menuBuildValuationGrid')
    .addItem(m.buildMatrix, 'menuBuildCostSatisfactionMatrix')
    .addItem(m.buildStakeholderMap, 'menuBuildStakeholderMap')
    .addItem(m.buildReport, 'menuBuildSurveyReport')
    .addItem(m.compareValuations, 'menuCompareValuations')
    .addItem(m.saveDatedCopy, 'menuSaveDatedCopy')
    .addItem(m.insertExamples, 'menuInsertExampleTabs')
    .addSeparator()
    .addItem(m.help, 'showHelp')
    .addToUi();
}

/** An add-on installed from the Marketplace gets no onOpen until the file is reopened. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the sidebar built from sidebar/ into dist/Sidebar.html. */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_NAME);
  SpreadsheetApp.getUi().showSidebar(page);
}
