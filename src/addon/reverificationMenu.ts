import { activateTab } from '../sheets/tabHeads';
import { BUILD_MESSAGES } from './buildMessages';
import { saveDatedCopyNow } from './datedCopy';
import { showProblems } from './menuActions';
import { buildReverificationTab } from './reverificationBuild';
import { REVERIFICATION_MESSAGES } from './reverificationMessages';
import { sidebarContext } from './sourceDetection';

/**
 * Extensions › CX Sheets › Compare valuations and › Save a dated copy of Touchpoints. As the
 * other menu items: the tables the sidebar would pick, a toast when done, an alert listing
 * every problem when nothing was written, in the spreadsheet's locale.
 */
export function menuCompareValuations(): void {
  const result = buildReverificationTab();
  if (!result.ok) return showProblems(REVERIFICATION_MESSAGES[result.locale].notBuilt, result);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  activateTab(spreadsheet, result.tabName);
  const messages = REVERIFICATION_MESSAGES[result.locale];
  spreadsheet.toast(messages.compareToast(result.counts, result.before, result.now), BUILD_MESSAGES[result.locale].builtTitle(result.tabName, result.replaced), 8);
}

/** Copies the Touchpoints tab the user is on, else the current Touchpoints tab. */
export function menuSaveDatedCopy(): void {
  const context = sidebarContext();
  const onTouchpoints = context.sources.some((s) => s.kind === 'touchpoints' && s.sheet === context.activeSheet);
  const result = saveDatedCopyNow({ source: onTouchpoints ? context.activeSheet : undefined });
  if (!result.ok) return showProblems(REVERIFICATION_MESSAGES[result.locale].copyNotSaved, result);
  const messages = REVERIFICATION_MESSAGES[result.locale];
  SpreadsheetApp.getActiveSpreadsheet().toast(messages.copyToast(result.source, result.tabName), messages.copySavedTitle(result.tabName), 8);
}
