import { formatWeight, type WeightUnit } from '../../lib/units';

interface E1rmSparklineProps {
  name: string;
  points: { date: string; e1rmKg: number }[];
  unit: WeightUnit;
}

/** One line of estimated 1RMs over the window (SVG polyline; a library would outweigh the line). Named with the first and last value. */
export function E1rmSparkline({ name, points, unit }: E1rmSparklineProps) {
  const width = 120;
  const height = 32;
  if (points.length === 0) return null;
  const values = points.map((point) => point.e1rmKg);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const coords = points.map((point, index) => `${(index * step).toFixed(1)},${(height - 3 - ((point.e1rmKg - min) / span) * (height - 6)).toFixed(1)}`);
  const label = `${name} estimated 1RM over ${points.length} training days: from ${formatWeight(values[0]!, unit)} to ${formatWeight(values.at(-1)!, unit)}`;
  return (
    <svg className="e1rm-sparkline" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {points.length > 1 ? <polyline points={coords.join(' ')} fill="none" strokeWidth={2} /> : <circle cx={width / 2} cy={height / 2} r={3} />}
    </svg>
  );
}
