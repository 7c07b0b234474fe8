import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
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
  @FieldResolver(() => [RoutineExerciseSetType], { description: 'Planned sets in order.' })
  async sets(@Root() slot: RoutineDayExerciseType, @Ctx() ctx: Context): Promise<RoutineExerciseSetType[]> {
    return (await ctx.loaders.setsByDayExerciseId.load(slot.dbId)).map(RoutineExerciseSetType.from);
  }
}
