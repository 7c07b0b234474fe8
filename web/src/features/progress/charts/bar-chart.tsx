import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { ChartFrame, type ChartTable } from './chart-frame';

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarColumn {
  key: string;
  /** The x-axis label, e.g. "W47". */
  label: string;
  /** Value per series key; missing counts as 0. */
  values: Record<string, number>;
}

interface BarChartProps {
  title: string;
  summary: string;
  table: ChartTable;
  series: BarSeries[];
  columns: BarColumn[];
  formatY: (value: number) => string;
  yUnit: string;
  /** A fixed top of the value axis (e.g. 1 for ratios); else the tallest stack. */
  maxY?: number;
}

const HEIGHT = 220;
const MARGIN = { top: 16, right: 8, bottom: 30, left: 40 };

/** Series colours that stay apart for common colour-vision deficiencies (Okabe–Ito order). */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C8C8C'];

/** Columns of stacked bars (one stack per week), with a legend when there is more than one series. */
export function BarChart({ title, summary, table, series, columns, formatY, yUnit, maxY }: BarChartProps) {
  const legend =
    series.length > 1 ? (
      <ul className="chart-legend" aria-hidden="true">
        {series.map((entry, index) => (
          <li key={entry.key}>
            <span className="chart-swatch" style={{ background: SERIES_COLOURS[index % SERIES_COLOURS.length] }} />
            {entry.label}
          </li>
        ))}
      </ul>
    ) : null;
  return (
    <ChartFrame title={title} summary={summary} table={table} footer={legend}>
      {(width, labels) => {
        const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
        const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        const totals = columns.map((column) => series.reduce((sum, entry) => sum + (column.values[entry.key] ?? 0), 0));
        const top = maxY ?? Math.max(1, ...totals);
        const xScale = scaleBand({ domain: columns.map((column) => column.key), range: [0, innerWidth], padding: 0.25 });
        const yScale = scaleLinear({ domain: [0, top], range: [innerHeight, 0], nice: maxY === undefined });
        const labelOf = new Map(columns.map((column) => [column.key, column.label]));
        // On a phone, label every other week so the labels do not collide.
        const every = Math.ceil(columns.length / Math.max(1, Math.floor(innerWidth / 44)));
        return (
          <svg role="img" {...labels} width={width} height={HEIGHT} className="chart-svg">
            <Group left={MARGIN.left} top={MARGIN.top}>
              <text x={-MARGIN.left + 2} y={-4} className="chart-unit">
                {yUnit}
              </text>
              {yScale.ticks(4).map((tick) => (
                <line key={tick} x1={0} x2={innerWidth} y1={yScale(tick)} y2={yScale(tick)} className="chart-grid" />
              ))}
              {columns.map((column) => {
                let base = 0;
                return (
                  <g key={column.key}>
                    {series.map((entry, index) => {
                      const value = column.values[entry.key] ?? 0;
                      if (value <= 0) return null;
                      const y0 = yScale(base);
                      base += value;
                      const y1 = yScale(base);
                      return (
                        <rect
                          key={entry.key}
                          x={xScale(column.key)}
                          y={y1}
                          width={xScale.bandwidth()}
                          height={Math.max(0, y0 - y1)}
                          fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                          className="chart-bar"
                        />
                      );
                    })}
                  </g>
                );
              })}
              <AxisLeft scale={yScale} numTicks={4} tickFormat={(value) => formatY(Number(value))} axisClassName="chart-axis" hideAxisLine hideTicks />
              <AxisBottom
                top={innerHeight}
                scale={xScale}
                tickValues={columns.filter((_, index) => index % every === 0).map((column) => column.key)}
                tickFormat={(key) => labelOf.get(String(key)) ?? String(key)}
                axisClassName="chart-axis"
              />
            </Group>
          </svg>
        );
      }}
    </ChartFrame>
  );
}
