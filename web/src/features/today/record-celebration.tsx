import type { RecordKind } from '../../gql/graphql';
import { formatWeight, useWeightUnit, type WeightUnit } from '../../lib/units';
import type { PersonalRecords } from './set-row';

export const RECORD_KIND_LABEL: Record<RecordKind, string> = {
  HEAVIEST_WEIGHT: 'heaviest weight',
  BEST_E1RM: 'best estimated 1RM',
  SET_VOLUME: 'most volume in a set',
  SESSION_VOLUME: 'most volume in a session',
};

interface RecordCelebrationProps {
  records: PersonalRecords;
}

export function TrophyIcon() {
  return (
    <svg className="celebration-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M7 3h10v2h3v3a4 4 0 0 1-4 4h-.3A5 5 0 0 1 13 14.9V17h3v2H8v-2h3v-2.1A5 5 0 0 1 8.3 12H8a4 4 0 0 1-4-4V5h3V3Zm0 4H6v1a2 2 0 0 0 1 1.7V7Zm10 0v2.7A2 2 0 0 0 18 8V7h-1Z"
      />
    </svg>
  );
}

/** A record's value in the athlete's unit; e1RM is an estimate, so one decimal is all it can claim. */
export function recordValue(kind: RecordKind, kg: number, unit: WeightUnit): string {
  return formatWeight(kind === 'BEST_E1RM' ? Math.round(kg * 10) / 10 : kg, unit);
}

/**
 * "New record! Barbell Bench Press: heaviest weight 100 kg", under the set that set it. One set
 * trains one exercise, so further records of the same set go on a quieter line.
 */
export function RecordCelebration({ records }: RecordCelebrationProps) {
  const unit = useWeightUnit();
  const [first, ...more] = records;
  if (!first) return null;
  return (
    <div className="celebration">
      <TrophyIcon />
      <p className="celebration-text">
        <strong>{`New record! ${first.exercise.name}: ${RECORD_KIND_LABEL[first.kind]} ${recordValue(first.kind, first.valueKg, unit)}`}</strong>
        {first.previousKg != null ? <span className="celebration-previous">{` (was ${recordValue(first.kind, first.previousKg, unit)})`}</span> : null}
        {more.map((record) => (
          <span key={record.kind} className="celebration-more">
            <br />
            {`Also ${RECORD_KIND_LABEL[record.kind]} ${recordValue(record.kind, record.valueKg, unit)}`}
            {record.previousKg != null ? ` (was ${recordValue(record.kind, record.previousKg, unit)})` : ''}
          </span>
        ))}
      </p>
    </div>
  );
}
