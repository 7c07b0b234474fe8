import type { Context } from '../../graphql/context.js';
import type { Node } from '../../graphql/node.type.js';
import { canReadSubject } from '../identity/access.policy.js';
import { CycleType } from './cycle.type.js';
import { RoutineDayExerciseType, RoutineExerciseSetType } from './routine.type.js';

/** `node(id)` for the planning types beyond Routine and RoutineDay: null when missing or not readable. */
export async function planningNode(ctx: Context, type: string, id: number): Promise<Node | null> {
  switch (type) {
    case 'Cycle': {
      const cycle = await ctx.loaders.cycleById.load(id);
      return cycle && (await canReadSubject(ctx, cycle.subject.id)) ? CycleType.from(cycle) : null;
    }
    case 'RoutineDayExercise': {
      const slot = await ctx.loaders.dayExerciseById.load(id);
      return slot && (await canReadSubject(ctx, slot.subjectId)) ? RoutineDayExerciseType.from(slot) : null;
    }
    case 'RoutineExerciseSet': {
      const set = await ctx.loaders.plannedSetById.load(id);
      return set && (await canReadSubject(ctx, set.subjectId)) ? RoutineExerciseSetType.from(set) : null;
    }
    default:
      return null;
  }
}
