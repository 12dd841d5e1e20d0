/** Calls the dispatcher the way a host does, and unwraps ok results for brevity in tests. */
import { dispatch } from '../../data/contract/dispatch.js';
import type { OperationInput, OperationName, OperationOutput } from '../../data/contract/contract.js';
import type { Envelope } from '../../data/domain/envelope.js';
import type { Store } from '../../data/store/store.js';

export function client(store: Store) {
  const raw = (operation: string, input: unknown): Envelope<unknown> => dispatch(store, operation, input);
  const call = <K extends OperationName>(operation: K, input: OperationInput<K>): Envelope<OperationOutput<K>> =>
    dispatch(store, operation, input) as Envelope<OperationOutput<K>>;
  const value = <K extends OperationName>(operation: K, input: OperationInput<K>): OperationOutput<K> => {
    const result = call(operation, input);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  return { raw, call, value };
}
