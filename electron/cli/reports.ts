/**
 * The report commands (compare, gaps, stats, coverage): each builds the input of one analysis
 * view from its flags and asks the contract's `analysis.export` for the file.
 */
import { DIMENSION_IDS } from '../../data/domain/domain.js';
import { EXPORT_FORMATS, GROUP_FIELDS, MEASURE_FIELDS, type OperationInput } from '../../data/contract/contract.js';
import type { PracticeFilter } from '../../data/contract/contract.js';
import { CliInputError } from './inputError.js';
import { whereFieldsHelp } from './where.js';

type ExportInput = OperationInput<'analysis.export'>;
type Values = Record<string, string | boolean | string[] | undefined>;

export interface ReportCommand {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  /** The export input for these flags (validated by the contract afterwards). */
  input(values: Values, filter: PracticeFilter, format: string): ExportInput;
}

const COMMON = `Common options:
  --db PATH              dataset file (default: the app's own dataset)
  --where FIELD=VALUE    filter, repeatable; a field given twice means either value.
${whereFieldsHelp('                         ')}
  --format FORMAT        ${EXPORT_FORMATS.join(' | ')} (default csv; csv-excel = Excel (Europe): BOM, ";", decimal comma;
                         docx = a Word document: a real table, numbers in --locale's way, landscape when wide)
  --locale TAG           the numbers' decimal mark in DOCX: en-GB (default), es-ES, pt-PT, fi-FI, ...
  --out FILE             write to FILE instead of standard output
  --strict               export and report: refuse when the checks before export find an error
                         (without it, each error is a warning line on standard error)`;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

