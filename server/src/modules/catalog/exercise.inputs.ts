import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CnsLoad, Equipment, ExerciseRelationshipType, ForceVector, Mechanics, MetricType, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';

export const EQUIPMENT_CODE = /^[A-Z][A-Z0-9_]*$/;
const SUBSTITUTION_GROUP = /^[a-z][a-z0-9_]*$/;
const MAX_LIST = 30;

/** A string whose length without surrounding spaces is within [min, max] (what is stored is trimmed). */
function TrimmedLength(min: number, max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'trimmedLength',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
      },
    },
    options,
  );
}

/** A name must say something: at least one letter or digit. */
function HasLetterOrDigit(options?: ValidationOptions) {
  return ValidateBy({ name: 'hasLetterOrDigit', validator: { validate: (value: unknown) => typeof value === 'string' && /[\p{L}\p{N}]/u.test(value) } }, options);
}

/** Secondary muscles are the ones besides the primary muscle (when this input names one). */
function ExcludesPrimaryMuscle(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'excludesPrimaryMuscle',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const primary = (args?.object as { primaryMuscle?: MuscleGroup | null }).primaryMuscle;
          return !Array.isArray(value) || !primary || !value.includes(primary);
        },
      },
    },
    options,
  );
}

/**
 * Absent is fine, null is not: for fields an update may leave out but never clear. (type-graphql
 * validates with skipMissingProperties, which skips null too; IsDefined is the one rule it runs.)
 */
function NotNull(options?: ValidationOptions): PropertyDecorator {
  return (target, key) => {
    ValidateIf((input: Record<string | symbol, unknown>) => input[key] !== undefined)(target, key);
    IsDefined(options)(target, key);
  };
}

const normalised = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType({ description: 'A link from the exercise being written to another exercise you can see.' })
export class ExerciseRelationshipInput {
  @Field(() => ExerciseRelationshipType, { description: 'How the other exercise relates to this one.' })
  type!: ExerciseRelationshipType;

  @Field(() => ID, { description: 'The related exercise (a system exercise, a public one or one of yours).' })
  exerciseId!: string;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'notes must be at most 500 characters' })
  notes?: string | null;
}

/**
 * The optional fields of an exercise a coach writes, shared by create and update (type-graphql
 * and class-validator both read decorators up the class chain). On create an
 * absent or null field takes its default; on update it stays as stored, except the nullable
 * text fields, which null clears. A list given replaces the stored list (null or [] empties it).
 */
