import type { RecordKind } from '../../gql/graphql';

export const RECORD_LABEL: Record<RecordKind, string> = {
  BEST_E1RM: 'Best estimated 1RM',
  HEAVIEST_WEIGHT: 'Heaviest weight',
  SET_VOLUME: 'Best set volume',
  SESSION_VOLUME: 'Best session volume',
};
