import { formatRatio } from './coach-format';

interface WeekBarsProps {
  /** What the bars show, for the accessible name: "Set compliance". */
  label: string;
  /** Oldest first; null: nothing planned that week. */
  weeks: { week: string; ratio: number | null }[];
}

/**
 * A tiny bar chart of weekly ratios in [0, 1]. A handful of SVG rectangles: a charting library
 * would cost more bytes than the whole card. Screen readers get every week's figure as the name.
 */
export function WeekBars({ label, weeks }: WeekBarsProps) {
  const width = 10;
  const gap = 4;
  const height = 28;
  const summary = `${label}, last ${weeks.length} weeks: ${weeks.map((week) => formatRatio(week.ratio)).join(', ')}`;
  return (
    <svg
      className="week-bars"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${weeks.length * (width + gap) - gap} ${height}`}
      width={weeks.length * (width + gap) - gap}
      height={height}
    >
      {weeks.map((week, index) => {
        const x = index * (width + gap);
        if (week.ratio == null) return <rect key={week.week} className="week-bar-empty" x={x} y={height - 2} width={width} height={2} />;
        const barHeight = Math.max(2, Math.round(week.ratio * height));
        const tone = week.ratio >= 0.85 ? 'good' : week.ratio >= 0.6 ? 'fair' : 'poor';
        return <rect key={week.week} className={`week-bar week-bar-${tone}`} x={x} y={height - barHeight} width={width} height={barHeight} rx={2} />;
      })}
    </svg>
  );
}
