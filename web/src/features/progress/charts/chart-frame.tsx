import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** Width of the plot when the browser cannot measure (component tests): a phone's content width. */
const FALLBACK_WIDTH = 320;

/** The container's content width, following resizes and rotations. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export interface ChartTable {
  /** Column headings; the first names the row (e.g. "Day"). */
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

interface ChartFrameProps {
  title: string;
  /** One or two sentences saying what the chart shows: read by screen readers as the chart's description, and shown to everyone. */
  summary: string;
  /** The same numbers as a table, behind a disclosure: the text alternative for every data point. */
  table: ChartTable;
  /** Draws the chart at the measured width; gets the ids to label the SVG with. */
  children: (width: number, labels: { 'aria-labelledby': string; 'aria-describedby': string }) => ReactNode;
  /** Shown under the plot (e.g. a legend). */
  footer?: ReactNode;
}

/**
 * Every chart's frame: a titled figure whose SVG is a labelled image described by a visible
 * summary, with the data as a table one click (or Enter) away.
 */
export function ChartFrame({ title, summary, table, children, footer }: ChartFrameProps) {
  const id = useId();
  const [ref, width] = useWidth();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <p id={`${id}-summary`} className="chart-summary">
        {summary}
      </p>
      <div ref={ref} className="chart-plot">
        {children(width, { 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` })}
      </div>
      {footer}
      <details className="chart-data">
        <summary>Show the numbers</summary>
        <div className="chart-table-scroll">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
