// The one entry of the Apps Script bundle. Every export here becomes a top-level function
// in dist/Code.js (scripts/build.ts generates the stubs): custom functions with their
// JSDoc, the add-on's triggers and menu actions, and each property of `serverApi`.
export * from './functions';
export { onOpen, onInstall, showSidebar } from './addon/menu';
export { menuBuildCostSatisfactionMatrix, menuBuildValuationGrid, menuInsertExampleTabs, showHelp } from './addon/menuActions';
export { menuBuildStakeholderMap } from './addon/menuActions';
export { menuCompareValuations, menuSaveDatedCopy } from './addon/reverificationMenu';
export { menuBuildSurveyReport } from './addon/surveyReportMenu';
export { serverApi } from './addon/serverApi';
