import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { RoutineDayExerciseType, RoutineDayType, RoutineExerciseSetType, RoutineType } from './routine.type.js';

@Resolver(() => RoutineType)
export class RoutineResolver {
  @FieldResolver(() => [RoutineDayType], { description: 'Days in rotation order.' })
  async days(@Root() routine: RoutineType, @Ctx() ctx: Context): Promise<RoutineDayType[]> {
    return (await ctx.loaders.daysByRoutineId.load(routine.dbId)).map(RoutineDayType.from);
  }
}

@Resolver(() => RoutineDayType)
export class RoutineDayResolver {
  @FieldResolver(() => [RoutineDayExerciseType], { description: 'Exercises in order.' })
  async exercises(@Root() day: RoutineDayType, @Ctx() ctx: Context): Promise<RoutineDayExerciseType[]> {
    return (await ctx.loaders.exercisesByDayId.load(day.dbId)).map(RoutineDayExerciseType.from);
  }
}

@Resolver(() => RoutineDayExerciseType)
export class RoutineDayExerciseResolver {
  @FieldResolver(() => ExerciseType)
  async exercise(@Root() slot: RoutineDayExerciseType, @Ctx() ctx: Context): Promise<ExerciseType> {
    const exercise = await ctx.loaders.exerciseById.load(slot.exerciseId);
    if (!exercise) throw new Error(`routine_day_exercises ${slot.dbId} points at a missing exercise`);
    return ExerciseType.from(exercise);
  }

  @FieldResolver(() => [RoutineExerciseSetType], { description: 'Planned sets in order.' })
  async sets(@Root() slot: RoutineDayExerciseType, @Ctx() ctx: Context): Promise<RoutineExerciseSetType[]> {
    return (await ctx.loaders.setsByDayExerciseId.load(slot.dbId)).map(RoutineExerciseSetType.from);
  }
}
