import { htmlServiceValue } from '../../local/htmlServiceValue';

/**
 * A stand-in for the sidebar's `google.script.run` that calls the top-level functions of a
 * loaded dist/Code.js, asynchronously as the real bridge does, and passes results and
 * errors back the way HtmlService does (plain data through a JSON round trip).
 */
export function scriptRunBridge(bundle: Record<string, unknown>): unknown {
  function runner(onSuccess?: (value: unknown) => void, onFailure?: (error: Error) => void): unknown {
    return new Proxy(
      {},
      {
        get(_target, name: string) {
          if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, onFailure);
          if (name === 'withFailureHandler') return (handler: (error: Error) => void) => runner(onSuccess, handler);
          const serverFunction = bundle[name];
          if (typeof serverFunction !== 'function') {
            throw new TypeError(`google.script.run.${name} is not a function: no top-level ${name} in dist/Code.js`);
          }
          return (...args: unknown[]) => {
            setTimeout(() => {
              try {
                const result = serverFunction(...(htmlServiceValue(args, `the arguments of ${name}`) as unknown[]));
                onSuccess?.(htmlServiceValue(result, `the result of ${name}`));
              } catch (error) {
                onFailure?.(new Error(String((error as Error).message ?? error)));
              }
            }, 0);
          };
        },
      },
    );
  }
  return runner();
}
