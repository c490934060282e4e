/**
 * Injected into dist/Sidebar.html by the preview server, before the sidebar's script:
 * a `google.script.run` that POSTs each call to the preview server (which runs it in
 * dist/Code.js on the local runtime) and calls the success or failure handler, as
 * HtmlService does, asynchronously. After each call the preview page redraws the workbook.
 */
type Handler = (value: unknown) => void;

function notifyPage(): void {
  if (window.parent !== window) window.parent.postMessage({ type: 'cx-preview-changed' }, window.location.origin);
}

async function call(name: string, args: unknown[], onSuccess?: Handler, onFailure?: Handler): Promise<void> {
  let answer: { ok: boolean; result?: unknown; message?: string };
  try {
    const response = await fetch(`/api/run/${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
    answer = await response.json();
  } catch (error) {
    answer = { ok: false, message: `The preview server did not answer: ${String(error)}` };
  }
  notifyPage();
  if (answer.ok) onSuccess?.(answer.result);
  else onFailure?.(new Error(answer.message));
}

function runner(onSuccess?: Handler, onFailure?: Handler): unknown {
  return new Proxy(
    {},
    {
      get(_target, name: string) {
        if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, onFailure);
        if (name === 'withFailureHandler') return (handler: Handler) => runner(onSuccess, handler);
        if (name === 'withUserObject') return () => runner(onSuccess, onFailure);
        return (...args: unknown[]) => void call(name, args, onSuccess, onFailure);
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: { close: () => undefined, setHeight: () => undefined, setWidth: () => undefined, editor: { focus: () => undefined } },
  },
};
