import { useId } from 'react';
import type { MuscleGroup, ProgressOverviewQuery } from '../../gql/graphql';
import { BarChart, type BarColumn, type BarSeries } from './charts/bar-chart';
import { formatDay, formatTick } from './charts/dates';

type Analytics = NonNullable<NonNullable<ProgressOverviewQuery['viewer']>['athlete']>['analytics'];

/** FULL_BODY → "Full body". */
export const muscleName = (muscle: MuscleGroup): string => muscle.charAt(0) + muscle.slice(1).toLowerCase().replace('_', ' ');

/** How many muscles get their own colour; the rest stack as one "Other" so the legend stays readable on a phone. */
const NAMED_MUSCLES = 5;
const OTHER = 'OTHER_MUSCLES';

/** The weeks' hard sets per muscle as stacked bars: the top muscles of the window by name, the rest together. */
export function weeklyVolumeChart(weeks: Analytics['weeklyVolume']): { series: BarSeries[]; columns: BarColumn[] } {
  const totals = new Map<MuscleGroup, number>();
  for (const week of weeks) for (const entry of week.muscles) totals.set(entry.muscle, (totals.get(entry.muscle) ?? 0) + entry.hardSets);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([muscle]) => muscle);
  const named = new Set(ranked.slice(0, NAMED_MUSCLES));
  const series: BarSeries[] = ranked.slice(0, NAMED_MUSCLES).map((muscle) => ({ key: muscle, label: muscleName(muscle) }));
  if (ranked.length > NAMED_MUSCLES) series.push({ key: OTHER, label: 'Other muscles' });
  const columns = weeks.map((week) => {
    const values: Record<string, number> = {};
    for (const entry of week.muscles) {
      const key = named.has(entry.muscle) ? entry.muscle : OTHER;
      values[key] = (values[key] ?? 0) + entry.hardSets;
    }
    return { key: week.week, label: week.week.slice(-3), values };
  });
  return { series, columns };
}

export function VolumeSection({ weeks }: { weeks: Analytics['weeklyVolume'] }) {
  const id = useId();
  const { series, columns } = weeklyVolumeChart(weeks);
  const weekTotals = columns.map((column) => Object.values(column.values).reduce((sum, value) => sum + value, 0));
  const busiest = weekTotals.indexOf(Math.max(...weekTotals));
  const trained = weekTotals.filter((total) => total > 0).length;
  const summary =
    series.length === 0
      ? 'No hard sets in this window.'
      : `Hard sets per week over ${weeks.length} weeks, ${trained} of them with training; the most in the week of ${formatDay(weeks[busiest]!.weekStart)} (${formatTick(weekTotals[busiest]!)} sets). ` +
        `Muscles trained most: ${series
          .filter((entry) => entry.key !== OTHER)
          .slice(0, 3)
          .map((entry) => entry.label)
          .join(', ')}.`;
  return (
    <section className="card progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Weekly volume per muscle
      </h2>
      {series.length === 0 ? (
        <p className="text-muted">No hard sets in this window yet.</p>
      ) : (
        <BarChart
          title="Hard sets per week, by muscle"
          summary={summary}
          series={series}
          columns={columns}
          formatY={formatTick}
          yUnit="sets"
          table={{
            columns: ['Week', ...series.map((entry) => entry.label), 'Total'],
            rows: columns.map((column, index) => ({
              key: column.key,
              cells: [`Week of ${formatDay(weeks[index]!.weekStart)}`, ...series.map((entry) => formatTick(column.values[entry.key] ?? 0)), formatTick(weekTotals[index]!)],
            })),
          }}
        />
      )}
      <p className="text-muted progress-note">A hard set is a working set within 3 reps of failure; a muscle that only assists counts half.</p>
    </section>
  );
}

export function AdherenceSection({ weeks }: { weeks: Analytics['adherence'] }) {
  const id = useId();
  const planned = weeks.filter((week) => week.sessionRatio != null);
  if (planned.length === 0) return null;
  const average = planned.reduce((sum, week) => sum + week.sessionRatio!, 0) / planned.length;
  return (
    <section className="card progress-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Adherence
      </h2>
      <BarChart
        title="Planned sessions done, per week"
        summary={`On average ${Math.round(average * 100)}% of planned sessions done over the ${planned.length} weeks that had a plan.`}
        series={[{ key: 'done', label: 'Done' }]}
        columns={weeks.map((week) => ({ key: week.week, label: week.week.slice(-3), values: { done: (week.sessionRatio ?? 0) * 100 } }))}
        formatY={(value) => `${Math.round(value)}`}
        yUnit="%"
        maxY={100}
        table={{
          columns: ['Week', 'Planned', 'Done', 'Unplanned'],
          rows: weeks.map((week) => ({
            key: week.week,
            cells: [`Week of ${formatDay(week.weekStart)}`, String(week.sessionsPlanned), String(week.sessionsDone), String(week.unplannedSessions)],
          })),
        }}
      />
    </section>
  );
}
