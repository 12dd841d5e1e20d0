/**
 * Whether two plain values (records' states, field values) are the same: equal as JSON, with
 * undefined read as null. The history, the import's plan and the merge compare values this one way.
 */
const json = (value: unknown) => JSON.stringify(value ?? null);

export const sameValue = (a: unknown, b: unknown): boolean => json(a) === json(b);
