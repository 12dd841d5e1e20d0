/**
 * A chart's frame: title, subtitle (n and what is shown), the SVG and PNG export buttons, and the
 * chart itself drawn at the frame's width. The exported file carries the title and subtitle too.
 */
import { createContext, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { downloadChartPng, downloadChartSvg } from './chartExport';
import { ErrorMessage, describeError } from '../ui/ErrorMessage';
import { useElementWidth } from '../ui/useElementWidth';
import { translate } from '../app/i18n/i18n';

/**
 * What the charts of a view were made from, in words (the filter: "Filter: Country group: Portugal"),
 * set by the view's frame (AnalysisLayout); an exported image carries it with the date.
 */
export const ChartContext = createContext<string | null>(null);

interface Props {
  title: string;
  subtitle?: string | null;
  /** The subtitle of the exported image when it differs from the screen's (no "in the tooltip" on paper). */
  exportSubtitle?: string | null;
  /** Overrides the view's context (a chart not made from the view's filter). */
  context?: string | null;
  /** Controls shown beside the export buttons (e.g. a toggle). */
  controls?: ReactNode;
  /** Draws the chart at this width (px). */
  children: (width: number) => ReactNode;
  className?: string;
  /** Heading level of the title: 2 directly under the page title, 3 inside a titled section. */
  level?: 2 | 3;
}

export function ChartFrame({ title, subtitle = null, exportSubtitle, context, controls, children, className, level = 2 }: Props) {
  const viewContext = useContext(ChartContext);
  const Heading = level === 2 ? 'h2' : 'h3';
  const titleId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(bodyRef);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function chartSvgElement(): SVGSVGElement | null {
    return bodyRef.current?.querySelector<SVGSVGElement>('svg[data-chart-root], svg.recharts-surface') ?? null;
  }

  async function exportAs(kind: 'svg' | 'png') {
    setProblem(null);
    const svg = chartSvgElement();
    if (!svg) {
      setProblem('There is no chart to export yet.');
      return;
    }
    setBusy(true);
    const made = [context === undefined ? viewContext : context, `Exported ${new Date().toISOString().slice(0, 10)}`].filter((l): l is string => Boolean(l)).join(' · ');
    const lines = [exportSubtitle === undefined ? subtitle : exportSubtitle, made].filter((l): l is string => Boolean(l));
    try {
      if (kind === 'svg') downloadChartSvg(svg, title, lines);
      else await downloadChartPng(svg, title, lines);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <figure className={`chart${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="chart__head">
        <div className="chart__titles">
          <Heading id={titleId} className="chart__title">
            {title}
          </Heading>
          {subtitle ? <p className="chart__subtitle">{subtitle}</p> : null}
        </div>
        <div className="chart__actions">
          {controls}
          <button type="button" className="button button--small" aria-label={translate('charts')('export.svg', { title })} disabled={busy} onClick={() => void exportAs('svg')}>
            SVG
          </button>
          <button type="button" className="button button--small" aria-label={translate('charts')('export.png', { title })} disabled={busy} onClick={() => void exportAs('png')}>
            PNG
          </button>
        </div>
      </div>
      <div className="chart__body" ref={bodyRef}>
        {children(width)}
      </div>
      {problem ? <ErrorMessage compact error={problem} title={translate('charts')('export.failed')} /> : null}
    </figure>
  );
}
