/**
 * Where an operation's handler lives. The rule: operation `prefix.verb` is handled in
 * `data/<folder>/handlers.ts`, with the folder this table gives for its prefix. The prefix names
 * the feature in most cases; a few name what they act on inside a feature (a score, a rater, the
 * rubric are scoring's). `app.*` and `jobs.*` are about the contract itself (which app and store
 * answer it, and running its operations in the background), so their handlers are the contract's.
 * test/static/layering.test.ts checks that every operation's handler is in its folder's file.
 */
export const FEATURE_OF_PREFIX = {
  app: 'contract',
  jobs: 'contract',
  practices: 'practices',
  scores: 'scoring',
  consensus: 'scoring',
  scoreSource: 'scoring',
  dimensions: 'scoring',
  rubric: 'scoring',
  raters: 'scoring',
  preferences: 'scoring',
  analysis: 'analysis',
  coverage: 'analysis',
  import: 'import',
  merge: 'merge',
  history: 'history',
  checks: 'quality',
  claims: 'quality',
  lenses: 'lenses',
} as const;

export type OperationPrefix = keyof typeof FEATURE_OF_PREFIX;
export type HandlerFolder = (typeof FEATURE_OF_PREFIX)[OperationPrefix];

/** The folder whose handlers.ts handles `operation`, or null for a name with an unknown prefix. */
export function handlerFolderOf(operation: string): HandlerFolder | null {
  const prefix = operation.slice(0, operation.indexOf('.'));
  return Object.prototype.hasOwnProperty.call(FEATURE_OF_PREFIX, prefix) ? FEATURE_OF_PREFIX[prefix as OperationPrefix] : null;
}
