import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ExerciseType } from '../catalog/exercise.type.js';
import { ImportWorkoutsInput } from './import.inputs.js';
import { ImportService } from './import.service.js';
import { ImportedSetType, ImportWorkoutsPayload } from './import.type.js';

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportWorkoutsPayload, {
    description:
      'Import workouts from a Strong or Hevy CSV export or from free text, for yourself or (a coach) for an athlete on your roster. ' +
      'Exercise names are matched against the catalog the athlete sees; sets of unmatched names are reported, not imported. ' +
      'dryRun (the default) stores nothing. A real run writes COMPLETED sessions (each in the first free slot of its day), their sets, ' +
      'an import log and the updated personal records in one transaction. Workouts imported before are reported as duplicates and ' +
      'not written again, so retrying or re-importing a file creates nothing twice. BAD_USER_INPUT (field content) when the content ' +
      'does not match the format; NOT_FOUND for an athlete you cannot see.',
  })
  async importWorkouts(
    @Arg('input', () => ImportWorkoutsInput, { description: 'What to import, for whom, and whether to store it.' }) input: ImportWorkoutsInput,
    @Ctx() ctx: Context,
  ): Promise<ImportWorkoutsPayload> {
    return ImportWorkoutsPayload.from(await new ImportService(ctx).importWorkouts(input));
  }
}

@Resolver(() => ImportedSetType)
export class ImportedSetResolver {
  @FieldResolver(() => ExerciseType, { nullable: true, description: 'The catalog exercise the name matched; null when it matched none (the set is not imported).' })
  async exercise(@Root() set: ImportedSetType, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    if (set.exerciseId === null) return null;
    const exercise = await ctx.loaders.exerciseViewById.load(set.exerciseId);
    return exercise ? ExerciseType.from(exercise) : null;
  }
}
