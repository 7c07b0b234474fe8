import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { readableExerciseNode } from '../modules/catalog/exercise.resolver.js';
import { resolveExecutionNode } from '../modules/execution/execution.node.js';
import { WorkoutSessionType } from '../modules/execution/session.type.js';
import { canReadSubject } from '../modules/identity/access.policy.js';
import { healthNode } from '../modules/health/health.node.js';
import { AthleteType, UserType } from '../modules/identity/user.type.js';
import { RoutineDayType, RoutineType } from '../modules/planning/routine.type.js';
import { planningNode } from '../modules/planning/planning.node.js';
import type { Context } from './context.js';
import { parseGlobalId } from './global-id.js';
import { Node } from './node.type.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Refetch an object by global id; null when it does not exist or you may not read it. ' +
      'Supports Exercise (one you can see), User (yourself), Athlete, Routine, RoutineDay, RoutineDayExercise, RoutineExerciseSet, Cycle, WorkoutSession, ExerciseSetLog, PersonalBest, BodyMetric, Benchmark, RecoverySignal, SorenessLog and ImportLog.',
  })
  async node(@Arg('id', () => ID, { description: 'A global id, as any `id` field returns it.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const parsed = parseGlobalId(id);
    if (!parsed) return null;
    const { loaders } = ctx;
    const ifReadable = async <T>(subjectId: number, value: T): Promise<T | null> =>
      (await canReadSubject(ctx, subjectId)) ? value : null;

    switch (parsed.type) {
      case 'Exercise':
        return readableExerciseNode(ctx, parsed.id);
      case 'User': {
        if (ctx.viewer?.userId !== parsed.id) return null;
        const user = await loaders.userById.load(parsed.id);
        return user ? UserType.from(user) : null;
      }
      case 'Athlete': {
        const subject = await loaders.subjectById.load(parsed.id);
        return subject ? ifReadable(subject.id, AthleteType.from(subject)) : null;
      }
      case 'Routine': {
        const routine = await loaders.routineById.load(parsed.id);
        return routine ? ifReadable(routine.subject.id, RoutineType.from(routine)) : null;
      }
      case 'RoutineDay': {
        const day = await loaders.routineDayById.load(parsed.id);
        const routine = day ? await loaders.routineById.load(day.routine.id) : null;
        return day && routine ? ifReadable(routine.subject.id, RoutineDayType.from(day)) : null;
      }
      case 'Cycle':
      case 'RoutineDayExercise':
      case 'RoutineExerciseSet':
        return planningNode(ctx, parsed.type, parsed.id);
      case 'WorkoutSession': {
        const session = await loaders.sessionById.load(parsed.id);
        return session ? ifReadable(session.subject.id, WorkoutSessionType.from(session)) : null;
      }
      case 'BodyMetric': case 'Benchmark': case 'RecoverySignal': case 'SorenessLog': case 'ImportLog':
        return healthNode(ctx, parsed.type, parsed.id);
      default:
        return resolveExecutionNode(ctx, parsed);
    }
  }
}
