import type { Context } from '../../graphql/context.js';
import { publishCheckIn } from '../activity/roster-activity.events.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { rawQuery } from '../../db/raw-query.js';
import { requireViewer } from '../identity/access.policy.js';
import { requireAthleteWrite, requireSubjectWrite } from '../identity/athlete-write.policy.js';
import { RecoverySource } from './health.enums.js';
import { RECOVERY_COLUMNS, SORENESS_COLUMNS } from './health.loaders.js';
import { checkMeasurementDay, toScale } from './health.validation.js';
import type { DeleteRecoverySignalInput, DeleteSorenessLogInput, RecordRecoverySignalInput, RecordSorenessInput } from './recovery.inputs.js';
import type { RecoverySignalRow, SorenessLogRow } from './recovery.type.js';
import { column, upsertSql } from './upsert-sql.js';

/** Recovery readings and soreness: the athlete records their own, their coaches read them. */
export class RecoveryService {
  constructor(private readonly ctx: Context) {}

  async recordSignal(input: RecordRecoverySignalInput, now = new Date()): Promise<{ row: RecoverySignalRow; created: boolean }> {
    const subjectId = await requireAthleteWrite(this.ctx, input.athleteId, 'self', 'recovery readings');
    checkMeasurementDay(input.measuredOn, now, 'measuredOn');
    const sessionId = await this.ownSession(input.sessionId, subjectId, 'sessionId');
    const { sql, params } = upsertSql(
      'recovery_signals',
      'uq_recovery_signals_subject_day_source',
      [column('subject_id', subjectId), column('measured_on', input.measuredOn), { name: 'source', value: input.source ?? RecoverySource.MANUAL, sent: true }],
      [
        column('hrv_ms', input.hrvMs, (ms: number) => toScale(ms, 1)),
        column('resting_hr', input.restingHr),
        column('sleep_score', input.sleepScore, (score: number) => toScale(score, 1)),
        column('sleep_hours', input.sleepHours, (hours: number) => toScale(hours, 2)),
        column('readiness', input.readiness, (score: number) => toScale(score, 1)),
        column('notes', input.notes),
        column('session_id', input.sessionId === undefined ? undefined : sessionId),
      ],
      RECOVERY_COLUMNS,
    );
    const [row] = await rawQuery<RecoverySignalRow & { created: boolean }>(this.ctx.em, sql, params).catch(rethrowConstraint);
    const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));
    await publishCheckIn(this.ctx, subjectId, {
      day: input.measuredOn,
      sleepHours: numberOrNull(row!.sleep_hours),
      hrvMs: numberOrNull(row!.hrv_ms),
      restingHr: row!.resting_hr,
      sorenessMax: null,
      soreBodyParts: [],
    });
    return { row: row!, created: row!.created };
  }

  async recordSoreness(input: RecordSorenessInput, now = new Date()): Promise<SorenessLogRow[]> {
    const subjectId = await requireAthleteWrite(this.ctx, input.athleteId, 'self', 'soreness log');
    checkMeasurementDay(input.loggedOn, now, 'loggedOn');
    const seen = new Set<string>();
    input.entries.forEach((entry, index) => {
      if (seen.has(entry.bodyPart)) {
        throw new BadUserInputError(`entries lists ${entry.bodyPart} twice: send each body part once.`, `entries.${index}.bodyPart`);
      }
      seen.add(entry.bodyPart);
    });
    const causeId = await this.ownSession(input.inferredCauseSessionId, subjectId, 'inferredCauseSessionId');

    // One statement for every entry: each (day, body part) inserts or updates its own row.
    const updates = [
      'soreness = excluded.soreness',
      ...(input.inferredCauseSessionId !== undefined ? ['inferred_cause_session_id = excluded.inferred_cause_session_id'] : []),
      ...(input.notes !== undefined ? ['notes = excluded.notes'] : []),
      'updated_at = now()',
    ];
    const rows = await rawQuery<SorenessLogRow>(
      this.ctx.em,
      `insert into soreness_logs as t (subject_id, logged_on, body_part, soreness, inferred_cause_session_id, notes)
       values ${input.entries.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
       on conflict on constraint uq_soreness_logs_subject_day_part do update set ${updates.join(', ')}
       returning ${SORENESS_COLUMNS}`,
      input.entries.flatMap((entry) => [subjectId, input.loggedOn, entry.bodyPart, entry.soreness, causeId, input.notes ?? null]),
    ).catch(rethrowConstraint);
    await publishCheckIn(this.ctx, subjectId, {
      day: input.loggedOn,
      sleepHours: null,
      hrvMs: null,
      restingHr: null,
      sorenessMax: Math.max(...input.entries.map((entry) => entry.soreness)),
      soreBodyParts: input.entries.map((entry) => entry.bodyPart as string),
    });
    const order = new Map(input.entries.map((entry, index) => [entry.bodyPart as string, index]));
    return rows.sort((a, b) => order.get(a.body_part)! - order.get(b.body_part)!);
  }

  /** Deleting is final; deleting the same id again answers NOT_FOUND. */
  async deleteSignal(input: DeleteRecoverySignalInput): Promise<{ id: number; subjectId: number }> {
    return this.deleteRow('recovery_signals', fromGlobalId(input.id, 'RecoverySignal', 'id'), 'recovery reading');
  }

  async deleteSoreness(input: DeleteSorenessLogInput): Promise<{ id: number; subjectId: number }> {
    return this.deleteRow('soreness_logs', fromGlobalId(input.id, 'SorenessLog', 'id'), 'soreness entry');
  }

  private async deleteRow(table: 'recovery_signals' | 'soreness_logs', id: number, what: string): Promise<{ id: number; subjectId: number }> {
    requireViewer(this.ctx);
    const notFound = `id: no ${what} you can see has this id.`;
    const [row] = await rawQuery<{ subject_id: number }>(this.ctx.em, `select subject_id from ${table} where id = ?`, [id]);
    if (!row) throw new NotFoundError(notFound);
    await requireSubjectWrite(this.ctx, row.subject_id, 'self', `${what}s`, notFound);
    await rawQuery(this.ctx.em, `delete from ${table} where id = ?`, [id]);
    return { id, subjectId: row.subject_id };
  }

  /** A session id the input names must be one of the athlete's own sessions. */
  private async ownSession(globalId: string | null | undefined, subjectId: number, field: string): Promise<number | null> {
    if (!globalId) return null;
    const id = fromGlobalId(globalId, 'WorkoutSession', field);
    const [row] = await rawQuery<{ id: number }>(this.ctx.em, 'select id from workout_sessions where id = ? and subject_id = ?', [id, subjectId]);
    if (!row) throw new NotFoundError(`${field}: no session of this athlete has this id.`);
    return id;
  }
}
