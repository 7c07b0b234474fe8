import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import {
  CnsLoad,
  Equipment,
  ExerciseRelationshipType,
  ForceVector,
  Mechanics,
  MetricType,
  MovementPattern,
  MuscleGroup,
  SkillLevel,
} from './catalog.enums.js';
import type { Exercise } from './exercise.entity.js';

/**
 * What the type needs of an exercise: an entity, or a row read by hand (see exerciseFromRow).
 * `createdBy` only needs its id, so an unloaded reference does.
 */
export type ExerciseView = Pick<
  Exercise,
  | 'id'
  | 'name'
  | 'slug'
  | 'primaryMuscle'
  | 'movement'
  | 'mechanics'
  | 'force'
  | 'equipment'
  | 'unilateral'
  | 'difficulty'
  | 'metricType'
  | 'cnsLoad'
  | 'substitutionGroup'
  | 'isActive'
  | 'isPublic'
  | 'grip'
  | 'rangeOfMotion'
  | 'cues'
  | 'instructions'
  | 'videoUrl'
> & { createdBy?: { id: number } | null };

/** Columns of `exercises` aliased `<prefix>_<field>`, for a read query joining the exercise in. */
export const exerciseColumns = (alias: string, prefix = 'ex') =>
  `${alias}.id as ${prefix}_id, ${alias}.name as ${prefix}_name, ${alias}.slug as ${prefix}_slug, ${alias}.primary_muscle as ${prefix}_primary_muscle, ` +
  `${alias}.movement as ${prefix}_movement, ${alias}.mechanics as ${prefix}_mechanics, ${alias}.force as ${prefix}_force, ` +
  `${alias}.equipment as ${prefix}_equipment, ${alias}.unilateral as ${prefix}_unilateral, ${alias}.difficulty as ${prefix}_difficulty, ` +
  `${alias}.metric_type as ${prefix}_metric_type, ${alias}.cns_load as ${prefix}_cns_load, ${alias}.substitution_group as ${prefix}_substitution_group, ` +
  `${alias}.is_active as ${prefix}_is_active, ${alias}.is_public as ${prefix}_is_public, ${alias}.created_by_id as ${prefix}_created_by_id, ` +
  `${alias}.grip as ${prefix}_grip, ${alias}.range_of_motion as ${prefix}_range_of_motion, ${alias}.cues as ${prefix}_cues, ` +
  `${alias}.instructions as ${prefix}_instructions, ${alias}.video_url as ${prefix}_video_url`;

export interface ExerciseColumns {
  ex_id: number;
  ex_name: string;
  ex_slug: string;
  ex_primary_muscle: ExerciseView['primaryMuscle'];
  ex_movement: ExerciseView['movement'];
  ex_mechanics: ExerciseView['mechanics'];
  ex_force: ExerciseView['force'];
  ex_equipment: ExerciseView['equipment'];
  ex_unilateral: boolean;
  ex_difficulty: ExerciseView['difficulty'];
  ex_metric_type: MetricType;
  ex_cns_load: CnsLoad;
  ex_substitution_group: string | null;
  ex_is_active: boolean;
  ex_is_public: boolean;
  ex_created_by_id: number | null;
  ex_grip: string | null;
  ex_range_of_motion: string | null;
  ex_cues: string | null;
  ex_instructions: string | null;
  ex_video_url: string | null;
}

/**
 * The exercises of a batch of rows that carry only `exercise_id`, read in one statement and shared:
 * joining the exercise into every row would repeat its ~20 columns thousands of times.
 */
export async function attachExercises<T extends { exercise_id: number }>(
  em: EntityManager,
  rows: T[],
): Promise<(T & { exercise: ExerciseView })[]> {
  const ids = [...new Set(rows.map((row) => row.exercise_id))];
  if (ids.length === 0) return [];
  const exercises = await rawQuery<ExerciseColumns>(em, `select ${exerciseColumns('e')} from exercises e where e.id in (?)`, [ids]);
  const byId = new Map(exercises.map((row) => [row.ex_id, exerciseFromRow(row)]));
  return rows.map((row) => Object.assign(row, { exercise: byId.get(row.exercise_id)! }));
}

