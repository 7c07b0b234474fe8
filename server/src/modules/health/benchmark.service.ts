import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { rawQuery } from '../../db/raw-query.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireViewer } from '../identity/access.policy.js';
import { requireAthleteWrite, requireSubjectWrite } from '../identity/athlete-write.policy.js';
import type { DeleteBenchmarkInput, RecordBenchmarkInput, UpdateBenchmarkInput } from './benchmark.inputs.js';
import { type BenchmarkRow, BenchmarkEntryType } from './benchmark.type.js';
import { BenchmarkType } from './health.enums.js';
import { BENCHMARK_COLUMNS, BENCHMARK_FROM } from './health.loaders.js';
import { checkMeasurementDay, toScale } from './health.validation.js';

const KG_PER_LB = 0.45359237;
const KM_PER_MILE = 1.609344;

/** Per type: the stored unit, the largest plausible value in it, and other units accepted (value → stored unit). */
const UNITS: Record<BenchmarkType, { unit: string; max: number; convert: Record<string, (value: number) => number> }> = (() => {
  const strength = { unit: 'kg', max: 1000, convert: { lb: (lb: number) => lb * KG_PER_LB } };
  const heart = { unit: 'bpm', max: 300, convert: {} };
  const pace = { unit: 's/km', max: 3600, convert: { 's/mi': (perMile: number) => perMile / KM_PER_MILE } };
  return {
    ONE_RM: strength,
    TRAINING_MAX: strength,
    FTP: { unit: 'W', max: 3000, convert: {} },
    MAX_HEART_RATE: heart,
    HR_ZONE_1: heart,
    HR_ZONE_2: heart,
    HR_ZONE_3: heart,
    HR_ZONE_4: heart,
    HR_ZONE_5: heart,
    PACE_5K: pace,
    PACE_10K: pace,
    PACE_HALF_MARATHON: pace,
  };
})();

const NEEDS_EXERCISE = new Set<BenchmarkType>([BenchmarkType.ONE_RM, BenchmarkType.TRAINING_MAX]);

/** A value in a unit the client chose → the stored value in the type's unit, checked against its range. */
export function normaliseBenchmarkValue(metricType: BenchmarkType, value: number, unit: string | null | undefined): { value: number; unit: string } {
  const spec = UNITS[metricType];
  const given = unit ?? spec.unit;
  const convert = given === spec.unit ? (x: number) => x : spec.convert[given];
  if (!convert) {
    const accepted = [spec.unit, ...Object.keys(spec.convert)].join(' or ');
    throw new BadUserInputError(`unit for ${metricType} must be ${accepted}.`, 'unit');
  }
  const stored = toScale(convert(value), 2);
  if (stored <= 0) throw new BadUserInputError('value must be greater than 0', 'value');
  if (stored > spec.max) throw new BadUserInputError(`value must be at most ${spec.max} ${spec.unit} for ${metricType}`, 'value');
  return { value: stored, unit: spec.unit };
}

/** What the audit trail keeps of a benchmark. */
const auditView = (row: BenchmarkRow) => ({
  metricType: row.metric_type,
  exerciseId: row.exercise_id,
  value: Number(row.value),
  unit: row.unit,
  establishedOn: row.established_on,
});

/**
 * Benchmarks: the athlete or their coach records them (a coach enters a tested 1RM); every change
 * lands in the audit trail in the same transaction, since prescriptions scale from them.
 */
export class BenchmarkService {
  constructor(private readonly ctx: Context) {}