@InputType({ description: 'Not exposed itself: the fields CreateExerciseInput and UpdateExerciseInput share.' })
abstract class ExerciseFieldsInput {
  @Field(() => [MuscleGroup], { nullable: true, description: 'Muscles trained besides the primary one; no repeats, never the primary one.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST, { message: `secondaryMuscles may list at most ${MAX_LIST} muscles` })
  @ArrayUnique({ message: 'secondaryMuscles must not list a muscle twice' })
  @ExcludesPrimaryMuscle({ message: 'secondaryMuscles must not include the primary muscle' })
  secondaryMuscles?: MuscleGroup[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Trained one side at a time (default false).' })
  @IsOptional()
  @IsBoolean({ message: 'unilateral must be true or false' })
  unilateral?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the equipment items it needs (see `Query.equipment`), e.g. `["DUMBBELL", "FLAT_BENCH"]`.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST, { message: `equipmentCodes may list at most ${MAX_LIST} items` })
  @ArrayUnique({ message: 'equipmentCodes must not list a code twice' })
  @Matches(EQUIPMENT_CODE, { each: true, message: 'equipmentCodes must be codes like FLAT_BENCH (upper case letters, digits, underscores)' })
  equipmentCodes?: string[] | null;

  @Field(() => SkillLevel, { nullable: true, description: 'Default BEGINNER.' })
  difficulty?: SkillLevel | null;

  @Field(() => MetricType, { nullable: true, description: 'Default REPS.' })
  metricType?: MetricType | null;

  @Field(() => CnsLoad, { nullable: true, description: 'Default MODERATE.' })
  cnsLoad?: CnsLoad | null;

  @Field(() => String, { nullable: true, description: 'Substitution group in snake_case, e.g. `single_arm_row`; null clears it.' })
  @IsOptional()
  @MaxLength(100, { message: 'substitutionGroup must be at most 100 characters' })
  @Matches(SUBSTITUTION_GROUP, { message: 'substitutionGroup must be snake_case, e.g. single_arm_row' })
  substitutionGroup?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names it is searched by, e.g. "RDL"; each 1–120 characters, no repeats (ignoring case).' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST, { message: `aliases may list at most ${MAX_LIST} names` })
  @TrimmedLength(1, 120, { each: true, message: 'aliases must each be 1 to 120 characters (not blank)' })
  @ArrayUnique(normalised, { message: 'aliases must not repeat a name (ignoring case)' })
  aliases?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Tags, e.g. "powerlifting"; stored lower case, each 1–50 characters, no repeats.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST, { message: `tags may list at most ${MAX_LIST} tags` })
  @TrimmedLength(1, 50, { each: true, message: 'tags must each be 1 to 50 characters (not blank)' })
  @ArrayUnique(normalised, { message: 'tags must not repeat a tag (ignoring case)' })
  tags?: string[] | null;

  @Field(() => [ExerciseRelationshipInput], { nullable: true, description: 'Links to other exercises; a list given replaces the stored links.' })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST, { message: `relationships may list at most ${MAX_LIST} links` })
  @ArrayUnique((link: ExerciseRelationshipInput) => `${link?.type}:${link?.exerciseId}`, { message: 'relationships must not list the same link twice' })
  @ValidateNested({ each: true })
  relationships?: ExerciseRelationshipInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Visible to everyone, not only to you and your athletes (default false).' })
  @IsOptional()
  @IsBoolean({ message: 'isPublic must be true or false' })
  isPublic?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Grip, e.g. "neutral"; up to 50 characters.' })
  @IsOptional()
  @MaxLength(50, { message: 'grip must be at most 50 characters' })
  grip?: string | null;

  @Field(() => String, { nullable: true, description: 'Range of motion to aim for; up to 1000 characters.' })
  @IsOptional()
  @MaxLength(1000, { message: 'rangeOfMotion must be at most 1000 characters' })
  rangeOfMotion?: string | null;

