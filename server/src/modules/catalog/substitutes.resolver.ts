import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { canReadSubject, requireViewer } from '../identity/access.policy.js';
import { ExerciseType } from './exercise.type.js';
import { createSubstitutesLoader } from './substitutes.service.js';
import { ExerciseSubstitutesType } from './substitutes.type.js';

@Resolver(() => ExerciseType)
export class ExerciseSubstitutesResolver {
  @FieldResolver(() => ExerciseSubstitutesType, {
    description:
      "Ranked substitutes for this exercise for an athlete you can read (yourself, or one on your roster; anyone else is NOT_FOUND), from what that athlete can see and has. The athlete's movement rules apply: HARD_NO candidates are rejected, HARD_YES and PREFERRED ones rank higher.",
  })
  async substitutes(
    @Root() exercise: ExerciseType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('athleteId', () => ID, { description: 'The athlete to find substitutes for.' }) athleteId: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many substitutes, 0–100.' }) first: number,
  ): Promise<ExerciseSubstitutesType> {
    requireViewer(ctx);
    checkPageSize(first);
    const subjectId = fromGlobalId(athleteId, 'Athlete', 'athleteId');
    if (!(await canReadSubject(ctx, subjectId))) throw new NotFoundError('athleteId: no athlete of yours has this id.');
    const view = await loaderAt(ctx, info, 'exerciseSubstitutes', createSubstitutesLoader).load({ exerciseId: exercise.dbId, subjectId, first });
    return ExerciseSubstitutesType.from(view);
  }
}
