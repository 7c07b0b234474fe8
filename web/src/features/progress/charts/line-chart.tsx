import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scaleUtc } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { ChartFrame, type ChartTable } from './chart-frame';
import { formatShortDay } from './dates';

export interface LinePoint {
  /** UTC ms of the day. */
  x: number;
  y: number;
}

interface LineChartProps {
  title: string;
  summary: string;
  table: ChartTable;
  points: LinePoint[];
  /** A straight line drawn dashed under the points (a least-squares trend). */
  trend?: [LinePoint, LinePoint] | null;
  /** Tick labels of the value axis, e.g. "100". */
  formatY: (value: number) => string;
  /** The unit shown above the value axis, e.g. "kg". */
  yUnit: string;
}

const HEIGHT = 220;
const MARGIN = { top: 16, right: 14, bottom: 30, left: 44 };

/** A line over time with its points marked: e1RM by training day, body weight by day. */
export function LineChart({ title, summary, table, points, trend, formatY, yUnit }: LineChartProps) {
  return (
    <ChartFrame title={title} summary={summary} table={table}>
      {(width, labels) => {
        const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
        const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
        const xs = points.map((point) => point.x);
        const ys = [...points.map((point) => point.y), ...(trend ?? []).map((point) => point.y)];
        const minX = Math.min(...xs);
        const maxX = Math.max(...xs);
        // One day alone still needs a span: a day either side.
        const day = 24 * 3600 * 1000;
        const xScale = scaleUtc({ domain: minX === maxX ? [minX - day, maxX + day] : [minX, maxX], range: [0, innerWidth] });
        const minY = Math.min(...ys);
        const maxY = Math.max(...ys);
        const pad = Math.max((maxY - minY) * 0.1, maxY * 0.02, 1);
        const yScale = scaleLinear({ domain: [minY - pad, maxY + pad], range: [innerHeight, 0], nice: true });
        const xTicks = Math.max(2, Math.min(6, Math.floor(innerWidth / 70)));
        return (
          <svg role="img" {...labels} width={width} height={HEIGHT} className="chart-svg">
            <Group left={MARGIN.left} top={MARGIN.top}>
              <text x={-MARGIN.left + 2} y={-4} className="chart-unit">
                {yUnit}
              </text>
              {yScale.ticks(5).map((tick) => (
                <line key={tick} x1={0} x2={innerWidth} y1={yScale(tick)} y2={yScale(tick)} className="chart-grid" />
              ))}
              {trend ? (
                <LinePath data={trend} x={(point) => xScale(point.x)} y={(point) => yScale(point.y)} className="chart-trend" data-testid="trend-line" />
              ) : null}
              <LinePath data={points} x={(point) => xScale(point.x)} y={(point) => yScale(point.y)} className="chart-line" />
              {points.map((point) => (
                <circle key={point.x} cx={xScale(point.x)} cy={yScale(point.y)} r={3.5} className="chart-point" />
              ))}
              <AxisLeft scale={yScale} numTicks={5} tickFormat={(value) => formatY(Number(value))} axisClassName="chart-axis" hideAxisLine hideTicks />
              <AxisBottom
                top={innerHeight}
                scale={xScale}
                numTicks={xTicks}
                tickFormat={(value) => formatShortDay(value instanceof Date ? value.getTime() : Number(value))}
                axisClassName="chart-axis"
              />
            </Group>
          </svg>
        );
      }}
    </ChartFrame>
  );
}
