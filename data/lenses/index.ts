/**
 * What other folders of data/ may use of lenses/, besides its schemas.ts (inputs) and model.ts
 * (outputs): its public module. test/static/layering.test.ts refuses imports past it.
 */
export { lensById, listLenses } from './definitions.js';