export function exerciseFromRow(row: ExerciseColumns): ExerciseView {
  return {
    id: row.ex_id,
    name: row.ex_name,
    slug: row.ex_slug,
    primaryMuscle: row.ex_primary_muscle,
    movement: row.ex_movement,
    mechanics: row.ex_mechanics,
    force: row.ex_force,
    equipment: row.ex_equipment,
    unilateral: row.ex_unilateral,
    difficulty: row.ex_difficulty,
    metricType: row.ex_metric_type,
    cnsLoad: row.ex_cns_load,
    substitutionGroup: row.ex_substitution_group,
    isActive: row.ex_is_active,
    isPublic: row.ex_is_public,
    createdBy: row.ex_created_by_id === null ? null : { id: row.ex_created_by_id },
    grip: row.ex_grip,
    rangeOfMotion: row.ex_range_of_motion,
    cues: row.ex_cues,
    instructions: row.ex_instructions,
    videoUrl: row.ex_video_url,
  } as ExerciseView;
}

registerEnumType(MuscleGroup, {
  name: 'MuscleGroup',
  description: 'Muscle group an exercise trains.',
  valuesConfig: {
    CHEST: { description: 'Pectorals.' },
    BACK: { description: 'Lats, traps, rhomboids and spinal erectors.' },
    SHOULDERS: { description: 'Deltoids and rotator cuff.' },
    QUADS: { description: 'Quadriceps, front of the thigh.' },
    HAMSTRINGS: { description: 'Back of the thigh.' },
    GLUTES: { description: 'Gluteal muscles (hip extension and abduction).' },
    CALVES: { description: 'Calves (ankle extensors).' },
    BICEPS: { description: 'Elbow flexors: biceps, brachialis.' },
    TRICEPS: { description: 'Elbow extensors.' },
    FOREARMS: { description: 'Forearms and grip.' },
    ABS: { description: 'Rectus abdominis and deep core.' },
    OBLIQUES: { description: 'Sides of the trunk: rotation and anti-rotation.' },
    FULL_BODY: { description: 'No single group dominates, e.g. Olympic lifts and thrusters.' },
    OTHER: { description: 'Muscles not listed above, e.g. tibialis or adductors.' },
  },
});
registerEnumType(Equipment, {
  name: 'Equipment',
  description: 'The kind of equipment an exercise is done with (coarse, for filters); `Exercise.equipmentItems` lists everything it needs.',
  valuesConfig: {
    BARBELL: { description: 'A straight barbell.' },
    DUMBBELL: { description: 'One or two dumbbells.' },
    MACHINE: { description: 'A selectorised or plate-loaded machine.' },
    CABLE: { description: 'A cable stack or pulley.' },
    BODYWEIGHT: { description: 'The body alone, or with a bar, rings or bench to hang from or rest on.' },
    KETTLEBELL: { description: 'One or two kettlebells.' },
    BAND: { description: 'A resistance band.' },
    SMITH: { description: 'A Smith machine (barbell on fixed rails).' },
    TRAP_BAR: { description: 'A trap (hex) bar.' },
    EZ_BAR: { description: 'An EZ curl bar.' },
    PLATE: { description: 'A weight plate used on its own, e.g. a plate front raise.' },
    OTHER: { description: 'Anything else, e.g. a sled, plyo box, ab wheel or medicine ball.' },
  },
});
registerEnumType(Mechanics, {
  name: 'Mechanics',
  description: 'Compound (multi-joint) or isolation.',
  valuesConfig: {
    COMPOUND: { description: 'Several joints move, e.g. a squat or a row.' },
    ISOLATION: { description: 'One joint moves, e.g. a curl or a leg extension.' },
  },
});
registerEnumType(ForceVector, {
  name: 'ForceVector',
  description: 'Direction of force.',
  valuesConfig: {
    PUSH: { description: 'The load is pushed away from the body (or the body away from the ground).' },
    PULL: { description: 'The load is pulled towards the body (or the body towards a bar).' },
    STATIC: { description: 'A position is held without moving, e.g. a plank or a dead hang.' },
  },
});
registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'Technical difficulty.',
  valuesConfig: {
    BEGINNER: { description: 'Safe to learn alone on day one, e.g. goblet squat or leg press.' },
    INTERMEDIATE: { description: 'Needs practised technique, e.g. barbell back squat.' },
    ADVANCED: { description: 'Demanding technique or mobility, e.g. front squat or pistol squat.' },
    EXPERT: { description: 'Years of practice or coaching, e.g. power snatch or muscle-up.' },
    ELITE: { description: 'Competition-level technique, e.g. the full snatch or clean and jerk.' },
  },
});
registerEnumType(MovementPattern, {
  name: 'MovementPattern',
  description: 'Movement pattern.',
  valuesConfig: {
    HINGE: { description: 'Bending at the hips with a neutral spine, e.g. deadlifts.' },
    SQUAT: { description: 'Knees and hips bend together, both feet planted.' },
    LUNGE: { description: 'Split stance or single leg, e.g. lunge or Bulgarian split squat.' },
    HORIZONTAL_PUSH: { description: 'Pushing away from the chest, e.g. bench press or push-up.' },
    HORIZONTAL_PULL: { description: 'Pulling towards the torso, e.g. rows and face pulls.' },
    VERTICAL_PUSH: { description: 'Pushing along the body’s long axis: overhead presses and dips.' },
    VERTICAL_PULL: { description: 'Pulling along the body’s long axis: pull-ups, pulldowns, upright rows.' },
    CARRY: { description: 'Walking with a load, e.g. farmer’s or suitcase carry.' },
    ROTATION: { description: 'Turning the trunk, e.g. woodchopper or Russian twist.' },
    ANTI_ROTATION: { description: 'Resisting rotation, e.g. Pallof press or side plank.' },
    HIP_ABDUCTION: { description: 'Moving the leg away from the body’s midline.' },
    HIP_ADDUCTION: { description: 'Moving the leg towards the body’s midline.' },
    CALF_RAISE: { description: 'Rising onto the toes (ankle extension).' },
    CORE_BRACE: { description: 'Holding the trunk rigid, e.g. plank, ab wheel or dead bug.' },
    OTHER: { description: 'Anything no pattern above fits, e.g. leg curls, sled pushes, jump rope.' },
  },
});
registerEnumType(MetricType, {
  name: 'MetricType',
  description: 'What a set of the exercise is measured in.',
  valuesConfig: {
    REPS: { description: 'Repetitions (with a load).' },
    TIME: { description: 'Duration in seconds, e.g. a plank or a bike interval.' },
    TIME_UNDER_TENSION: { description: 'Seconds under load, e.g. tempo or isometric work.' },
    DISTANCE: { description: 'Distance in metres, e.g. a run, a row or a carry.' },
  },
});
registerEnumType(CnsLoad, {
  name: 'CnsLoad',
  description: 'Central-nervous-system demand: heavy barbell lifts are HIGH, isolation and easy cardio LOW.',
  valuesConfig: {
    VERY_LOW: { description: 'Hardly any, e.g. bodyweight squats, glute bridges, calf raises.' },
    LOW: { description: 'Machines, light free weights and isolation work.' },
    MODERATE: { description: 'Moderate free-weight and bodyweight compound work.' },
    HIGH: { description: 'Heavy barbell compounds, e.g. squats and presses.' },
    VERY_HIGH: { description: 'Maximal pulls and Olympic lifts, e.g. deadlifts and cleans; needs the longest recovery.' },
  },
});
registerEnumType(ExerciseRelationshipType, {
  name: 'ExerciseRelationshipType',
  description: 'How an exercise relates to another.',
  valuesConfig: {
    PROGRESSION: { description: 'The other exercise is the next, harder step.' },
    REGRESSION: { description: 'The other exercise is an easier step back.' },
    VARIATION: { description: 'A variant that trains much the same.' },
    ANTAGONIST: { description: 'Trains the opposing muscles: a natural superset partner.' },
    PREP: { description: 'This exercise prepares for the other (warm-up, activation, technique).' },
  },
});

