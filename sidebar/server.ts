import type { ServerApi } from '../src/addon/serverApi';

/** The server API as the sidebar sees it: the same names and arguments, answers as promises. */
export type ServerCalls = {
  [Name in keyof ServerApi]: (...args: Parameters<ServerApi[Name]>) => Promise<Awaited<ReturnType<ServerApi[Name]>>>;
};

/** Calls one server function through `google.script.run`, resolving with its result. */
export function callServer<Name extends keyof ServerApi>(
  name: Name,
  ...args: Parameters<ServerApi[Name]>
): Promise<Awaited<ReturnType<ServerApi[Name]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((result) => resolve(result as Awaited<ReturnType<ServerApi[Name]>>))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** `server.getActiveSheetName()` and so on: typed by ServerApi, so a renamed server function fails to compile. */
export const server = new Proxy({} as ServerCalls, {
  get: (_target, name) => (...args: unknown[]) =>
    callServer(name as keyof ServerApi, ...(args as Parameters<ServerApi[keyof ServerApi]>)),
});
