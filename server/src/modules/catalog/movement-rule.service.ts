import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { groupLoader } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { RuleCadence } from './catalog.enums.js';
import { catalogApiError } from './catalog.errors.js';
import { canReadExercise } from './exercise.policy.js';
import type { SetMovementRulesInput } from './movement-rule.inputs.js';
import type { MovementRuleRow } from './movement-rule.type.js';

/** Every athlete's rules in one statement: exercise rules first by exercise, then pattern rules. */
export function createMovementRulesLoader(em: EntityManager) {
  return groupLoader(
    (subjectIds: readonly number[]) =>
      rawQuery<MovementRuleRow>(
        em,
        `select id, subject_id, exercise_id, movement, rule_type, cadence, notes, created_at
           from subject_movement_rules where subject_id in (?)
          order by subject_id, exercise_id nulls last, movement, id`,
        [[...subjectIds]],
      ),
    (row) => row.subject_id,
  );
}

/** An athlete's movement rules (seed 003 `user_movement_rules`). */
export class MovementRuleService {
  constructor(private readonly ctx: Context) {}

  /**
   * Replaces the athlete's rules with exactly these (the athlete, or a coach with the athlete on
   * their roster): one transaction, the athlete's row locked so concurrent replacements serialise
   * and the last one wins whole. Sending the same list again leaves the same rules.
   */
  async setMovementRules(input: SetMovementRulesInput): Promise<number> {
    requireViewer(this.ctx);
    const subjectId = fromGlobalId(input.athleteId, 'Athlete', 'athleteId');
    if (!(await canReadSubject(this.ctx, subjectId))) throw new NotFoundError('athleteId: no athlete of yours has this id.');

    const rows: { exerciseId: number | null; movement: string | null; ruleType: string; cadence: string; notes: string | null }[] = [];
    const seen = new Map<string, number>();
    for (const [index, rule] of input.rules.entries()) {
      const at = `rules.${index}`;
      if ((rule.exerciseId == null) === (rule.movement == null)) {
        throw new BadUserInputError(`${at}: give exactly one of exerciseId or movement.`, `${at}.exerciseId`);
      }
      let exerciseId: number | null = null;
      if (rule.exerciseId != null) {
        exerciseId = fromGlobalId(rule.exerciseId, 'Exercise', `${at}.exerciseId`);
        const exercise = await this.ctx.loaders.exerciseViewById.load(exerciseId);
        if (!exercise || !(await canReadExercise(this.ctx, exercise))) {
          throw new BadUserInputError(`${at}.exerciseId: no exercise you can see has this id.`, `${at}.exerciseId`);
        }
      }
      const target = exerciseId !== null ? `exercise:${exerciseId}` : `movement:${rule.movement}`;
      const earlier = seen.get(target);
      if (earlier !== undefined) {
        const field = exerciseId !== null ? 'exerciseId' : 'movement';
        throw new BadUserInputError(`${at}.${field}: rules.${earlier} is already about this ${field === 'movement' ? 'movement pattern' : 'exercise'}; one rule per target.`, `${at}.${field}`);
      }
      seen.set(target, index);
      const notes = rule.notes?.trim() || null;
      rows.push({ exerciseId, movement: rule.movement ?? null, ruleType: rule.ruleType, cadence: rule.cadence ?? RuleCadence.PER_MICROCYCLE, notes });
    }

    try {
      await this.ctx.em.transactional(async (em) => {
        await rawQuery(em, 'select id from subjects where id = ? for update', [subjectId]);
        await rawQuery(em, 'delete from subject_movement_rules where subject_id = ?', [subjectId]);
        if (rows.length === 0) return;
        await rawQuery(
          em,
          `insert into subject_movement_rules (subject_id, exercise_id, movement, rule_type, cadence, notes)
           select ?::int, r.* from json_to_recordset(?::json) as r(exercise_id int, movement text, rule_type text, cadence text, notes text)`,
          [
            subjectId,
            JSON.stringify(rows.map((row) => ({ exercise_id: row.exerciseId, movement: row.movement, rule_type: row.ruleType, cadence: row.cadence, notes: row.notes }))),
          ],
        );
      });
    } catch (error) {
      throw catalogApiError(error);
    }
    return subjectId;
  }
}