@ObjectType('Exercise', { implements: Node, description: 'A catalog exercise: shipped with Repwise (system) or created by a coach.' })
export class ExerciseType extends Node {
  dbId!: number;
  /** The creating coach's user id; null for the shipped catalog. */
  createdById!: number | null;

  @Field({ description: 'Display name, e.g. "Barbell Back Squat".' })
  name!: string;

  @Field({ description: 'Stable URL-friendly identifier, unique across the catalog; kept when the exercise is renamed.' })
  slug!: string;

  @Field(() => MuscleGroup, { description: 'The muscle group it trains most.' })
  primaryMuscle!: MuscleGroup;

  @Field(() => MovementPattern, { description: 'Movement pattern, used to rank substitutes.' })
  movement!: MovementPattern;

  @Field(() => Mechanics, { description: 'Compound (several joints) or isolation (one).' })
  mechanics!: Mechanics;

  @Field(() => ForceVector, { description: 'Push, pull or static hold.' })
  force!: ForceVector;

  @Field(() => Equipment, { description: 'The kind of equipment; see `equipmentItems` for everything it needs.' })
  equipment!: Equipment;

  @Field({ description: 'Trained one side at a time.' })
  unilateral!: boolean;

  @Field(() => SkillLevel, { description: 'Technical difficulty.' })
  difficulty!: SkillLevel;