  async record(input: RecordBenchmarkInput, now = new Date()): Promise<{ benchmark: BenchmarkEntryType; created: boolean }> {
    const subjectId = await requireAthleteWrite(this.ctx, input.athleteId, 'selfOrCoach', 'benchmarks');
    const exerciseId = input.exerciseId ? fromGlobalId(input.exerciseId, 'Exercise', 'exerciseId') : null;
    if (exerciseId === null && NEEDS_EXERCISE.has(input.metricType)) {
      throw new BadUserInputError(`exerciseId is required for a ${input.metricType} benchmark: name the exercise it was tested on.`, 'exerciseId');
    }
    const { value, unit } = normaliseBenchmarkValue(input.metricType, input.value, input.unit);
    checkMeasurementDay(input.establishedOn, now, 'establishedOn');

    const result = await this.ctx.em
      .transactional(async (em) => {
        if (exerciseId !== null) await this.checkExercise(em, exerciseId, subjectId);
        await lockBenchmarks(em, subjectId);
        const [existing] = await rawQuery<BenchmarkRow>(
          em,
          `select ${BENCHMARK_COLUMNS} from ${BENCHMARK_FROM}
            where t.subject_id = ? and t.metric_type = ? and t.exercise_id is not distinct from ?::int and t.established_on = ?::date
            order by t.id limit 1`,
          [subjectId, input.metricType, exerciseId, input.establishedOn],
        );
        if (existing) {
          const notes = input.notes === undefined ? existing.notes : input.notes;
          if (Number(existing.value) === value && existing.unit === unit && existing.notes === notes) return { id: existing.id, created: false }; // a retry
          await rawQuery(em, 'update benchmarks set value = ?, unit = ?, notes = ?, updated_at = now() where id = ?', [value, unit, notes, existing.id]);
          recordAudit(em, this.ctx, {
            action: 'update_benchmark',
            entityType: 'benchmark',
            entityId: existing.id,
            metadata: { change: 'updated', before: auditView(existing), after: { ...auditView(existing), value, unit } },
          });
          return { id: existing.id, created: false };
        }
        const [inserted] = await rawQuery<{ id: number }>(
          em,
          `insert into benchmarks (subject_id, metric_type, value, unit, exercise_id, established_on, notes)
           values (?, ?, ?, ?, ?, ?, ?) returning id`,
          [subjectId, input.metricType, value, unit, exerciseId, input.establishedOn, input.notes ?? null],
        );
        recordAudit(em, this.ctx, {
          action: 'update_benchmark',
          entityType: 'benchmark',
          entityId: inserted!.id,
          metadata: { change: 'created', after: { metricType: input.metricType, exerciseId, value, unit, establishedOn: input.establishedOn } },
        });
        return { id: inserted!.id, created: true };
      })
      .catch(rethrowConstraint);
    return { benchmark: await this.load(result.id), created: result.created };
  }

  async update(input: UpdateBenchmarkInput, now = new Date()): Promise<BenchmarkEntryType> {
    requireViewer(this.ctx);
    const id = fromGlobalId(input.id, 'Benchmark', 'id');
    const value = input.value;
    if (value === null) throw new BadUserInputError('value cannot be cleared: a benchmark always has a value.', 'value');
    if (input.establishedOn === null) throw new BadUserInputError('establishedOn cannot be cleared: a benchmark always has a day.', 'establishedOn');
    if (input.unit !== undefined && input.unit !== null && value === undefined) {
      throw new BadUserInputError('unit says what value is in: send it together with value.', 'unit');
    }
    if (input.establishedOn !== undefined) checkMeasurementDay(input.establishedOn, now, 'establishedOn');

    await this.ctx.em
      .transactional(async (em) => {
        const existing = await this.writable(em, id);
        await lockBenchmarks(em, existing.subject_id);
        const next = {
          value: value === undefined ? Number(existing.value) : normaliseBenchmarkValue(existing.metric_type, value, input.unit).value,
          unit: existing.unit,
          establishedOn: input.establishedOn ?? existing.established_on,
          notes: input.notes === undefined ? existing.notes : input.notes,
        };
        if (value !== undefined) next.unit = UNITS[existing.metric_type].unit;
        const unchanged =
          next.value === Number(existing.value) && next.unit === existing.unit && next.establishedOn === existing.established_on && next.notes === existing.notes;
        if (unchanged) return; // a retry
        if (next.establishedOn !== existing.established_on) {
          const [clash] = await rawQuery<{ id: number }>(
            em,
            `select id from benchmarks where subject_id = ? and metric_type = ? and exercise_id is not distinct from ?::int and established_on = ?::date and id <> ?`,
            [existing.subject_id, existing.metric_type, existing.exercise_id, next.establishedOn, id],
          );
          if (clash) {
            throw new ConflictError(`Another ${existing.metric_type} benchmark of this kind is recorded on ${next.establishedOn}: update or delete that one instead.`);
          }
        }
        await rawQuery(em, 'update benchmarks set value = ?, unit = ?, established_on = ?, notes = ?, updated_at = now() where id = ?', [
          next.value,
          next.unit,
          next.establishedOn,
          next.notes,
          id,
        ]);
        recordAudit(em, this.ctx, {
          action: 'update_benchmark',
          entityType: 'benchmark',
          entityId: id,
          metadata: { change: 'updated', before: auditView(existing), after: { ...auditView(existing), value: next.value, unit: next.unit, establishedOn: next.establishedOn } },
        });
      })
      .catch(rethrowConstraint);
    return this.load(id);
  }

