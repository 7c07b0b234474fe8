import type { Context } from '../../graphql/context.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { rawQuery } from '../../db/raw-query.js';
import { checkMeasurementDay, toScale } from '../health/health.validation.js';
import { column, upsertSql } from '../health/upsert-sql.js';
import { requireAthleteWrite, requireSubjectWrite } from './athlete-write.policy.js';
import { requireViewer } from './access.policy.js';
import type { DeleteBodyMetricsInput, RecordBodyMetricsInput, UpdateAthleteProfileInput } from './profile.inputs.js';
import { BODY_METRIC_COLUMNS } from './profile.loaders.js';
import { type BodyMetricRow, type ProfileRow, handCode } from './profile.type.js';

/** An athlete's profile and body measurements. Writes are the athlete's own; coaches read. */
export class ProfileService {
  constructor(private readonly ctx: Context) {}

  async updateProfile(input: UpdateAthleteProfileInput, now = new Date()): Promise<ProfileRow> {
    const subjectId = await requireAthleteWrite(this.ctx, input.athleteId, 'self', 'profile');
    const latestYear = now.getUTCFullYear();
    if (input.birthYear !== undefined && input.birthYear !== null && input.birthYear > latestYear) {
      throw new BadUserInputError(`birthYear must be between 1900 and ${latestYear}`, 'birthYear');
    }
    const { sql, params } = upsertSql(
      'subject_profiles',
      'uq_subject_profiles_subject',
      [column('subject_id', subjectId)],
      [
        column('sex', input.sex),
        column('birth_year', input.birthYear),
        column('height_cm', input.heightCm),
        column('dominant_hand', input.dominantHand, handCode),
      ],
      't.subject_id, t.sex, t.birth_year, t.height_cm, t.dominant_hand, t.updated_at',
    );
    const [row] = await rawQuery<ProfileRow>(this.ctx.em, sql, params).catch(rethrowConstraint);
    return row!;
  }

  async recordBodyMetrics(input: RecordBodyMetricsInput, now = new Date()): Promise<{ row: BodyMetricRow; created: boolean }> {
    const subjectId = await requireAthleteWrite(this.ctx, input.athleteId, 'self', 'body metrics');
    checkMeasurementDay(input.measuredOn, now, 'measuredOn');
    const { sql, params } = upsertSql(
      'subject_body_metrics',
      'uq_sbm_subject_day',
      [column('subject_id', subjectId), column('measured_on', input.measuredOn)],
      [
        column('weight_kg', input.weightKg, (kg: number) => toScale(kg, 2)),
        column('bodyfat_pct', input.bodyfatPct, (pct: number) => toScale(pct, 1)),
        column('resting_hr', input.restingHr),
        column('notes', input.notes),
      ],
      BODY_METRIC_COLUMNS,
    );
    const [row] = await rawQuery<BodyMetricRow & { created: boolean }>(this.ctx.em, sql, params).catch(rethrowConstraint);
    return { row: row!, created: row!.created };
  }

  /** Deleting is final; deleting the same id again answers NOT_FOUND. */
  async deleteBodyMetrics(input: DeleteBodyMetricsInput): Promise<{ id: number; subjectId: number }> {
    requireViewer(this.ctx);
    const id = fromGlobalId(input.id, 'BodyMetric', 'id');
    const notFound = 'id: no body metrics you can see have this id.';
    const [row] = await rawQuery<{ subject_id: number }>(this.ctx.em, 'select subject_id from subject_body_metrics where id = ?', [id]);
    if (!row) throw new NotFoundError(notFound);
    await requireSubjectWrite(this.ctx, row.subject_id, 'self', 'body metrics', notFound);
    await rawQuery(this.ctx.em, 'delete from subject_body_metrics where id = ?', [id]);
    return { id, subjectId: row.subject_id };
  }
}
