/**
 * What File > Export Report Pack (Word)… runs in the window: the report pack's dialog lives on the
 * analysis views (renderer/src/analysis/ReportPackButton.tsx), so it goes to one unless on one, and
 * leaves a request the dialog takes when it mounts, or at once, by the event, when it already is.
 * test/e2e/caseStudy.test.ts runs this same text in the page.
 */
export const REPORT_PACK_REQUEST = `window.autocredifyReportPackRequested = true;
if (!/^#\\/(compare|gaps|stats|coverage|elements|agreement)/.test(location.hash)) location.hash = '#/compare';
window.dispatchEvent(new Event('autocredify:report-pack'));`;
