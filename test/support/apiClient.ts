/** Calls the dispatcher the way a host does, and unwraps ok results for brevity in tests. */
import { dispatch } from '../../data/contract/dispatch.js';
import type { OperationInput, OperationName, OperationOutput } from '../../data/contract/contract.js';
import type { Envelope } from '../../data/domain/envelope.js';
import type { Store } from '../../data/store/store.js';

/** `store` may be a function, for a test file that opens a new store before each test. */
export function client(store: Store | (() => Store)) {
  const current = typeof store === 'function' ? store : () => store;
  const raw = (operation: string, input: unknown): Envelope<unknown> => dispatch(current(), operation, input);
  const call = <K extends OperationName>(operation: K, input: OperationInput<K>): Envelope<OperationOutput<K>> =>
    dispatch(current(), operation, input) as Envelope<OperationOutput<K>>;
  const value = <K extends OperationName>(operation: K, input: OperationInput<K>): OperationOutput<K> => {
    const result = call(operation, input);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { raw, call, value };
}
