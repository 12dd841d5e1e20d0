/**
 * What other folders of data/ may use of quality/, besides its schemas.ts (inputs) and model.ts
 * (outputs): its public module. test/static/layering.test.ts refuses imports past it.
 */
export { setClaim } from './claims.js';
