/** Texts the add-on shows in Sheets' own UI (menu, sidebar title). */
export const ADDON_NAME = 'CX Sheets';
export const MENU_OPEN_SIDEBAR = 'Open sidebar';
