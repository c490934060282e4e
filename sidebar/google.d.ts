// The client half of Apps Script's HtmlService bridge, as the sidebar's iframe sees it.
interface GoogleScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): GoogleScriptRunner;
  withFailureHandler(handler: (error: Error) => void): GoogleScriptRunner;
  [serverFunction: string]: (...args: never[]) => unknown;
}

declare const google: {
  script: {
    run: GoogleScriptRunner;
    host: { close(): void };
  };
};
