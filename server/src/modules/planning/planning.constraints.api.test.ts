import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constraintMessageOf, rethrowConstraint } from '../../graphql/constraint-errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { planningConstraints } from './planning.constraints.js';
import { CREATE_ROUTINE, catalogIds, uniqueName } from './planning.test-helpers.js';

/**
 * The wall behind the services: every named constraint of the planning tables is registered,
 * and a real violation of each (a race or a missed check, simulated by writing straight to the
 * database) answers with the registered code and field. The API tests show the services refuse
 * the same inputs first (routine.api.test.ts, cycle.api.test.ts).
 */

const TABLES = ['routines', 'routine_days', 'routine_day_exercises', 'routine_exercise_sets', 'progression_rules', 'cycles'];
const NO_ROW = 2_000_000_000;

let server: TestServer;
let row: { routine: number; day: number; slot: number; set: number; rule: number; cycle: number };
beforeAll(async () => {
  server = await startTestServer();
  const ids = await catalogIds(server.orm);
  const athlete = await createTestAthlete(server.orm);
  const token = await logInAs(server, athlete.email);
  const created = await server.gql<{ createRoutine: { routine: { id: string } } }>(CREATE_ROUTINE, {
    input: {
      athleteId: toGlobalId('Athlete', athlete.subjectId),
      name: uniqueName(),
      days: [{ exercises: [{ exerciseId: ids.get('barbell-back-squat'), progressionRule: { style: 'SINGLE_PROGRESSION' }, sets: [{ targetReps: 5 }] }] }],
    },
  }, token);
  const routineId = Number(Buffer.from(created.data!.createRoutine.routine.id, 'base64url').toString().split(':')[1]);
  const [ids_] = await server.orm.em.fork().execute<{ day: number; slot: number; set: number; rule: number }[]>(
    `select rd.id as day, rde.id as slot, res.id as set, pr.id as rule from routine_days rd join routine_day_exercises rde on rde.routine_day_id = rd.id
       join routine_exercise_sets res on res.routine_day_exercise_id = rde.id join progression_rules pr on pr.routine_day_exercise_id = rde.id
      where rd.routine_id = ?`, [routineId]);
  const [cycle] = await server.orm.em.fork().execute<{ id: number }[]>('select id from cycles where routine_id = ?', [athlete.routineId]);
  row = { routine: routineId, ...ids_!, cycle: cycle!.id };
});
afterAll(async () => {
  await server?.close();
});

