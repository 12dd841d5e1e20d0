/**
 * What other folders of data/ may use of analysis/, besides its schemas.ts (inputs) and model.ts
 * (outputs): its public module. test/static/layering.test.ts refuses imports past it.
 */
// The statistics view's own numbers, so a claim (data/quality) is recomputed exactly as the view shows it.
export { statsTable } from './stats.js';
// The seed writes the documents' pathway links (data/seed/pathways.json).
export { setPathwayStructure } from './pathway.js';
// Which practices an export shows (the checks before an export, data/quality).
export { exportedPracticeIds } from './exportScope.js';
