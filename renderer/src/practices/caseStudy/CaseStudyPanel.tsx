/**
 * On the practice page: the case-study write-up, the ten sections of D3.3's template in order.
 * Each section is edited on its own and saved as one step (one undo). A practice that is a case
 * study or on the shortlist says which sections are still empty, so nobody exports a half-written one
 * by accident.
 */
import { useState } from 'react';
import type { ApiError } from '../../../../data/domain/envelope';
import { CASE_STUDY_SECTIONS, emptyCaseStudySections, sectionIsEmpty, type CaseStudySectionId } from '../../../../data/domain/caseStudy';
import type { CaseStudySection, PracticeDetail } from '../../../../data/practices/model';
import { call } from '../../app/apiClient';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { blocksToText, sourcesToText, textToBlocks, textToSources } from './caseStudyText';
import { downloadExport, wordLocale } from '../../analysis/wordExport';

interface Props {
  detail: PracticeDetail;
  onSaved(detail: PracticeDetail): void;
}

const TITLE_OF = new Map(CASE_STUDY_SECTIONS.map((s) => [s.id, `${s.number} ${s.title}`]));

export function CaseStudyPanel({ detail, onSaved }: Props) {
  const { readOnly } = useSession();
  const [editing, setEditing] = useState<CaseStudySectionId | null>(null);
  const empty = emptyCaseStudySections(detail.caseStudy);
  const p = detail.practice;
  const expected = p.caseStudy || p.shortlisted;
  return (
    <section className="card case-study" aria-labelledby="case-study-title">
      <div className="section-head">
        <h2 id="case-study-title">Case-study write-up</h2>
        <span className="muted small" role="status">
          {CASE_STUDY_SECTIONS.length - empty.length} of {CASE_STUDY_SECTIONS.length} sections written
        </span>
        <ExportButtons practiceId={p.id} />
      </div>
      {expected && empty.length > 0 ? (
        <p className="case-study__missing" data-testid="case-study-missing">
          Still empty: {empty.map((id) => TITLE_OF.get(id)).join('; ')}
        </p>
      ) : null}
      {detail.caseStudy.map((section) => (
        <SectionView
          key={section.section}
          practiceId={p.id}
          section={section}
          editing={editing === section.section}
          readOnly={readOnly || (editing !== null && editing !== section.section)}
          onEdit={() => setEditing(section.section)}
          onDone={(next) => {
            setEditing(null);
            if (next) onSaved(next);
          }}
        />
      ))}
    </section>
  );
}

/**
 * The case study as a Word document (the template's order, scores table, evidence and references),
 * or as a case-study file (JSON) a partner edits and the Import page reads back.
 */
function ExportButtons({ practiceId }: { practiceId: string }) {
  const [busy, setBusy] = useState<'docx' | 'json' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  async function run(format: 'docx' | 'json') {
    setBusy(format);
    setMessage(null);
    try {
      const name = await downloadExport({ view: 'caseStudies', input: { practiceIds: [practiceId] }, format, ...(format === 'docx' ? { locale: wordLocale() } : {}) });
      setMessage(`Downloaded ${name}`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }
  return (
    <span className="case-study__export">
      <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void run('docx')}>
        {busy === 'docx' ? 'Exporting…' : 'Export as Word'}
      </button>
      <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void run('json')} title="A case-study file: edit it elsewhere and import it back on the Import page">
        {busy === 'json' ? 'Exporting…' : 'Export as file'}
      </button>
      <span className="muted small" role="status">
        {message ?? ''}
      </span>
    </span>
  );
}

function SectionView(props: {
  practiceId: string;
  section: CaseStudySection;
  editing: boolean;
  readOnly: boolean;
  onEdit(): void;
  onDone(next: PracticeDetail | null): void;
}) {
  const { section, editing } = props;
  const title = TITLE_OF.get(section.section)!;
  const headingId = `case-study-${section.section}`;
  return (
    <div className="case-study__section" aria-labelledby={headingId} role="group">
      <div className="case-study__head">
        <h3 id={headingId}>{title}</h3>
        {editing ? null : (
          <button type="button" className="button button--small" disabled={props.readOnly} onClick={props.onEdit} aria-label={`Edit ${title}`}>
            Edit
          </button>
        )}
      </div>
      {editing ? (
        <SectionEditor practiceId={props.practiceId} section={section} title={title} onDone={props.onDone} />
      ) : sectionIsEmpty(section) ? (
        <p className="muted small">Not written yet.</p>
      ) : (
        <SectionText section={section} />
      )}
    </div>
  );
}

function SectionText({ section }: { section: CaseStudySection }) {
  return (
    <div className="case-study__text">
      {section.blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          <p key={i}>{b.text}</p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
      {section.sources.length > 0 ? (
        <p className="muted small case-study__sources">
          Sources: {section.sources.map((s) => (s.section ? `${s.document}, ${s.section}` : s.document)).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

function SectionEditor({ practiceId, section, title, onDone }: { practiceId: string; section: CaseStudySection; title: string; onDone(next: PracticeDetail | null): void }) {
  const [text, setText] = useState(() => blocksToText(section.blocks));
  const [sources, setSources] = useState(() => sourcesToText(section.sources));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function save() {
    setBusy(true);
    const result = await call('practices.setCaseStudySection', { id: practiceId, section: section.section, blocks: textToBlocks(text), sources: textToSources(sources) });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error);
  }
  return (
    <form
      className="case-study__editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field__label">Text of “{title}” (a blank line between paragraphs; “- ” starts a list item)</span>
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} disabled={busy} />
      </label>
      <label className="field">
        <span className="field__label">Sources, one per line: document | section</span>
        <textarea rows={2} value={sources} onChange={(e) => setSources(e.target.value)} disabled={busy} placeholder="001_d93079c503058265.txt | 3.2 Context and objectives" />
      </label>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="import-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save section'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