  @Field(() => String, { nullable: true, description: 'Short coaching cues; up to 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'cues must be at most 2000 characters' })
  cues?: string | null;

  @Field(() => String, { nullable: true, description: 'How to perform it; up to 5000 characters.' })
  @IsOptional()
  @MaxLength(5000, { message: 'instructions must be at most 5000 characters' })
  instructions?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL, at most 255 characters.' })
  @IsOptional()
  @MaxLength(255, { message: 'videoUrl must be at most 255 characters' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'videoUrl must be an http(s) URL' })
  videoUrl?: string | null;
}

const NAME_RULES = 'name must be 2 to 120 characters (not counting surrounding spaces)';

@InputType({ description: 'A new exercise of yours (coaches and admins).' })
export class CreateExerciseInput extends ExerciseFieldsInput {
  @Field({ description: 'Unique among your exercises, ignoring case; 2–120 characters.' })
  @TrimmedLength(2, 120, { message: NAME_RULES })
  @HasLetterOrDigit({ message: 'name must contain a letter or a digit' })
  name!: string;

  @Field(() => MuscleGroup, { description: 'The muscle group it trains most.' })
  primaryMuscle!: MuscleGroup;

  @Field(() => MovementPattern, { description: 'Movement pattern, used to rank substitutes.' })
  movement!: MovementPattern;

  @Field(() => Mechanics, { description: 'Compound or isolation.' })
  mechanics!: Mechanics;

  @Field(() => ForceVector, { description: 'Push, pull or static hold.' })
  force!: ForceVector;

  @Field(() => Equipment, { description: 'The kind of equipment.' })
  equipment!: Equipment;
}

@InputType({ description: 'Changes to one of your exercises: only the fields given change; a list given replaces the stored list.' })
export class UpdateExerciseInput extends ExerciseFieldsInput {
  @Field(() => ID, { description: 'The exercise to change: one of yours.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name; the slug stays as it was.' })
  @NotNull({ message: 'name cannot be cleared' })
  @TrimmedLength(2, 120, { message: NAME_RULES })
  @HasLetterOrDigit({ message: 'name must contain a letter or a digit' })
  name?: string | null;

  @Field(() => MuscleGroup, { nullable: true, description: 'A new primary muscle; it leaves the secondary muscles if it was one.' })
  @NotNull({ message: 'primaryMuscle cannot be cleared' })
  primaryMuscle?: MuscleGroup | null;

  @Field(() => MovementPattern, { nullable: true, description: 'Movement pattern.' })
  @NotNull({ message: 'movement cannot be cleared' })
  movement?: MovementPattern | null;

  @Field(() => Mechanics, { nullable: true, description: 'Compound or isolation.' })
  @NotNull({ message: 'mechanics cannot be cleared' })
  mechanics?: Mechanics | null;

  @Field(() => ForceVector, { nullable: true, description: 'Push, pull or static hold.' })
  @NotNull({ message: 'force cannot be cleared' })
  force?: ForceVector | null;

  @Field(() => Equipment, { nullable: true, description: 'The kind of equipment.' })
  @NotNull({ message: 'equipment cannot be cleared' })
  equipment?: Equipment | null;
}

@InputType({ description: 'Archive one of your exercises: it stays in history, and out of lists unless asked for.' })
export class ArchiveExerciseInput {
  @Field(() => ID, { description: 'The exercise to archive: one of yours.' })
  id!: string;
}

@InputType({ description: 'Narrows `Query.exercises`. All conditions must hold.' })
export class ExerciseFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias, any case: "rdl" finds Romanian Deadlift.' })
  @IsOptional()
  @MaxLength(100, { message: 'filter.search must be at most 100 characters' })
  search?: string | null;

  @Field(() => MuscleGroup, { nullable: true, description: 'Primary muscle.' })
  primaryMuscle?: MuscleGroup | null;

  @Field(() => MovementPattern, { nullable: true, description: 'Movement pattern.' })
  movement?: MovementPattern | null;

  @Field(() => Equipment, { nullable: true, description: 'The kind of equipment.' })
  equipment?: Equipment | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only exercises doable with these equipment items (codes): everything they need is in the list. An empty list means bodyweight only.',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'filter.availableEquipment may list at most 100 codes' })
  @Matches(EQUIPMENT_CODE, { each: true, message: 'filter.availableEquipment must hold codes like FLAT_BENCH' })
  availableEquipment?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A tag, any case, e.g. "powerlifting".' })
  @IsOptional()
  @MaxLength(50, { message: 'filter.tag must be at most 50 characters' })
  tag?: string | null;

  @Field(() => MetricType, { nullable: true, description: 'What a set is measured in.' })
  metricType?: MetricType | null;

  @Field(() => String, { nullable: true, description: 'Interchangeable substitutes: exercises of this substitution group.' })
  @IsOptional()
  @MaxLength(100, { message: 'filter.substitutionGroup must be at most 100 characters' })
  substitutionGroup?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived exercises (default false).' })
  includeArchived?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only exercises you created (default false).' })
  onlyMine?: boolean | null;
}

@InputType({ description: 'The equipment an athlete has, as a whole: it replaces what was stored.' })
export class SetAthleteEquipmentInput {
  @Field(() => ID, { description: 'Yourself, or an athlete on your roster.' })
  athleteId!: string;

  @Field(() => [String], { description: 'Codes from `Query.equipment`; an empty list clears it. Repeats are ignored.' })
  @ArrayMaxSize(100, { message: 'equipmentCodes may list at most 100 codes' })
  @Matches(EQUIPMENT_CODE, { each: true, message: 'equipmentCodes must be codes like FLAT_BENCH (upper case letters, digits, underscores)' })
  equipmentCodes!: string[];
}
