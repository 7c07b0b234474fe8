import type { EntityManager } from '@mikro-orm/postgresql';
import { oneLoader } from '../../graphql/batch.js';
import { rawQuery } from '../../db/raw-query.js';
import { createPageLoader, dayRangeConditions } from '../health/keyset-page.js';
import { type BodyMetricRow, BodyMetricType, type ProfileRow } from './profile.type.js';
import type { SettingsRow } from './settings.type.js';

export const BODY_METRIC_COLUMNS = 't.id, t.subject_id, t.measured_on, t.weight_kg, t.bodyfat_pct, t.resting_hr, t.notes, t.updated_at';

export interface BodyMetricFilter {
  from: string | null;
  to: string | null;
}

/** Pages of body metrics for many athletes, newest day first (see keyset-page.ts). Used through loaderAt. */
export function createBodyMetricPageLoader(em: EntityManager) {
  return createPageLoader<BodyMetricFilter, BodyMetricType>(em, {
    from: 'subject_body_metrics t',
    select: BODY_METRIC_COLUMNS,
    orderColumn: 't.measured_on',
    orderType: 'date',
    where: (filter) => dayRangeConditions('t.measured_on', filter),
    map: (row) => BodyMetricType.fromRow(row as unknown as BodyMetricRow),
  });
}

/** Profiles, body metrics by id and account settings, read as plain rows. */
export function createProfileLoaders(em: EntityManager) {
  return {
    profileBySubjectId: oneLoader(
      (subjectIds: readonly number[]) =>
        rawQuery<ProfileRow>(em, 'select subject_id, sex, birth_year, height_cm, dominant_hand, updated_at from subject_profiles where subject_id in (?)', [
          [...subjectIds],
        ]),
      (row) => row.subject_id,
    ),
    bodyMetricById: oneLoader(
      (ids: readonly number[]) => rawQuery<BodyMetricRow>(em, `select ${BODY_METRIC_COLUMNS} from subject_body_metrics t where t.id in (?)`, [[...ids]]),
      (row) => row.id,
    ),
    settingsByUserId: oneLoader(
      (userIds: readonly number[]) =>
        rawQuery<SettingsRow>(em, 'select user_id, unit_system, e1rm_formula, bar_weight_kg, plates_kg from user_settings where user_id in (?)', [[...userIds]]),
      (row) => row.user_id,
    ),
  };
}
