import { ADDON_NAME, MENU_BUILD_GRID, MENU_BUILD_MATRIX, MENU_BUILD_STAKEHOLDER_MAP, MENU_HELP, MENU_INSERT_EXAMPLES, MENU_OPEN_SIDEBAR } from './messages';

/**
 * Builds the add-on menu (Extensions › CX Sheets). Runs in AuthMode.NONE before the user
 * has authorised the add-on, so it touches nothing but the UI: no sheet data, no properties,
 * no user locale (the captions are English).
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU_OPEN_SIDEBAR, 'showSidebar')
    .addSeparator()
    .addItem(MENU_BUILD_GRID, 'menuBuildValuationGrid')
    .addItem(MENU_BUILD_MATRIX, 'menuBuildCostSatisfactionMatrix')
    .addItem(MENU_BUILD_STAKEHOLDER_MAP, 'menuBuildStakeholderMap')
    .addItem(MENU_INSERT_EXAMPLES, 'menuInsertExampleTabs')
    .addSeparator()
    .addItem(MENU_HELP, 'showHelp')
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
