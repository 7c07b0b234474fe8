import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { type Context, loaderAt } from '../../graphql/context.js';
import { PageInfo } from '../../graphql/connection.js';
import { NotFoundError } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { AthleteType } from '../identity/user.type.js';
import { ExerciseRelationshipType, MuscleGroup } from './catalog.enums.js';
import {
  createAliasLoader,
  createCreatorLoader,
  createExerciseEquipmentLoader,
  createRelationshipLoader,
  createSecondaryMuscleLoader,
  createSubjectEquipmentLoader,
  createTagLoader,
} from './catalog.loaders.js';
import { EquipmentService } from './equipment.service.js';
import { ArchiveExerciseInput, CreateExerciseInput, ExerciseFilter, SetAthleteEquipmentInput, UpdateExerciseInput } from './exercise.inputs.js';
import { canEditExercise, canReadExercise } from './exercise.policy.js';
import { ExerciseService, encodeExerciseCursor } from './exercise.service.js';
import { EquipmentItemType, ExerciseCreatorType, ExerciseRelationshipObject, ExerciseType } from './exercise.type.js';

@ObjectType({ description: 'An exercise in a list, with its cursor.' })
class ExerciseEdge {
  @Field({ description: 'Pass as `after` to continue after this exercise.' })
  cursor!: string;

  @Field(() => ExerciseType, { description: 'The exercise.' })
  node!: ExerciseType;
}

@ObjectType({ description: 'A page of exercises, by name then id.' })
class ExerciseConnection {
  @Field(() => [ExerciseEdge], { description: 'This page, in order.' })
  edges!: ExerciseEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Exercises matching the filter, on all pages.' })
  totalCount!: number;
}

@ObjectType({ description: 'The exercise as created.' })
class CreateExercisePayload {
  @Field(() => ExerciseType, { description: 'The new exercise.' })
  exercise!: ExerciseType;
}

@ObjectType({ description: 'The exercise as updated.' })
class UpdateExercisePayload {
  @Field(() => ExerciseType, { description: 'The exercise after the change.' })
  exercise!: ExerciseType;
}

@ObjectType({ description: 'The archived exercise (isActive false).' })
class ArchiveExercisePayload {
  @Field(() => ExerciseType, { description: 'The archived exercise.' })
  exercise!: ExerciseType;
}

@ObjectType({ description: "The athlete's equipment after the change." })
class SetAthleteEquipmentPayload {
  @Field(() => AthleteType, { description: 'The athlete.' })
  athlete!: AthleteType;

  @Field(() => [EquipmentItemType], { description: 'What the athlete has now, by name.' })
  equipment!: EquipmentItemType[];
}

