import { activateTab } from '../sheets/tabHeads';
import { BUILD_MESSAGES } from './buildMessages';
import { showProblems } from './menuActions';
import { buildSurveyReportTab } from './surveyReportBuild';
import { SURVEY_REPORT_MESSAGES } from './surveyReportMessages';

/**
 * Extensions › CX Sheets › Build survey report: the report from the Responses tab (with the
 * Touchpoints and Themes tabs when they exist), month by month on a 1–5 rating scale; the
 * sidebar is for other periods and scales. A toast when done, an alert listing every
 * problem when nothing was written, in the spreadsheet's locale.
 */
export function menuBuildSurveyReport(): void {
  const result = buildSurveyReportTab();
  if (!result.ok) return showProblems(SURVEY_REPORT_MESSAGES[result.locale].notBuilt, result);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  activateTab(spreadsheet, result.tabName);
  spreadsheet.toast(SURVEY_REPORT_MESSAGES[result.locale].toast(result), BUILD_MESSAGES[result.locale].builtTitle(result.tabName, result.replaced), 8);
}
