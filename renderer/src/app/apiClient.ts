/**
 * The renderer's only way to data: the API contract, over whichever transport the host gives.
 * Under Electron the preload exposes `window.autocredify.call` (IPC); in the browser host the
 * same operations are POSTed to /api/<operation> with the host's token in a header.
 */
import type { OperationInput, OperationName, OperationOutput } from '../../../data/contract/contract';
import type { Envelope } from '../../../data/domain/envelope';

export interface Bridge {
  call(operation: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    autocredify?: Bridge;
  }
}

const TOKEN_KEY = 'autocredify.token';

/**
 * Takes the browser host's token from the printed link's address and drops it from there, keeping
 * it in sessionStorage (this tab, this port only). Never a cookie: browsers send 127.0.0.1's
 * cookies to every port, so another local server would receive it (electron/web/server.ts).
 * Called once as the page starts (main.tsx), before anything renders: taken lazily at the first
 * call, it was lost when the user went on to another address of the app before that call.
 */
export function adoptHostToken(): void {
  if (window.autocredify) return;
  const address = new URL(window.location.href);
  const fromLink = address.searchParams.get('token');
  if (fromLink === null) return;
  window.sessionStorage.setItem(TOKEN_KEY, fromLink);
  address.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${address.pathname}${address.search}${address.hash}`);
}

function hostToken(): string | null {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

async function callOverHttp(operation: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-autocredify-token': hostToken() ?? '' },
      credentials: 'omit',
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The app’s local server is not answering. Is it still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The local server answered ${response.status} without a result.` } };
  }
}

/** Call one operation of the contract. Never throws: failures come back as `{ ok: false, error }`. */
export async function call<K extends OperationName>(
  operation: K,
  input: OperationInput<K>,
): Promise<Envelope<OperationOutput<K>>> {
  const bridge = window.autocredify;
  const result = bridge ? await bridge.call(operation, input) : await callOverHttp(operation, input);
  return result as Envelope<OperationOutput<K>>;
}
