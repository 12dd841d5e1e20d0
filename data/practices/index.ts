/**
 * What other folders of data/ may use of practices/, besides its schemas.ts (inputs) and model.ts
 * (outputs): its public module. test/static/layering.test.ts refuses imports past it.
 */
export { checklistStateSchema, lensStatuses, readAnswers, readCriteria, readElements, setAnswers, setCriteria, setElements, type StoredAnswer } from './checklist.js';
export type { ElementChange } from './checklist.js';
export type { EuElementCount, EuElementsGroup, EuElementsSummary } from './model.js';
export { filterIsEmpty, filteredPractices } from './list.js';
export type { ValidFilter } from './list.js';
export { createPractice, findPractice, insertPractice, updatePractice } from './practices.js';
export { insertPractices } from './bulkInsert.js';
export { COLUMN_FIELDS, COLUMN_OF, practiceFromRow, searchTextOf } from './records.js';
export type { DbRow } from './records.js';
export { caseStudyFile, importCaseStudies, practicesWithCaseStudy, readCaseStudy, setCaseStudySection } from './caseStudy.js';
export type { CaseStudyFile } from './caseStudy.js';
export { practiceForViewer } from './view.js';