/** A statement that breaks exactly the named constraint, given the fixture rows. */
const VIOLATIONS: Record<string, () => [string, unknown[]]> = {
  uq_routines_subject_name: () => ['insert into routines (subject_id, name) select subject_id, name from routines where id = ?', [row.routine]],
  ck_routines_revision_positive: () => ['update routines set revision = 0 where id = ?', [row.routine]],
  routines_subject_id_foreign: () => ['update routines set subject_id = ? where id = ?', [NO_ROW, row.routine]],
  routines_created_by_id_foreign: () => ['update routines set created_by_id = ? where id = ?', [NO_ROW, row.routine]],
  uq_routines_subject_client: () => [
    `with marked as (update routines set client_id = '00000000-0000-4000-8000-000000000001' where id = ? returning subject_id, name, client_id)
     insert into routines (subject_id, name, client_id) select subject_id, name || ' twin', client_id from marked`,
    [row.routine],
  ],
  routines_copied_from_id_foreign: () => ['update routines set copied_from_id = ? where id = ?', [NO_ROW, row.routine]],

  uq_routine_days_routine_day_index: () => ['insert into routine_days (routine_id, day_index) select routine_id, day_index from routine_days where id = ?', [row.day]],
  ck_routine_days_day_index_positive: () => ['update routine_days set day_index = 0 where id = ?', [row.day]],
  routine_days_routine_id_foreign: () => ['update routine_days set routine_id = ? where id = ?', [NO_ROW, row.day]],

  uq_rde_day_pos: () => ['insert into routine_day_exercises (routine_day_id, exercise_id, position) select routine_day_id, exercise_id, position from routine_day_exercises where id = ?', [row.slot]],
  ck_rde_position_positive: () => ['update routine_day_exercises set position = 0 where id = ?', [row.slot]],
  ck_rde_superset_group_positive: () => ['update routine_day_exercises set superset_group = 0 where id = ?', [row.slot]],
  routine_day_exercises_section_check: () => ["update routine_day_exercises set section = 'CARDIO' where id = ?", [row.slot]],
  routine_day_exercises_routine_day_id_foreign: () => ['update routine_day_exercises set routine_day_id = ? where id = ?', [NO_ROW, row.slot]],
  routine_day_exercises_exercise_id_foreign: () => ['update routine_day_exercises set exercise_id = ? where id = ?', [NO_ROW, row.slot]],

  uq_res_rde_set_idx: () => ['insert into routine_exercise_sets (routine_day_exercise_id, set_index) select routine_day_exercise_id, set_index from routine_exercise_sets where id = ?', [row.set]],
  ck_res_set_index_positive: () => ['update routine_exercise_sets set set_index = 0 where id = ?', [row.set]],
  ck_res_target_weight_range: () => ['update routine_exercise_sets set target_weight_kg = 1000.5 where id = ?', [row.set]],
  ck_res_target_reps_range: () => ['update routine_exercise_sets set target_reps = -1 where id = ?', [row.set]],
  ck_res_target_rir_range: () => ['update routine_exercise_sets set target_rir = 11 where id = ?', [row.set]],
  ck_res_target_rpe_range: () => ['update routine_exercise_sets set target_rpe = 10.5 where id = ?', [row.set]],
  ck_res_target_rpe_half_steps: () => ['update routine_exercise_sets set target_rpe = 7.3 where id = ?', [row.set]],
  ck_res_target_rest_nonnegative: () => ['update routine_exercise_sets set target_rest_s = -1 where id = ?', [row.set]],
  ck_res_rep_range_ordered: () => ['update routine_exercise_sets set target_reps_min = 12, target_reps_max = 8 where id = ?', [row.set]],
  ck_res_target_pct_1rm_range: () => ['update routine_exercise_sets set target_pct_1rm = 0 where id = ?', [row.set]],
  ck_res_target_duration_nonnegative: () => ['update routine_exercise_sets set target_duration_s = -1 where id = ?', [row.set]],
  ck_res_target_distance_nonnegative: () => ['update routine_exercise_sets set target_distance_m = -1 where id = ?', [row.set]],
  routine_exercise_sets_routine_day_exercise_id_foreign: () => ['update routine_exercise_sets set routine_day_exercise_id = ? where id = ?', [NO_ROW, row.set]],

  uq_progression_rules_rde: () => ["insert into progression_rules (routine_day_exercise_id, style) values (?, 'SINGLE_PROGRESSION')", [row.slot]],
  ck_progression_rules_increment_range: () => ['update progression_rules set increment_kg = 51 where id = ?', [row.rule]],
  ck_progression_rules_rep_range: () => ['update progression_rules set rep_range_min = 10, rep_range_max = 8 where id = ?', [row.rule]],
  ck_progression_rules_deload_every: () => ['update progression_rules set deload_every_n_cycles = 1 where id = ?', [row.rule]],
  ck_progression_rules_deload_pct: () => ['update progression_rules set deload_pct = 100 where id = ?', [row.rule]],
  ck_progression_rules_wave_length: () => ['update progression_rules set wave_length = 9 where id = ?', [row.rule]],
  progression_rules_style_check: () => ["update progression_rules set style = 'GUESSWORK' where id = ?", [row.rule]],
  progression_rules_routine_day_exercise_id_foreign: () => ['update progression_rules set routine_day_exercise_id = ? where id = ?', [NO_ROW, row.rule]],

  uq_cycles_routine_number: () => ['insert into cycles (subject_id, routine_id, cycle_number) select subject_id, routine_id, cycle_number from cycles where id = ?', [row.cycle]],
  ck_cycles_number_positive: () => ['update cycles set cycle_number = 0 where id = ?', [row.cycle]],
  ck_cycles_dates_ordered: () => ["update cycles set started_on = '2026-02-02', ended_on = '2026-02-01' where id = ?", [row.cycle]],
  cycles_subject_id_foreign: () => ['update cycles set subject_id = ? where id = ?', [NO_ROW, row.cycle]],
  cycles_routine_id_foreign: () => ['update cycles set routine_id = ? where id = ?', [NO_ROW, row.cycle]],
};

describe('planning constraints', () => {
  it('registers every named constraint of the planning tables, and nothing else', async () => {
    const rows = await server.orm.em.fork().execute<{ name: string }[]>(
      `select c.conname as name from pg_constraint c join pg_class t on t.oid = c.conrelid
        where t.relname in (?) and c.contype in ('u', 'c', 'f', 'x')
       union
       select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        where t.relname in (?) and x.indisunique and not x.indisprimary`,
      [TABLES, TABLES],
    );
    const inDatabase = [...new Set(rows.map((r) => r.name))].sort();
    expect(Object.keys(planningConstraints).sort()).toEqual(inDatabase);
    expect(Object.keys(VIOLATIONS).sort()).toEqual(inDatabase);
  });

  it.each(Object.keys(VIOLATIONS))('maps a real violation of %s to its code and field, storing nothing', async (name) => {
    const [statement, params] = VIOLATIONS[name]!();
    const snapshot = () =>
      server.orm.em.fork().execute(
        `select (select row_to_json(r) from routines r where id = ?) as routine, (select row_to_json(c) from cycles c where id = ?) as cycle,
                (select count(*) from routine_days) as days, (select count(*) from routine_day_exercises) as slots,
                (select count(*) from routine_exercise_sets) as sets, (select count(*) from progression_rules) as rules, (select count(*) from routines) as routines,
                (select row_to_json(s) from routine_exercise_sets s where id = ?) as planned_set, (select row_to_json(p) from progression_rules p where id = ?) as rule`,
        [row.routine, row.cycle, row.set, row.rule],
      );
    const before = await snapshot();
    const error = await server.orm.em.fork().execute(statement, params).then(() => null, (caught: unknown) => caught);
    expect(error).not.toBeNull();
    expect((error as { constraint?: string }).constraint).toBe(name);
    const registered = planningConstraints[name]!;
    expect(constraintMessageOf(error)).toBe(registered);
    expect(() => rethrowConstraint(error)).toThrow(expect.objectContaining({ message: registered.message, extensions: expect.objectContaining({ code: registered.code, ...(registered.field ? { field: registered.field } : {}) }) }));
    expect(await snapshot()).toEqual(before);
  });
});
