/**
 * A chart's frame: title, subtitle (n and what is shown), the SVG and PNG export buttons, and the
 * chart itself drawn at the frame's width. The exported file carries the title and subtitle too.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadChartPng, downloadChartSvg } from './chartExport';
import { ErrorMessage, describeError } from '../ui/ErrorMessage';
import { useElementWidth } from '../ui/useElementWidth';

interface Props {
  title: string;
  subtitle?: string | null;
  /** Controls shown beside the export buttons (e.g. a toggle). */
  controls?: ReactNode;
  /** Draws the chart at this width (px). */
  children: (width: number) => ReactNode;
  className?: string;
  /** Heading level of the title: 2 directly under the page title, 3 inside a titled section. */
  level?: 2 | 3;
}

export function ChartFrame({ title, subtitle = null, controls, children, className, level = 2 }: Props) {
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
    try {
      if (kind === 'svg') downloadChartSvg(svg, title, subtitle);
      else await downloadChartPng(svg, title, subtitle);
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
          <button type="button" className="button button--small" aria-label={`Export ${title} as SVG`} disabled={busy} onClick={() => void exportAs('svg')}>
            SVG
          </button>
          <button type="button" className="button button--small" aria-label={`Export ${title} as PNG`} disabled={busy} onClick={() => void exportAs('png')}>
            PNG
          </button>
        </div>
      </div>
      <div className="chart__body" ref={bodyRef}>
        {children(width)}
      </div>
      {problem ? <ErrorMessage compact error={problem} title="Export failed" /> : null}
    </figure>
  );
}
