import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { AthleteType } from '../identity/user.type.js';
import { ExerciseType } from './exercise.type.js';
import { SetMovementRulesInput } from './movement-rule.inputs.js';
import { MovementRuleService, createMovementRulesLoader } from './movement-rule.service.js';
import { MovementRuleObject } from './movement-rule.type.js';

@ObjectType({ description: "The athlete's movement rules after the change." })
class SetMovementRulesPayload {
  @Field(() => AthleteType, { description: 'The athlete.' })
  athlete!: AthleteType;

  @Field(() => [MovementRuleObject], { description: 'Every rule the athlete has now: exercise rules, then movement-pattern rules.' })
  rules!: MovementRuleObject[];
}

@Resolver(() => MovementRuleObject)
export class MovementRuleResolver {
  @Mutation(() => SetMovementRulesPayload, {
    description:
      "Replace an athlete's movement rules (the athlete, or their coach): HARD_NO exercises or patterns are never offered as substitutes, HARD_YES and PREFERRED ones rank higher. Sending the same list again leaves the same rules.",
  })
  async setMovementRules(
    @Arg('input', () => SetMovementRulesInput, { description: 'The athlete and their complete list of rules.' }) input: SetMovementRulesInput,
    @Ctx() ctx: Context,
  ): Promise<SetMovementRulesPayload> {
    const subjectId = await new MovementRuleService(ctx).setMovementRules(input);
    const subject = await ctx.loaders.subjectById.load(subjectId);
    if (!subject) throw new NotFoundError('athleteId: no athlete of yours has this id.');
    const rules = await createMovementRulesLoader(ctx.em).load(subjectId);
    return { athlete: AthleteType.from(subject), rules: rules.map(MovementRuleObject.from) };
  }

  @FieldResolver(() => ExerciseType, { nullable: true, description: 'The exercise the rule is about; null when it is about a movement pattern.' })
  async exercise(@Root() rule: MovementRuleObject, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    if (rule.exerciseDbId === null) return null;
    const view = await ctx.loaders.exerciseViewById.load(rule.exerciseDbId);
    return view ? ExerciseType.from(view) : null;
  }
}

@Resolver(() => AthleteType)
export class AthleteMovementRulesResolver {
  @FieldResolver(() => [MovementRuleObject], { description: "The athlete's movement rules: exercise rules, then movement-pattern rules." })
  async movementRules(@Root() athlete: AthleteType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MovementRuleObject[]> {
    return (await loaderAt(ctx, info, 'athleteMovementRules', createMovementRulesLoader).load(athlete.dbId)).map(MovementRuleObject.from);
  }
}
