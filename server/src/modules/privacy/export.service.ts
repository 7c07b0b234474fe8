import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireViewer } from '../identity/access.policy.js';

/** The export's format tag: bump it when the document's shape changes incompatibly. */
export const EXPORT_FORMAT = 'repwise-export/1';

/** Columns never exported: secrets (hashes of passwords, tokens and keys) are not the user's data to carry. */
const SECRET_COLUMN = /(^|_)(password|token|key|secret)(_hash)?$|_hash$/;

/** Reads a table's rows as JSON objects, with secret columns left out. */
async function rowsOf(em: EntityManager, table: string, where: string, params: unknown[]): Promise<Record<string, unknown>[]> {
  const [result] = await rawQuery<{ rows: Record<string, unknown>[] | null }>(em, `select json_agg(t) as rows from (select * from "${table}" where ${where}) t`, params);
  return (result?.rows ?? []).map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMN.test(column))));
}

/**
 * Every table that holds an athlete's training data: those with a `subject_id` column, read from
 * the catalog of the database itself, so a table added later is exported without anyone
 * remembering to add it here.
 */
async function subjectTables(em: EntityManager): Promise<string[]> {
  const rows = await rawQuery<{ table_name: string }>(
    em,
    `select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = current_schema() and c.column_name = 'subject_id' and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  return rows.map((row) => row.table_name);
}

export interface DataExport {
  exportedAt: Date;
  json: string;
  setLogsCsv: string;
  setLogCount: number;
}

const SET_LOG_COLUMNS = [
  'performed_at',
  'workout_date',
  'session_id',
  'exercise',
  'set_index',
  'is_warmup',
  'to_failure',
  'weight_kg',
  'reps',
  'rpe',
  'rir',
  'rest_seconds',
  'duration_seconds',
  'distance_meters',
  'avg_heart_rate',
  'max_heart_rate',
  'notes',
] as const;

/**
 * All of the viewer's data (seed 001 `data_export`): the account (without its password hash),
 * settings, coaching links, and for an athlete every row of every table keyed by their subject plus
 * their routines' trees; set logs also as CSV (one row per set, kg, oldest first). The export is
 * audited. Read in one REPEATABLE READ transaction, so the document is one consistent snapshot.
 */
export async function exportMyData(ctx: Context): Promise<DataExport> {
  const viewer = requireViewer(ctx);
  const exportedAt = new Date();
  return ctx.em.transactional(
    async (em) => {
      const [account] = await rowsOf(em, 'users', 'id = ?', [viewer.userId]);
      const subject = viewer.subjectId;
      const document: Record<string, unknown> = {
        format: EXPORT_FORMAT,
        exportedAt: exportedAt.toISOString(),
        units: { weight: 'kg', distance: 'm', duration: 's' },
        account,
        settings: (await rowsOf(em, 'user_settings', 'user_id = ?', [viewer.userId]))[0] ?? null,
        coachLinks: await rowsOf(em, 'coach_athletes', 'coach_id = ? or athlete_id = ?', [viewer.userId, viewer.userId]),
        loginSessions: await rowsOf(em, 'auth_sessions', 'user_id = ?', [viewer.userId]),
        exercisesCreated: await rowsOf(em, 'exercises', 'created_by_id = ?', [viewer.userId]),
        auditLog: await rowsOf(em, 'audit_logs', 'user_id = ?', [viewer.userId]),
      };
      let csvRows: unknown[][] = [];
      if (subject !== null) {
        document.subject = (await rowsOf(em, 'subjects', 'id = ?', [subject]))[0] ?? null;
        const training: Record<string, unknown> = {};
        for (const table of await subjectTables(em)) training[table] = await rowsOf(em, table, 'subject_id = ?', [subject]);
        const routineIds = 'routine_id in (select id from routines where subject_id = ?)';
        const dayIds = `routine_day_id in (select id from routine_days where ${routineIds})`;
        const slotIds = `routine_day_exercise_id in (select id from routine_day_exercises where ${dayIds})`;
        training.routine_days = await rowsOf(em, 'routine_days', routineIds, [subject]);
        training.routine_day_exercises = await rowsOf(em, 'routine_day_exercises', dayIds, [subject]);
        training.routine_exercise_sets = await rowsOf(em, 'routine_exercise_sets', slotIds, [subject]);
        training.progression_rules = await rowsOf(em, 'progression_rules', slotIds, [subject]);
        document.training = training;
        csvRows = (
          await rawQuery<Record<string, unknown>>(
            em,
            `select l.performed_at, ws.workout_date::text as workout_date, l.session_id, e.name as exercise, l.set_index, l.is_warmup, l.to_failure,
                    l.actual_weight_kg::float8 as weight_kg, l.actual_reps as reps, l.actual_rpe::float8 as rpe, l.actual_rir as rir, l.actual_rest_s as rest_seconds,
                    l.duration_s as duration_seconds, l.distance_m::float8 as distance_meters, l.avg_heart_rate, l.max_heart_rate, l.notes
               from exercise_set_logs l join exercises e on e.id = l.exercise_id left join workout_sessions ws on ws.id = l.session_id
              where l.subject_id = ? order by l.performed_at, l.id`,
            [subject],
          )
        ).map((row) => SET_LOG_COLUMNS.map((column) => (row[column] instanceof Date ? (row[column] as Date).toISOString() : row[column])));
      }
      recordAudit(em, ctx, { action: 'data_export', entityType: 'user', entityId: viewer.userId, metadata: { setLogs: csvRows.length } });
      return {
        exportedAt,
        json: JSON.stringify(document),
        setLogsCsv: stringify([[...SET_LOG_COLUMNS], ...csvRows]),
        setLogCount: csvRows.length,
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ },
  );
}
