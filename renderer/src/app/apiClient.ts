/**
 * The renderer's only way to data: the API contract, over whichever transport the host gives.
 * Under Electron the preload exposes `window.autocredify.call` (IPC); in the browser host the
 * same operations are POSTed to /api/<operation> (the session cookie carries the token).
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

async function callOverHttp(operation: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
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