@Resolver(() => ExerciseType)
export class ExerciseResolver {
  @Query(() => ExerciseConnection, {
    description:
      'The exercises you can see: the shipped catalog, public exercises, your own and your coach’s. ' +
      'Archived ones only with `filter.includeArchived`. Ordered by name, then id.',
  })
  async exercises(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'An `endCursor` or edge cursor of a previous page.' }) after: string | null,
    @Arg('filter', () => ExerciseFilter, { nullable: true, description: 'Narrow the list; all conditions must hold.' }) filter: ExerciseFilter | null,
  ): Promise<ExerciseConnection> {
    const page = await new ExerciseService(ctx).page(filter, first, after);
    const edges = page.rows.map((row) => ({ cursor: encodeExerciseCursor(row.name, row.id), node: ExerciseType.from(row) }));
    return {
      edges,
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
      totalCount: page.totalCount,
    };
  }

  @Query(() => ExerciseType, { nullable: true, description: 'An exercise by its slug; null when there is none you can see.' })
  async exercise(@Arg('slug', { description: 'The exercise’s slug, e.g. "barbell-back-squat".' }) slug: string, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    const row = await new ExerciseService(ctx).findBySlug(slug);
    return row ? ExerciseType.from(row) : null;
  }

  @Mutation(() => CreateExercisePayload, {
    description:
      'Create an exercise of yours (coaches and admins), with its aliases, muscles, tags, equipment and links in one go. ' +
      'Private to you and your athletes unless `isPublic`. A second exercise with the same name is a CONFLICT on `name`.',
  })
  async createExercise(@Arg('input', () => CreateExerciseInput, { description: 'The new exercise and its lists.' }) input: CreateExerciseInput, @Ctx() ctx: Context): Promise<CreateExercisePayload> {
    return { exercise: ExerciseType.from(await new ExerciseService(ctx).create(input)) };
  }

  @Mutation(() => UpdateExercisePayload, {
    description: 'Change one of your exercises. Shipped exercises are read-only (FORBIDDEN); ones you cannot see are NOT_FOUND.',
  })
  async updateExercise(@Arg('input', () => UpdateExerciseInput, { description: 'The exercise and the fields to change.' }) input: UpdateExerciseInput, @Ctx() ctx: Context): Promise<UpdateExercisePayload> {
    return { exercise: ExerciseType.from(await new ExerciseService(ctx).update(input)) };
  }

  @Mutation(() => ArchiveExercisePayload, {
    description: 'Archive one of your exercises: logged history keeps it, lists leave it out. Archiving twice is a no-op.',
  })
  async archiveExercise(@Arg('input', () => ArchiveExerciseInput, { description: 'The exercise to archive.' }) input: ArchiveExerciseInput, @Ctx() ctx: Context): Promise<ArchiveExercisePayload> {
    return { exercise: ExerciseType.from(await new ExerciseService(ctx).archive(input.id)) };
  }

  @FieldResolver(() => [String], { description: 'Other names it is known by, e.g. "RDL"; `Query.exercises(filter: { search })` matches them.' })
  async aliases(@Root() exercise: ExerciseType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<string[]> {
    return (await loaderAt(ctx, info, 'exerciseAliases', createAliasLoader).load(exercise.dbId)).map((row) => row.alias);
  }

  @FieldResolver(() => [String], { description: 'Tags such as "powerlifting", "olympic", "calisthenics", "unilateral", "conditioning"; lower case.' })
  async tags(@Root() exercise: ExerciseType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<string[]> {
    return (await loaderAt(ctx, info, 'exerciseTags', createTagLoader).load(exercise.dbId)).map((row) => row.name);
  }

  @FieldResolver(() => [MuscleGroup], { description: 'Muscles trained besides the primary one (volume analytics count them at half).' })
  async secondaryMuscles(@Root() exercise: ExerciseType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MuscleGroup[]> {
    return (await loaderAt(ctx, info, 'exerciseMuscles', createSecondaryMuscleLoader).load(exercise.dbId)).map((row) => row.muscle);
  }

  @FieldResolver(() => [EquipmentItemType], { description: 'Everything it needs, by name; empty when the body is enough.' })
  async equipmentItems(@Root() exercise: ExerciseType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EquipmentItemType[]> {
    return (await loaderAt(ctx, info, 'exerciseEquipment', createExerciseEquipmentLoader).load(exercise.dbId)).map(EquipmentItemType.from);
  }

  @FieldResolver(() => [ExerciseRelationshipObject], {
    description: 'Progressions, regressions, variations, antagonists and prep work, by type then name (only exercises you can see).',
  })
  async relationships(
    @Root() exercise: ExerciseType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('type', () => ExerciseRelationshipType, { nullable: true, description: 'Only links of this type.' }) type: ExerciseRelationshipType | null,
  ): Promise<ExerciseRelationshipObject[]> {
    const links = await loaderAt(ctx, info, 'exerciseRelationships', (em) => createRelationshipLoader(em, ctx.viewer)).load(exercise.dbId);
    return links
      .filter((link) => !type || link.type === type)
      .map((link) => Object.assign(new ExerciseRelationshipObject(), { type: link.type, notes: link.notes, exercise: ExerciseType.from(link.exercise) }));
  }

  @FieldResolver(() => ExerciseCreatorType, { nullable: true, description: 'The coach who created it; null for the shipped catalog.' })
  async createdBy(@Root() exercise: ExerciseType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExerciseCreatorType | null> {
    if (exercise.createdById === null) return null;
    const user = await loaderAt(ctx, info, 'exerciseCreator', createCreatorLoader).load(exercise.createdById);
    return user
      ? Object.assign(new ExerciseCreatorType(), { id: toGlobalId('User', user.id), displayName: user.full_name ?? user.username })
      : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may update or archive it (your own exercise, or any coach’s for an admin).' })
  viewerCanEdit(@Root() exercise: ExerciseType, @Ctx() ctx: Context): boolean {
    return canEditExercise(ctx.viewer, { createdBy: exercise.createdById === null ? null : { id: exercise.createdById } });
  }
}

@Resolver()
export class EquipmentResolver {
  @Query(() => [EquipmentItemType], { description: 'Every equipment item exercises can need and athletes can have, by name.' })
  async equipment(@Ctx() ctx: Context): Promise<EquipmentItemType[]> {
    return (await new EquipmentService(ctx).list()).map(EquipmentItemType.from);
  }

  @Mutation(() => SetAthleteEquipmentPayload, {
    description: "Replace the equipment an athlete has (the athlete, or their coach). Sending the same list again changes nothing.",
  })
  async setAthleteEquipment(
    @Arg('input', () => SetAthleteEquipmentInput, { description: 'The athlete and the full list of equipment codes they have.' }) input: SetAthleteEquipmentInput,
    @Ctx() ctx: Context,
  ): Promise<SetAthleteEquipmentPayload> {
    const { subjectId, equipment } = await new EquipmentService(ctx).setAthleteEquipment(input);
    const subject = await ctx.loaders.subjectById.load(subjectId);
    if (!subject) throw new NotFoundError('athleteId: no athlete of yours has this id.');
    return { athlete: AthleteType.from(subject), equipment: equipment.map(EquipmentItemType.from) };
  }
}

@Resolver(() => AthleteType)
export class AthleteEquipmentResolver {
  @FieldResolver(() => [EquipmentItemType], { description: 'The equipment the athlete has, by name (for substitutions).' })
  async equipment(@Root() athlete: AthleteType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EquipmentItemType[]> {
    return (await loaderAt(ctx, info, 'athleteEquipment', createSubjectEquipmentLoader).load(athlete.dbId)).map(EquipmentItemType.from);
  }
}

/** `Query.node` for an Exercise: the exercise if the viewer may see it (archived ones included), else null. */
export async function readableExerciseNode(ctx: Context, id: number): Promise<ExerciseType | null> {
  const exercise = await ctx.loaders.exerciseViewById.load(id);
  return exercise && (await canReadExercise(ctx, exercise)) ? ExerciseType.from(exercise) : null;
}
