/**
 * What other folders of data/ may use of scoring/, besides its schemas.ts (inputs) and model.ts
 * (outputs): its public module. test/static/layering.test.ts refuses imports past it.
 */
export { consensusOfPractice, getConsensus } from './consensus.js';
export { keptCurrent, perRevision, scoresBySource, scoresOfPractices, type PracticeChanges } from './derived.js';
export { PREFERENCES_KEY, getPreferences } from './preferences.js';
export { SEES_EVERYTHING, blindedScoresSql, changeVisibleToViewer, seesOthers, seesPairSql, seesScoreSql, viewerKey, viewerOf, type Viewer } from './viewer.js';
export { createRater, getRater, listRaters } from './raters.js';
export { listDimensions } from './rubric.js';
export { listScoresOfPractice, setCheckedScores, setScore } from './scores.js';
