import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rawQuery } from '../../db/raw-query.js';
import { type CatalogExercise, type MovementRule, type SubstitutionReason, rankSubstitutes } from '../../engine/substitution.js';
import { Role } from '../identity/user.entity.js';
import { visibleExerciseSql } from './exercise.policy.js';
import { type ExerciseColumns, type ExerciseView, exerciseColumns, exerciseFromRow } from './exercise.type.js';

/**
 * Substitutes for an exercise, for one athlete (substitution.ts ranks them):
 * - candidates: the active exercises the ATHLETE can see (the shipped catalog, public ones and
 *   their coaches' private ones: visibleExerciseSql for the athlete's account), whoever asks;
 * - equipment: what the athlete has (subject_equipment). An athlete with none recorded is taken to
 *   train in a full gym (every piece of equipment is available), and every answer says so in a
 *   reason: an empty list means "not told", not "owns nothing";
 * - movement rules: the athlete's (subject_movement_rules): HARD_NO rejects, HARD_YES and PREFERRED rank higher.
 * Rejected candidates are the related ones turned down (missing equipment); exercises sharing
 * neither substitution group, movement pattern nor primary muscle are not listed.
 */

export const FULL_GYM_REASON = 'No equipment recorded for the athlete: a full gym is assumed (record it with setAthleteEquipment)';

export interface SubstitutesKey {
  exerciseId: number;
  subjectId: number;
  first: number;
}

export interface ReasonView {
  code: string;
  message: string;
}

export interface ScoredView {
  exercise: ExerciseView;
  score: number;
  reasons: ReasonView[];
}

export interface SubstitutesView {
  assumedFullGym: boolean;
  substitutes: ScoredView[];
  rejected: { exercise: ExerciseView; reasons: ReasonView[] }[];
}

interface AthleteRow {
  id: number;
  user_id: number | null;
  equipment_codes: string[];
  rules: MovementRule[];
}

type CatalogRow = ExerciseColumns & { secondary_muscles: string[]; equipment_codes: string[] };

const reasonView = ({ code, message }: SubstitutionReason): ReasonView => ({ code, message });

const keyOf = (key: SubstitutesKey) => `${key.exerciseId}|${key.subjectId}|${key.first}`;

/** The catalog one athlete sees, with secondary muscles and equipment codes: one statement. */
function loadCatalog(em: EntityManager, athlete: AthleteRow, rootIds: number[]): Promise<CatalogRow[]> {
  const visible = visibleExerciseSql('e', athlete.user_id === null ? null : { userId: athlete.user_id, role: Role.ATHLETE, subjectId: athlete.id });
  return rawQuery<CatalogRow>(
    em,
    `select ${exerciseColumns('e')},
        array(select m.muscle from exercise_secondary_muscles m where m.exercise_id = e.id order by m.muscle) as secondary_muscles,
        array(select q.code from exercise_equipment x join equipment q on q.id = x.equipment_id where x.exercise_id = e.id order by q.code) as equipment_codes
       from exercises e
      where (e.is_active and ${visible.sql}) or e.id in (?)`,
    [...visible.params, rootIds],
  );
}

function catalogEntry(row: CatalogRow): CatalogExercise {
  return {
    id: row.ex_id,
    name: row.ex_name,
    movement: row.ex_movement,
    primaryMuscle: row.ex_primary_muscle,
    secondaryMuscles: row.secondary_muscles,
    substitutionGroup: row.ex_substitution_group,
    equipmentCodes: row.equipment_codes,
    mechanics: row.ex_mechanics,
  };
}

/**
 * Substitutes for many (exercise, athlete) pairs: one statement for the athletes' equipment, and
 * one catalog read per distinct athlete asked about (an argument of the query, not a row count).
 */
export function createSubstitutesLoader(em: EntityManager) {
  return new DataLoader<SubstitutesKey, SubstitutesView, string>(
    async (keys) => {
      const subjectIds = [...new Set(keys.map((key) => key.subjectId))];
      const athletes = await rawQuery<AthleteRow>(
        em,
        `select s.id, s.user_id,
            array(select q.code from subject_equipment se join equipment q on q.id = se.equipment_id where se.subject_id = s.id order by q.code) as equipment_codes,
            coalesce((select json_agg(json_build_object('ruleType', r.rule_type, 'exerciseId', r.exercise_id, 'movement', r.movement) order by r.id)
                        from subject_movement_rules r where r.subject_id = s.id), '[]') as rules
           from subjects s where s.id in (?)`,
        [subjectIds],
      );
      const results = new Map<string, SubstitutesView>();
      for (const athlete of athletes) {
        const mine = keys.filter((key) => key.subjectId === athlete.id);
        const rows = await loadCatalog(em, athlete, [...new Set(mine.map((key) => key.exerciseId))]);
        const catalog = rows.map(catalogEntry);
        const views = new Map(rows.map((row) => [row.ex_id, exerciseFromRow(row)]));
        const assumedFullGym = athlete.equipment_codes.length === 0;
        const equipmentCodes = assumedFullGym ? [...new Set(catalog.flatMap((exercise) => exercise.equipmentCodes))] : athlete.equipment_codes;
        for (const key of mine) {
          const ranked = rankSubstitutes(key.exerciseId, catalog, { equipmentCodes, rules: athlete.rules }, key.first);
          const fullGym: ReasonView[] = assumedFullGym ? [{ code: 'FULL_GYM_ASSUMED', message: FULL_GYM_REASON }] : [];
          results.set(keyOf(key), {
            assumedFullGym,
            substitutes: ranked.substitutes.map((candidate) => ({ exercise: views.get(candidate.exercise.id)!, score: candidate.score, reasons: [...candidate.reasons.map(reasonView), ...fullGym] })),
            rejected: ranked.rejected
              .filter((candidate) => !candidate.reasons.some((reason) => reason.code === 'UNRELATED'))
              .map((candidate) => ({ exercise: views.get(candidate.exercise.id)!, reasons: candidate.reasons.map(reasonView) })),
          });
        }
      }
      return keys.map((key) => results.get(keyOf(key)) ?? { assumedFullGym: false, substitutes: [], rejected: [] });
    },
    { cacheKeyFn: keyOf },
  );
}