  /** Deleting is final (and audited); deleting the same id again answers NOT_FOUND. */
  async delete(input: DeleteBenchmarkInput): Promise<{ id: number; subjectId: number }> {
    requireViewer(this.ctx);
    const id = fromGlobalId(input.id, 'Benchmark', 'id');
    return this.ctx.em.transactional(async (em) => {
      const existing = await this.writable(em, id, true);
      await rawQuery(em, 'delete from benchmarks where id = ?', [id]);
      recordAudit(em, this.ctx, { action: 'update_benchmark', entityType: 'benchmark', entityId: id, metadata: { change: 'deleted', before: auditView(existing) } });
      return { id, subjectId: existing.subject_id };
    });
  }

  /** The benchmark, row-locked, if the viewer may change it; NOT_FOUND otherwise (existence is not revealed). */
  private async writable(em: EntityManager, id: number, lock = false): Promise<BenchmarkRow> {
    const notFound = 'id: no benchmark you can see has this id.';
    const [row] = await rawQuery<BenchmarkRow>(em, `select ${BENCHMARK_COLUMNS} from ${BENCHMARK_FROM} where t.id = ?${lock ? ' for update of t' : ''}`, [id]);
    if (!row) throw new NotFoundError(notFound);
    await requireSubjectWrite(this.ctx, row.subject_id, 'selfOrCoach', 'benchmarks', notFound);
    return row;
  }

  /**
   * The exercise must be in the catalog and visible to the athlete: a system exercise, a public
   * one, or a private exercise of the viewer or of one of the athlete's coaches.
   */
  private async checkExercise(em: EntityManager, exerciseId: number, subjectId: number): Promise<void> {
    const [found] = await rawQuery<{ id: number }>(
      em,
      `select e.id from exercises e
        where e.id = ? and (e.created_by_id is null or e.is_public or e.created_by_id = ?
          or exists (select 1 from coach_athletes ca join subjects s on s.user_id = ca.athlete_id
                      where s.id = ? and ca.coach_id = e.created_by_id))`,
      [exerciseId, requireViewer(this.ctx).userId, subjectId],
    );
    if (!found) throw new NotFoundError('exerciseId: no exercise in your catalog has this id.');
  }

  private async load(id: number): Promise<BenchmarkEntryType> {
    const [row] = await rawQuery<BenchmarkRow>(this.ctx.em, `select ${BENCHMARK_COLUMNS} from ${BENCHMARK_FROM} where t.id = ?`, [id]);
    if (!row) throw new NotFoundError('id: no benchmark you can see has this id.');
    return BenchmarkEntryType.fromRow(row);
  }
}

/**
 * Serialises benchmark writes per athlete for the transaction: "at most one per kind and day" is
 * a rule of the API, not a unique index (the table keeps history), so two concurrent records of
 * the same kind must not both insert.
 */
async function lockBenchmarks(em: EntityManager, subjectId: number): Promise<void> {
  await rawQuery(em, "select pg_advisory_xact_lock(hashtext('benchmarks'), ?::int)", [subjectId]);
}
