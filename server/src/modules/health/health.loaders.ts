import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { rawQuery } from '../../db/raw-query.js';
import { exerciseColumns } from '../catalog/exercise.type.js';
import type { MuscleGroup } from '../catalog/catalog.enums.js';
import { type BenchmarkRow, BenchmarkEntryType } from './benchmark.type.js';
import type { BenchmarkType, RecoverySource } from './health.enums.js';
import { type ImportLogRow, ImportLogType } from './import-log.type.js';
import { createPageLoader, dayRangeConditions } from './keyset-page.js';
import { type RecoverySignalRow, RecoverySignalType, type SorenessLogRow, SorenessLogType } from './recovery.type.js';

export const BENCHMARK_FROM = 'benchmarks t left join exercises e on e.id = t.exercise_id';
export const BENCHMARK_COLUMNS = `t.id, t.subject_id, t.metric_type, t.value, t.unit, t.exercise_id, t.established_on, t.notes, t.created_at, t.updated_at, ${exerciseColumns('e')}`;
export const RECOVERY_COLUMNS =
  't.id, t.subject_id, t.session_id, t.measured_on, t.source, t.hrv_ms, t.resting_hr, t.sleep_score, t.sleep_hours, t.readiness, t.notes, t.updated_at';
export const SORENESS_COLUMNS = 't.id, t.subject_id, t.logged_on, t.body_part, t.soreness, t.inferred_cause_session_id, t.notes, t.updated_at';
const IMPORT_COLUMNS = 't.id, t.subject_id, t.source, t.status, t.raw_text, t.parsed_rows, t.confidence, t.created_at';

export interface BenchmarkFilter {
  metricType: BenchmarkType | null;
  exerciseId: number | null;
}

export interface RecoveryFilter {
  from: string | null;
  to: string | null;
  source: RecoverySource | null;
}

export interface SorenessFilter {
  from: string | null;
  to: string | null;
  bodyPart: MuscleGroup | null;
}

/* Page loaders (keyset-page.ts), one per place in a query through loaderAt. */

export function createBenchmarkPageLoader(em: EntityManager) {
  return createPageLoader<BenchmarkFilter, BenchmarkEntryType>(em, {
    from: BENCHMARK_FROM,
    select: BENCHMARK_COLUMNS,
    orderColumn: 't.established_on',
    orderType: 'date',
    where: (filter) => [
      ...(filter.metricType ? [{ sql: 't.metric_type = ?', params: [filter.metricType] }] : []),
      ...(filter.exerciseId ? [{ sql: 't.exercise_id = ?', params: [filter.exerciseId] }] : []),
    ],
    map: (row) => BenchmarkEntryType.fromRow(row as unknown as BenchmarkRow),
  });
}

export function createRecoveryPageLoader(em: EntityManager) {
  return createPageLoader<RecoveryFilter, RecoverySignalType>(em, {
    from: 'recovery_signals t',
    select: RECOVERY_COLUMNS,
    orderColumn: 't.measured_on',
    orderType: 'date',
    where: (filter) => [
      ...dayRangeConditions('t.measured_on', filter),
      ...(filter.source ? [{ sql: 't.source = ?', params: [filter.source] }] : []),
    ],
    map: (row) => RecoverySignalType.fromRow(row as unknown as RecoverySignalRow),
  });
}

export function createSorenessPageLoader(em: EntityManager) {
  return createPageLoader<SorenessFilter, SorenessLogType>(em, {
    from: 'soreness_logs t',
    select: SORENESS_COLUMNS,
    orderColumn: 't.logged_on',
    orderType: 'date',
    where: (filter) => [
      ...dayRangeConditions('t.logged_on', filter),
      ...(filter.bodyPart ? [{ sql: 't.body_part = ?', params: [filter.bodyPart] }] : []),
    ],
    map: (row) => SorenessLogType.fromRow(row as unknown as SorenessLogRow),
  });
}

export function createImportPageLoader(em: EntityManager) {
  return createPageLoader<Record<string, never>, ImportLogType>(em, {
    from: 'import_logs t',
    select: IMPORT_COLUMNS,
    orderColumn: 't.created_at',
    orderType: 'timestamptz',
    where: () => [],
    map: (row) => ImportLogType.fromRow(row as unknown as ImportLogRow),
  });
}

export function createHealthLoaders(em: EntityManager) {
  return {
    /** The latest benchmark of each kind (type and exercise) per athlete, by day then id. */
    currentBenchmarksBySubjectId: groupLoader(
      (subjectIds: readonly number[]) =>
        rawQuery<BenchmarkRow>(
          em,
          `select * from (
             select distinct on (t.subject_id, t.metric_type, t.exercise_id) ${BENCHMARK_COLUMNS} from ${BENCHMARK_FROM}
              where t.subject_id in (?)
              order by t.subject_id, t.metric_type, t.exercise_id, t.established_on desc, t.id desc
           ) current order by subject_id, metric_type, ex_name nulls first, exercise_id`,
          [[...subjectIds]],
        ).then((rows) => rows.map(BenchmarkEntryType.fromRow)),
      (benchmark) => benchmark.subjectId,
    ),
    benchmarkById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<BenchmarkRow>(em, `select ${BENCHMARK_COLUMNS} from ${BENCHMARK_FROM} where t.id in (?)`, [[...ids]]).then((rows) => rows.map(BenchmarkEntryType.fromRow)),
      (benchmark) => benchmark.dbId,
    ),
    recoverySignalById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<RecoverySignalRow>(em, `select ${RECOVERY_COLUMNS} from recovery_signals t where t.id in (?)`, [[...ids]]).then((rows) => rows.map(RecoverySignalType.fromRow)),
      (signal) => signal.dbId,
    ),
    sorenessLogById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<SorenessLogRow>(em, `select ${SORENESS_COLUMNS} from soreness_logs t where t.id in (?)`, [[...ids]]).then((rows) => rows.map(SorenessLogType.fromRow)),
      (log) => log.dbId,
    ),
    importLogById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<ImportLogRow>(em, `select ${IMPORT_COLUMNS} from import_logs t where t.id in (?)`, [[...ids]]).then((rows) => rows.map(ImportLogType.fromRow)),
      (log) => log.dbId,
    ),
  };
}
