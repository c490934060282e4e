import { activeSheetName } from '../sheets/activeSheet';

/**
 * Everything the sidebar may call through `google.script.run`. The build turns each
 * property into a top-level function, and the sidebar's client is typed by `ServerApi`,
 * so renaming a function here breaks the sidebar's build rather than the user's click.
 */
export const serverApi = {
  /** The name of the tab the user is looking at. */
  getActiveSheetName(): string {
    return activeSheetName();
  },
};

export type ServerApi = typeof serverApi;
