import { SourceKind } from '../core/sources/sourceKinds';
import { activateTab } from '../sheets/tabHeads';
import { BUILD_MESSAGES } from './buildMessages';
import { InvalidTables } from './buildResult';
import { buildCostSatisfactionTab } from './costSatisfactionBuild';
import { insertExampleTabsNow } from './exampleTabsInsert';
import { outputLocaleOf } from '../core/tabs/outputLocale';
import { ADDON_NAME, FUNCTION_HELP, UI_TEXTS, UiTexts } from './messages';
import { bestSource } from './sourceDetection';
import { buildStakeholderMapTab } from './stakeholderMapBuild';
import { buildValuationGridTab } from './valuationGridBuild';

/**
 * What the menu items do (Extensions › CX Sheets). A build from the menu takes the best
 * table the sidebar would find and says how it went in a toast, or lists the problems in
 * an alert (nothing written then), in the spreadsheet's locale; the sidebar is for choosing
 * tabs and mappings.
 */
const MAX_PROBLEMS_IN_ALERT = 12;

/** Lists the problems of a build that wrote nothing, in an alert. */
export function showProblems(title: string, result: InvalidTables): void {
  const lines = result.problems.slice(0, MAX_PROBLEMS_IN_ALERT).map((p) => `• ${p.message}`);
  if (result.problems.length > MAX_PROBLEMS_IN_ALERT) lines.push(BUILD_MESSAGES[result.locale].moreProblems(result.problems.length - MAX_PROBLEMS_IN_ALERT));
  SpreadsheetApp.getUi().alert(title, `${result.message}\n\n${lines.join('\n')}`, SpreadsheetApp.getUi().ButtonSet.OK);
}

function tabSource(kind: SourceKind): { kind: 'tab'; name: string } | undefined {
  const found = bestSource(kind);
  return found ? { kind: 'tab', name: found.sheet } : undefined;
}

export function menuBuildValuationGrid(): void {
  const result = buildValuationGridTab({ source: tabSource('touchpoints') });
  if (!result.ok) return showProblems(BUILD_MESSAGES[result.locale].gridNotBuilt, result);
  const messages = BUILD_MESSAGES[result.locale];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  activateTab(spreadsheet, result.tabName);
  const c = result.counts;
  spreadsheet.toast(messages.gridToast(c.touchpoints, result.source, c.toFix, c.differentiators), messages.builtTitle(result.tabName, result.replaced), 8);
}

export function menuBuildCostSatisfactionMatrix(): void {
  const result = buildCostSatisfactionTab({ projectsSource: tabSource('projects'), touchpointsSource: tabSource('touchpoints') });
  if (!result.ok) return showProblems(BUILD_MESSAGES[result.locale].matrixNotBuilt, result);
  const messages = BUILD_MESSAGES[result.locale];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  activateTab(spreadsheet, result.tabName);
  const c = result.counts;
  spreadsheet.toast(messages.matrixToast(c.projects, c.quickWins, c.majorProjects, c.fillIns, c.moneyPits), messages.builtTitle(result.tabName, result.replaced), 8);
}

export function menuBuildStakeholderMap(): void {
  const result = buildStakeholderMapTab({ source: tabSource('stakeholders') });
  if (!result.ok) return showProblems(BUILD_MESSAGES[result.locale].mapNotBuilt, result);
  const messages = BUILD_MESSAGES[result.locale];
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  activateTab(spreadsheet, result.tabName);
  const c = result.counts;
  spreadsheet.toast(messages.mapToast(c.stakeholders, c.manageClosely, c.keepSatisfied, c.keepInformed, c.monitor), messages.builtTitle(result.tabName, result.replaced), 8);
}

export function menuInsertExampleTabs(): void {
  const inserted = insertExampleTabsNow();
  SpreadsheetApp.getActiveSpreadsheet().toast(UI_TEXTS[inserted.locale].examplesInserted(Object.values(inserted.tabs)), ADDON_NAME, 8);
}

/** The texts of the spreadsheet's language (the menu's actions run authorised). */
function spreadsheetTexts(): UiTexts {
  return UI_TEXTS[outputLocaleOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale())];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A short dialog on the custom functions, in the spreadsheet's language. Its text is the add-on's own, escaped all the same. */
export function showHelp(): void {
  const t = spreadsheetTexts();
  const rows = FUNCTION_HELP.map(([signature, meaning]) => `<tr><td><code>=${escapeHtml(signature)}</code></td><td>${escapeHtml(t.meaning(signature, meaning))}</td></tr>`).join('');
  const html =
    '<div style="font:13px Roboto,Arial,sans-serif;color:#202124">' +
    `<p>${escapeHtml(t.helpIntro)}</p>` +
    `<table style="border-collapse:collapse;font-size:12px" cellpadding="4"><tr><th align="left">${escapeHtml(t.functionsHeader[0])}</th><th align="left">${escapeHtml(t.functionsHeader[1])}</th></tr>${rows}</table>` +
    `<p>${escapeHtml(t.helpSidebar)}</p></div>`;
  const output = HtmlService.createHtmlOutput(html).setWidth(560).setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(output, t.helpTitle);
}