  @Field(() => MetricType, { description: 'What a set is measured in: reps, time or distance.' })
  metricType!: MetricType;

  @Field(() => CnsLoad, { description: 'Central-nervous-system demand, for fatigue management.' })
  cnsLoad!: CnsLoad;

  @Field(() => String, { nullable: true, description: 'Exercises sharing a group are interchangeable substitutes, e.g. `single_arm_row`.' })
  substitutionGroup!: string | null;

  @Field({ description: 'False once archived: kept for history, left out of lists unless asked for.' })
  isActive!: boolean;

  @Field({ description: 'Visible to everyone. System exercises always are; a coach’s private ones only to the coach and their athletes.' })
  isPublic!: boolean;

  @Field({ description: 'Shipped with Repwise (read-only), as opposed to created by a coach.' })
  isSystem!: boolean;

  @Field(() => String, { nullable: true, description: 'Grip, e.g. "pronated", "neutral".' })
  grip!: string | null;

  @Field(() => String, { nullable: true, description: 'Range of motion to aim for.' })
  rangeOfMotion!: string | null;

  @Field(() => String, { nullable: true, description: 'Short coaching cues.' })
  cues!: string | null;

  @Field(() => String, { nullable: true, description: 'How to perform it.' })
  instructions!: string | null;

  @Field(() => String, { nullable: true, description: 'A demonstration video.' })
  videoUrl!: string | null;

  /** One ExerciseType per view object: a history page repeats the same few exercises thousands of times. */
  private static readonly fromView = new WeakMap<ExerciseView, ExerciseType>();

  static from(entity: ExerciseView): ExerciseType {
    let type = ExerciseType.fromView.get(entity);
    if (!type) ExerciseType.fromView.set(entity, (type = ExerciseType.build(entity)));
    return type;
  }

  private static build(entity: ExerciseView): ExerciseType {
    const createdById = entity.createdBy?.id ?? null;
    return Object.assign(new ExerciseType(), {
      id: toGlobalId('Exercise', entity.id),
      dbId: entity.id,
      createdById,
      name: entity.name,
      slug: entity.slug,
      primaryMuscle: entity.primaryMuscle,
      movement: entity.movement,
      mechanics: entity.mechanics,
      force: entity.force,
      equipment: entity.equipment,
      unilateral: entity.unilateral,
      difficulty: entity.difficulty,
      metricType: entity.metricType,
      cnsLoad: entity.cnsLoad,
      substitutionGroup: entity.substitutionGroup ?? null,
      isActive: entity.isActive,
      isPublic: entity.isPublic,
      isSystem: createdById === null,
      grip: entity.grip ?? null,
      rangeOfMotion: entity.rangeOfMotion ?? null,
      cues: entity.cues ?? null,
      instructions: entity.instructions ?? null,
      videoUrl: entity.videoUrl ?? null,
    });
  }
}

/** A row of `equipment` as the API reads it. */
export interface EquipmentView {
  id: number;
  code: string;
  name: string;
  description: string | null;
}

@ObjectType('EquipmentItem', { description: 'A piece of gym equipment, e.g. a flat bench or a pull-up bar.' })
export class EquipmentItemType {
  @Field(() => ID, { description: 'Stable key, e.g. `FLAT_BENCH`: upper case letters, digits and underscores.' })
  code!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is, when the name does not say.' })
  description!: string | null;

  static from(view: EquipmentView): EquipmentItemType {
    return Object.assign(new EquipmentItemType(), { code: view.code, name: view.name, description: view.description });
  }
}

@ObjectType('ExerciseRelationship', { description: 'A link from one exercise to another.' })
export class ExerciseRelationshipObject {
  @Field(() => ExerciseRelationshipType, { description: 'How `exercise` relates to the exercise this link hangs off.' })
  type!: ExerciseRelationshipType;

  @Field(() => ExerciseType, { description: 'The related exercise.' })
  exercise!: ExerciseType;

  @Field(() => String, { nullable: true, description: 'Why or when to switch, e.g. "Lower over 3–5 seconds until a full rep comes."' })
  notes!: string | null;
}

@ObjectType('ExerciseCreator', { description: 'The coach who created an exercise.' })
export class ExerciseCreatorType {
  @Field(() => ID, { description: 'The coach’s `User` id (compare with `viewer.id`).' })
  id!: string;

  @Field({ description: 'Full name, else username.' })
  displayName!: string;
}