export const REPORTS: Record<string, ReportCommand> = {
  compare: {
    summary: 'comparison table: practices x dimensions, narrative and score per cell',
    usage: `Usage: autocredify compare [options]

  --group-by FIELD       group rows by ${GROUP_FIELDS.join(', ')}
  --sort FIELD[:desc]    name (default), practiceNumber, country or score.<dimension>
  --cells WHAT           narrative | score | both (default both)
  --dimensions LIST      comma-separated dimension columns in order (default all: ${DIMENSION_IDS.join(',')})
  --extras LIST          comma-separated extra columns after them: euMandatory, eu.<element>, criteriaMet,
                         criterion.<criterion>, shortlisted
  --ids LIST             comma-separated practice ids, in this order, instead of --where

Example: autocredify compare --where withNarratives=true --sort practiceNumber --cells narrative --format md

${COMMON}`,
    options: { 'group-by': { type: 'string' }, sort: { type: 'string' }, cells: { type: 'string' }, dimensions: { type: 'string' }, extras: { type: 'string' }, ids: { type: 'string' } },
    input: (values, filter, format) => {
      const [field, direction] = String(values.sort ?? 'name').split(':');
      return {
        view: 'compare',
        input: {
          filter,
          ...(values.ids ? { ids: String(values.ids).split(',').map((s) => s.trim()).filter(Boolean) } : {}),
          ...(values['group-by'] ? { groupBy: values['group-by'] } : {}),
          sort: { field, desc: direction === 'desc' },
        },
        ...(values.cells ? { cells: values.cells } : {}),
        ...(values.dimensions ? { dimensions: String(values.dimensions).split(',').map((s) => s.trim()) } : {}),
        ...(values.extras ? { extras: String(values.extras).split(',').map((s) => s.trim()) } : {}),
        format,
      } as ExportInput;
    },
  },
  gaps: {
    summary: 'mean score, target and gap per dimension, for each group',
    usage: `Usage: autocredify gaps [options]

  --group-by FIELD       one of ${GROUP_FIELDS.join(', ')} (default: all practices as one group)

Example: autocredify gaps --group-by countryGroup --format md

${COMMON}`,
    options: { 'group-by': { type: 'string' } },
    input: (values, filter, format) =>
      ({ view: 'gaps', input: { filter, ...(values['group-by'] ? { groupBy: values['group-by'] } : {}) }, format }) as ExportInput,
  },
  stats: {
    summary: 'count, share, mean, median, min, max and quartiles, grouped by up to two fields',
    usage: `Usage: autocredify stats [options]

  --group-by FIELD       repeatable, at most twice: ${GROUP_FIELDS.join(', ')}
  --measure FIELD        repeatable: ${MEASURE_FIELDS.join(', ')} (default hours)

Quartiles use linear interpolation (numpy's default, Excel's QUARTILE.INC). Empty values are
counted as "missing", never as zero. JSON output is one object per group: its field values,
count, share, and per measure n, missing, mean, median, min, max, q1, q3.

Example: autocredify stats --where parentId=es-p02-catalogo-especialidades-formativas --measure hours --measure registeredProviders --format json

${COMMON}`,
    options: { 'group-by': { type: 'string', multiple: true }, measure: { type: 'string', multiple: true } },
    input: (values, filter, format) =>
      ({
        view: 'stats',
        input: { filter, groupBy: list(values['group-by']), ...(values.measure ? { measures: list(values.measure) } : {}) },
        format,
      }) as ExportInput,
  },
  export: {
    summary: 'the practices (every field) or their scores (one row per practice, dimension and rater)',
    usage: `Usage: autocredify export practices|scores|case-studies [options]

Practices come with the column names the CSV import reads back; scores in long form with rater,
evidence, confidence, rubric version and time. Case studies: the write-ups of the shortlist (or of
--ids ID,ID) in the template's order; --format docx for Word, json for the file
"autocredify import FILE" reads back.

  --ids LIST             case-studies: comma-separated practice ids, in this order

Example: autocredify export practices --where countryGroup=Finland --format csv-excel --out finland.csv

${COMMON}`,
    options: { what: { type: 'string' }, ids: { type: 'string' } },
    input: (values, filter, format) => {
      const what = values.what ?? 'practices';
      if (what === 'case-studies') {
        // The write-ups: of the practices named, else of the shortlist (case studies and shortlisted practices).
        const ids = values.ids ? String(values.ids).split(',').map((s) => s.trim()).filter(Boolean) : [];
        return { view: 'caseStudies', input: { practiceIds: ids }, format } as ExportInput;
      }
      if (what !== 'practices' && what !== 'scores') throw new CliInputError(`Export "practices", "scores" or "case-studies", not "${String(what)}".`);
      return { view: what, input: { filter }, format } as ExportInput;
    },
  },
  agreement: {
    summary: 'agreement between raters per dimension: % exact, % within one, weighted kappa, Krippendorff alpha',
    usage: `Usage: autocredify agreement [options]

  --rater ID             repeatable: the raters to compare, each once (default: every rater but the
                         seed's reading); weighted Cohen's kappa (quadratic) needs exactly two,
                         Krippendorff's alpha (ordinal) takes two or more. See the ids with:
                         autocredify call raters.list
  --include-seed         with the default raters, compare the seed's reading of the rubric too

Only items that at least two of the raters scored count; each figure comes with its number of items,
and a figure that cannot be given (too few raters or items, 0/0) is empty with the reason beside it.
Percentages are percent (0-100) in every format, JSON included. In blind mode only the items the
current rater has scored count.

Example: autocredify agreement --where countryGroup=Finland --format md

${COMMON}`,
    options: { rater: { type: 'string', multiple: true }, 'include-seed': { type: 'boolean' } },
    input: (values, filter, format) =>
      ({
        view: 'agreement',
        // A rater named twice is passed on as given: the operation's schema refuses it, saying who.
        input: { filter, ...(values.rater ? { raters: list(values.rater) } : {}), ...(values['include-seed'] === true ? { includeSeed: true } : {}) },
        format,
      }) as ExportInput,
  },
  'eu-elements': {
    summary: 'practices documenting every mandatory EU micro-credential information element, by country group and type; elements most often missing',
    usage: `Usage: autocredify eu-elements [options]

An element nobody has checked counts as unknown, never as documented.

Example: autocredify eu-elements --where countryGroup=Spain --format md

${COMMON}`,
    options: {},
    input: (_values, filter, format) => ({ view: 'euElements', input: { filter }, format }) as ExportInput,
  },
  report: {
    summary: 'a report pack: one Word document with chosen tables, gap charts and case studies',
    usage: `Usage: autocredify report --out pack.docx [options]

One Word document: a title page with the dataset's version (file, change sets, date), then the
tables, the gap charts and the case studies asked for, in that order. Tables and charts are made
under --where.

  --title TEXT           the title page's title (default "AutoCredify mapping report")
  --subtitle TEXT        a line under it
  --table VIEW           repeatable: compare | gaps | stats | coverage | agreement | eu-elements
  --cells WHAT           the comparison's cells: narrative (default) | score | both
  --group-by FIELD       the gaps and statistics tables' grouping (default countryGroup)
  --gap-chart FIELD      repeatable: a gap chart grouped by FIELD (${GROUP_FIELDS.join(', ')}), or "all"
  --case-studies WHICH   "shortlist" (case studies and shortlisted practices) or comma-separated ids

Example: autocredify report --table compare --gap-chart countryGroup --case-studies fi-p05-sfs6002-electrical-safety-training,pt-cs-atec-ev-hv-learning-pathway --out pack.docx

${COMMON}`,
    options: {
      title: { type: 'string' },
      subtitle: { type: 'string' },
      table: { type: 'string', multiple: true },
      cells: { type: 'string' },
      'group-by': { type: 'string' },
      'gap-chart': { type: 'string', multiple: true },
      'case-studies': { type: 'string' },
    },
    input: (values, filter, format) => {
      if (format !== 'docx' && format !== 'csv') throw new CliInputError('A report pack is a Word document: leave out --format, or give --format docx.');
      const groupBy = String(values['group-by'] ?? 'countryGroup');
      const tables = list(values.table).map((view) => {
        switch (view) {
          case 'compare':
            return { view, input: { filter }, cells: values.cells ?? 'narrative' };
          case 'gaps':
            return { view, input: { filter, groupBy } };
          case 'stats':
            return { view, input: { filter, groupBy: [groupBy] } };
          case 'coverage':
          case 'agreement':
            return { view, input: { filter } };
          case 'eu-elements':
            return { view: 'euElements', input: { filter } };
          default:
            throw new CliInputError(`--table takes compare, gaps, stats, coverage, agreement or eu-elements, not "${view}".`);
        }
      });
      const gapCharts = list(values['gap-chart']).map((field) => (field === 'all' ? { filter } : { filter, groupBy: field }));
      const which = values['case-studies'] === undefined ? null : String(values['case-studies']);
      const caseStudies = which === null ? null : which === 'shortlist' ? { shortlist: true } : { practiceIds: which.split(',').map((s) => s.trim()).filter(Boolean) };
      return {
        view: 'report',
        format: 'docx',
        input: { ...(values.title ? { title: values.title } : {}), ...(values.subtitle ? { subtitle: values.subtitle } : {}), tables, gapCharts, caseStudies },
      } as ExportInput;
    },
  },
  pathway: {
    summary: 'a practice and its components as a tree: hours and ECTS per level and in total, entry and exit points, shared components',
    usage: `Usage: autocredify pathway PRACTICE [options]

PRACTICE is a practice's id (see: autocredify export practices). One row per practice of the
pathway, indented under the one it is part of, with its hours and ECTS, whether a learner can start
there (no prerequisite recorded), the credential it awards (an exit point) and the other pathways
it is part of; then each level's hours and the total. svg and png draw it as a diagram.

  --top                  start from the practice's topmost parent (the whole pathway it is part of)
  --format FORMAT        also svg | png (the diagram)

Example: autocredify pathway es-cef-antrv-itinerary-electromechanical-vehicle-maintenance --format md

${COMMON}`,
    options: { practice: { type: 'string' }, top: { type: 'boolean' } },
    input: (values, _filter, format) => {
      if (!values.practice) throw new CliInputError('Name the practice: autocredify pathway PRACTICE-ID.');
      return { view: 'pathway', input: { id: String(values.practice), ...(values.top === true ? { top: true } : {}) }, format } as ExportInput;
    },
  },
  lens: {
    summary: 'one lens (EU elements, selection criteria, QA package, conditionality or your own): practices meeting every item by group; items most often missing',
    usage: `Usage: autocredify lens LENS [options]

LENS is a lens id: eu_elements, selection_criteria, qa_package, pathway_conditionality, or one of
yours (autocredify call lenses.list). An item nobody answered counts as unknown, never as met.

  --group-by FIELD       countryGroup (default), country, practiceType, ... (${GROUP_FIELDS.join(', ')})

Example: autocredify lens qa_package --group-by country --format md

${COMMON}`,
    options: { lens: { type: 'string' }, 'group-by': { type: 'string' } },
    input: (values, filter, format) => {
      if (!values.lens) throw new CliInputError('Name the lens: autocredify lens LENS (for example qa_package).');
      return { view: 'lens', input: { lens: String(values.lens), filter, groupBy: String(values['group-by'] ?? 'countryGroup') }, format } as ExportInput;
    },
  },
  coverage: {
    summary: 'practices mapped against the targets per country; scored and unscored per dimension and rater',
    usage: `Usage: autocredify coverage [options]

${COMMON}`,
    options: {},
    input: (_values, filter, format) => ({ view: 'coverage', input: { filter }, format }) as ExportInput,
  },
};

// Every report takes --locale (a DOCX's decimal mark); the other formats have their own conventions.
for (const report of Object.values(REPORTS)) {
  const input = report.input;
  report.options = { ...report.options, locale: { type: 'string' } };
  report.input = (values, filter, format) => ({ ...input(values, filter, format), ...(values.locale ? { locale: String(values.locale) } : {}) }) as ExportInput;
}
