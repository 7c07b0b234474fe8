import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ReadinessBand } from '../../gql/graphql';

export const ReadinessSummaryFragment = graphql(`
  fragment ReadinessSummary on SessionPrescription {
    readinessLoadFactor
    readiness {
      score
      band
      reason
      loadAdjustmentPct
      dropSets
    }
  }
`);

const BAND_LABEL: Record<ReadinessBand, string> = {
  HIGH: 'High',
  MODERATE: 'Moderate',
  LOW: 'Low',
  VERY_LOW: 'Very low',
  UNKNOWN: 'Not known',
};

interface ReadinessAdjustment {
  band: ReadinessBand;
  loadAdjustmentPct: number;
  dropSets: number;
}

/** What the readiness does to today's session, in words an athlete reads between sets. */
export function describeReadinessAdjustment({ band, loadAdjustmentPct, dropSets }: ReadinessAdjustment): string {
  if (band === 'UNKNOWN') return 'No check-in or recovery reading for today, so you train as planned.';
  if (loadAdjustmentPct === 0 && dropSets === 0) return 'You are well recovered: train as planned.';
  const lighter = `Loads are ${Math.abs(loadAdjustmentPct)} % lighter today`;
  const fewer = dropSets > 0 ? ` and you do ${dropSets === 1 ? 'one working set' : `${dropSets} working sets`} fewer per exercise` : '';
  return `${lighter}${fewer}, because you are less recovered than usual.`;
}

interface ReadinessSummaryProps {
  prescription: FragmentType<typeof ReadinessSummaryFragment>;
}

/** The readiness the session's prescription was computed with, shown once the session has started. */
export function ReadinessSummary({ prescription: prescriptionRef }: ReadinessSummaryProps) {
  const { readiness, readinessLoadFactor } = getFragmentData(ReadinessSummaryFragment, prescriptionRef);
  const score = readiness.score === null || readiness.score === undefined ? 'no score' : `${readiness.score} / 100`;
  return (
    <section className="card readiness-summary" aria-labelledby="readiness-title">
      <h2 id="readiness-title" className="section-title">
        {`Readiness: ${BAND_LABEL[readiness.band]} (${score})`}
      </h2>
      <p>{describeReadinessAdjustment(readiness)}</p>
      <p className="text-muted">
        {`Why: ${readiness.reason}. Load factor ×${readinessLoadFactor.toFixed(2)}.`}
      </p>
    </section>
  );
}
