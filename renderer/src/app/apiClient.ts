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
 * The browser host's token, taken from the printed link's address once and then dropped from it,
 * kept in sessionStorage (this tab, this port only). Never a cookie: browsers send 127.0.0.1's
 * cookies to every port, so another local server would receive it (electron/web/server.ts).
 */
function hostToken(): string | null {
  const address = new URL(window.location.href);
  const fromLink = address.searchParams.get('token');
  if (fromLink !== null) {
    window.sessionStorage.setItem(TOKEN_KEY, fromLink);
    address.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${address.pathname}${address.search}${address.hash}`);
  }
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
