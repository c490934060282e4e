import { server } from './server';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`sidebar: #${id} is missing from index.html`);
  return element as T;
}

const activeSheet = byId<HTMLParagraphElement>('active-sheet');
const errorBox = byId<HTMLParagraphElement>('error');
const refreshButton = byId<HTMLButtonElement>('refresh');

/** google.script.run fails with an Error-like object; show its message, not "Error: …". */
function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

async function showActiveSheet(): Promise<void> {
  refreshButton.disabled = true;
  errorBox.hidden = true;
  try {
    // textContent, never innerHTML: a sheet name is user text.
    activeSheet.textContent = await server.getActiveSheetName();
  } catch (error) {
    errorBox.textContent = errorMessage(error);
    errorBox.hidden = false;
  } finally {
    refreshButton.disabled = false;
  }
}

refreshButton.addEventListener('click', () => void showActiveSheet());
void showActiveSheet();
