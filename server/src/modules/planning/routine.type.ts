import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { ExerciseType, type ExerciseView } from '../catalog/exercise.type.js';
import { Role } from '../identity/user.entity.js';
import { ExerciseSection, ProgressionStyle } from './planning.enums.js';
import type { RoutineDay } from './routine-day.entity.js';
import type { Routine } from './routine.entity.js';

registerEnumType(ExerciseSection, {
  name: 'ExerciseSection',
  description: 'Where an exercise sits in a day: WARMUP, MAIN work, or ACCESSORY work after it.',
  valuesConfig: {
    WARMUP: { description: 'Warm-up and activation before the main work.' },
    MAIN: { description: 'The day’s main lifts.' },
    ACCESSORY: { description: 'Supporting work after the main lifts.' },
  },
});
registerEnumType(ProgressionStyle, {
  name: 'ProgressionStyle',
  description: 'How load or reps of a routine exercise advance from cycle to cycle.',
  valuesConfig: {
    SINGLE_PROGRESSION: { description: 'Add `incrementKg` every successful cycle (linear).' },
    DOUBLE_PROGRESSION: { description: 'Climb reps from `repRangeMin` to `repRangeMax`, then add `incrementKg` and drop back to the bottom.' },
    WAVE_LOADING: { description: 'Waves of `waveLength` steps: load rises while reps fall, each wave starting a step higher.' },
    PERCENT_1RM_WAVE: { description: 'Percentages of the 1RM / training max climbing through a wave of `waveLength` steps.' },
    RPE_AUTOREGULATION: { description: "Load chosen from each set's target RPE and the last e1RM." },
  },
});

@ObjectType('RoutineAuthor', {
  description:
    'Who wrote a routine: the athlete or one of their coaches. Deliberately not a `User`: it shows a name, never an e-mail.',
})
export class RoutineAuthorType {
  @Field(() => ID, { description: "Global id of the author's account (`User`); `node` resolves it for that account only." })
  id!: string;

  @Field({ description: 'Full name, else username.' })
  displayName!: string;

  @Field(() => Role, { description: 'COACH when a coach wrote it for the athlete.' })
  role!: Role;

  @Field({ description: 'Whether you wrote it.' })
  isViewer!: boolean;
}

@ObjectType('Routine', { implements: Node, description: 'A training template owned by an athlete: days → exercises → planned sets.' })
export class RoutineType extends Node {
  dbId!: number;
  subjectId!: number;
  createdById!: number | null;

  @Field({ description: 'Unique per athlete (archived routines keep their names), 1–120 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free-text summary: goal, block, notes for the athlete.' })
  description!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Planned first day (YYYY-MM-DD), if set.' })
  startsOn!: string | null;

  @Field({ description: 'Whether this is the routine the athlete follows now; an athlete has at most one.' })
  isActive!: boolean;

  @Field(() => Int, {
    description: 'Increases by 1 with every edit (updateRoutine, archiveRoutine). An edit must name the revision it read; a stale one is a CONFLICT.',
  })
  revision!: number;

  @Field(() => Date, { nullable: true, description: 'When the routine was archived: kept for history, hidden from lists by default, read-only.' })
  archivedAt!: Date | null;

  @Field(() => Date, { description: 'When the routine was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the routine or its tree last changed.' })
  updatedAt!: Date;

  static from(entity: RoutineSource): RoutineType {
    return Object.assign(new RoutineType(), {
      id: toGlobalId('Routine', entity.id),
      dbId: entity.id,
      subjectId: entity.subject.id,
      createdById: entity.createdBy?.id ?? null,
      name: entity.name,
      description: entity.description ?? null,
      startsOn: entity.startsOn ?? null,
      isActive: entity.isActive,
      revision: entity.revision,
      archivedAt: entity.archivedAt ?? null,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('RoutineEdge', { description: 'A routine in a connection.' })
export class RoutineEdge {
  @Field({ description: 'Opaque cursor: pass as `after` to continue after this routine.' })
  cursor!: string;

  @Field(() => RoutineType, { description: 'The routine.' })
  node!: RoutineType;
}

@ObjectType('RoutineConnection', { description: 'A page of routines, newest first.' })
export class RoutineConnection {
  @Field(() => [RoutineEdge], { description: 'The routines of this page, in order.' })
  edges!: RoutineEdge[];

  @Field(() => PageInfo, { description: 'Whether more routines follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}

@ObjectType('RoutineDay', { implements: Node, description: "One day of a routine's rotation." })
export class RoutineDayType extends Node {
  dbId!: number;
  routineId!: number;

  @Field(() => Int, { description: '1-based position in the rotation, unique per routine.' })
  dayIndex!: number;

  @Field(() => String, { nullable: true, description: 'Label, e.g. "Upper A" (at most 100 characters).' })
  title!: string | null;

  @Field({ description: 'A planned rest day: it has no exercises and cannot be started as a session.' })
  isRest!: boolean;

  @Field(() => String, { nullable: true, description: 'Notes for the whole day.' })
  notes!: string | null;

  static from(entity: RoutineDaySource): RoutineDayType {
    return Object.assign(new RoutineDayType(), {
      id: toGlobalId('RoutineDay', entity.id),
      dbId: entity.id,
      routineId: entity.routine.id,
      dayIndex: entity.dayIndex,
      title: entity.title ?? null,
      isRest: entity.isRest,
      notes: entity.notes ?? null,
    });
  }
}

/** What RoutineType needs: an entity, or a row read by hand (routineFromRow). */
export type RoutineSource = Pick<Routine, 'id' | 'name' | 'isActive' | 'revision' | 'createdAt' | 'updatedAt'> & {
  subject: { id: number };
  createdBy?: { id: number } | null;
  description?: string | null;
  startsOn?: string | null;
  archivedAt?: Date | null;
};

/** A `routines` row (select *) as a RoutineSource. */
export function routineFromRow(row: Record<string, unknown>): RoutineSource {
  return {
    id: row.id as number,
    subject: { id: row.subject_id as number },
    createdBy: row.created_by_id === null ? null : { id: row.created_by_id as number },
    name: row.name as string,
    description: row.description as string | null,
    startsOn: row.starts_on as string | null,
    isActive: row.is_active as boolean,
    revision: row.revision as number,
    archivedAt: row.archived_at as Date | null,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
  };
}

/** What RoutineDayType needs: an entity, or a row read by hand (routineDayFromRow). */
export type RoutineDaySource = Pick<RoutineDay, 'id' | 'dayIndex' | 'isRest'> & { routine: { id: number }; title?: string | null; notes?: string | null };

/** A `routine_days` row (select *) as a RoutineDaySource. */
export function routineDayFromRow(row: Record<string, unknown>): RoutineDaySource {
  return {
    id: row.id as number,
    routine: { id: row.routine_id as number },
    dayIndex: row.day_index as number,
    isRest: row.is_rest as boolean,
    title: row.title as string | null,
    notes: row.notes as string | null,
  };
}

/** What the type needs of a routine-day exercise: read as a plain row (see planning.loaders.ts). */
export interface RoutineDayExerciseView {
  id: number;
  position: number;
  section: ExerciseSection;
  supersetGroup: number | null;
  notes: string | null;
  exercise: ExerciseView;
}

@ObjectType('RoutineDayExercise', { implements: Node, description: 'An exercise slot in a routine day, with its planned sets and progression rule.' })
export class RoutineDayExerciseType extends Node {
  dbId!: number;

  @Field(() => ExerciseType, { description: 'The catalog exercise to perform.' })
  exercise!: ExerciseType;

  @Field(() => Int, { description: '1-based order within the day, unique per day.' })
  position!: number;

  @Field(() => ExerciseSection, { description: 'WARMUP, MAIN or ACCESSORY.' })
  section!: ExerciseSection;

  @Field(() => Int, {
    nullable: true,
    description: 'Exercises of one day sharing this number (≥ 1) are done as a superset, alternating sets; null when done alone.',
  })
  supersetGroup!: number | null;

  @Field(() => String, { nullable: true, description: 'Coaching notes for this exercise.' })
  notes!: string | null;

  static from(view: RoutineDayExerciseView): RoutineDayExerciseType {
    return Object.assign(new RoutineDayExerciseType(), {
      id: toGlobalId('RoutineDayExercise', view.id),
      dbId: view.id,
      exercise: ExerciseType.from(view.exercise),
      position: view.position,
      section: view.section,
      supersetGroup: view.supersetGroup,
      notes: view.notes,
    });
  }
}

/** What the type needs of a planned set: read as a plain row (see planning.loaders.ts). */
export interface RoutineExerciseSetView {
  id: number;
  setIndex: number;
  isWarmup: boolean;
  toFailure: boolean;
  targetReps: number | null;
  targetRepsMin: number | null;
  targetRepsMax: number | null;
  targetWeightKg: number | null;
  targetPct1rm: number | null;
  targetRir: number | null;
  targetRpe: number | null;
  targetTempo: string | null;
  targetRestSeconds: number | null;
  targetDurationSeconds: number | null;
  targetDistanceMeters: number | null;
  notes: string | null;
}

@ObjectType('RoutineExerciseSet', {
  implements: Node,
  description: 'A planned set: what to do for one set. Targets are optional and combine (e.g. 8–12 reps @ RPE 8, or 75 % 1RM × 5).',
})
export class RoutineExerciseSetType extends Node {
  dbId!: number;

  @Field(() => Int, { description: '1-based order within the exercise, unique per exercise.' })
  setIndex!: number;

  @Field({ description: 'A warm-up set: not counted as working volume or for records.' })
  isWarmup!: boolean;

  @Field({ description: 'Take the set to muscular failure.' })
  toFailure!: boolean;

  @Field(() => Int, { nullable: true, description: 'Planned reps, 0–1000, when the target is one number.' })
  targetReps!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bottom of a planned rep range (e.g. 8 of 8–12), 0–1000.' })
  targetRepsMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Top of a planned rep range (e.g. 12 of 8–12), at least targetRepsMin, at most 1000.' })
  targetRepsMax!: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned load in kg, 0–1000 (0.01 kg precision).' })
  targetWeightKg!: number | null;

  @Field(() => Float, { nullable: true, description: "Planned load as a percentage of the athlete's 1RM, in (0, 120], in tenths." })
  targetPct1rm!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned reps in reserve, 0–10.' })
  targetRir!: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned RPE, 1–10 in halves.' })
  targetRpe!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tempo as four characters, seconds per phase: eccentric, bottom pause, concentric, top pause; X = explosive. E.g. "3010", "31X0".',
  })
  targetTempo!: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned rest after the set, in seconds (0–3600).' })
  targetRestSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned duration for timed work (planks, intervals, runs), in seconds.' })
  targetDurationSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned distance for endurance work, in metres.' })
  targetDistanceMeters!: number | null;

  @Field(() => String, { nullable: true, description: 'Notes for this set.' })
  notes!: string | null;

  static from(view: RoutineExerciseSetView): RoutineExerciseSetType {
    return Object.assign(new RoutineExerciseSetType(), {
      id: toGlobalId('RoutineExerciseSet', view.id),
      dbId: view.id,
      setIndex: view.setIndex,
      isWarmup: view.isWarmup,
      toFailure: view.toFailure,
      targetReps: view.targetReps,
      targetRepsMin: view.targetRepsMin,
      targetRepsMax: view.targetRepsMax,
      targetWeightKg: view.targetWeightKg,
      targetPct1rm: view.targetPct1rm,
      targetRir: view.targetRir,
      targetRpe: view.targetRpe,
      targetTempo: view.targetTempo,
      targetRestSeconds: view.targetRestSeconds,
      targetDurationSeconds: view.targetDurationSeconds,
      targetDistanceMeters: view.targetDistanceMeters,
      notes: view.notes,
    });
  }
}

export interface ProgressionRuleView {
  style: ProgressionStyle;
  incrementKg: number;
  repRangeMin: number | null;
  repRangeMax: number | null;
  waveLength: number | null;
  deloadEveryNCycles: number | null;
  deloadPct: number;
}

@ObjectType('ProgressionRule', { description: 'How one routine exercise advances from cycle to cycle, and when it deloads.' })
export class ProgressionRuleType {
  @Field(() => ProgressionStyle, { description: 'The progression style.' })
  style!: ProgressionStyle;

  @Field(() => Float, { description: 'Load added per step, in kg (0–50).' })
  incrementKg!: number;

  @Field(() => Int, { nullable: true, description: 'Bottom of the rep range double progression climbs from (≥ 1).' })
  repRangeMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Top of the rep range; reaching it on every set adds load.' })
  repRangeMax!: number | null;

  @Field(() => Int, { nullable: true, description: 'Steps in one wave, 2–8 (wave styles).' })
  waveLength!: number | null;

  @Field(() => Int, { nullable: true, description: 'Every Nth cycle (N ≥ 2) is a deload; null for no planned deload.' })
  deloadEveryNCycles!: number | null;

  @Field(() => Float, { description: 'Load during a deload, as a percentage of the working load, in (0, 100).' })
  deloadPct!: number;

  static from(view: ProgressionRuleView): ProgressionRuleType {
    const { style, incrementKg, repRangeMin, repRangeMax, waveLength, deloadEveryNCycles, deloadPct } = view;
    return Object.assign(new ProgressionRuleType(), { style, incrementKg, repRangeMin, repRangeMax, waveLength, deloadEveryNCycles, deloadPct });
  }
}

@ObjectType('RoutineTreeChanges', {
  description:
    'What an updateRoutine that sent `days` did to the tree. Kept rows keep their ids, so history tied to them (set logs, sessions) stays linked.',
})
export class RoutineTreeChangesType {
  @Field(() => Int, { description: 'Days kept (same dayIndex), updated in place.' })
  daysKept!: number;

  @Field(() => Int, { description: 'Days added after the last kept one.' })
  daysAdded!: number;

  @Field(() => Int, { description: 'Days removed; sessions that followed them keep their logs but lose the link to the day.' })
  daysRemoved!: number;

  @Field(() => Int, { description: 'Exercises kept (same day, same position, same exercise), updated in place.' })
  exercisesKept!: number;

  @Field(() => Int, { description: 'Exercises added (new positions, or a different exercise at a position).' })
  exercisesAdded!: number;

  @Field(() => Int, { description: 'Exercises removed, with their planned sets and progression rules.' })
  exercisesRemoved!: number;

  @Field(() => Int, { description: 'Planned sets kept (same setIndex under a kept exercise), updated in place.' })
  setsKept!: number;

  @Field(() => Int, { description: 'Planned sets added.' })
  setsAdded!: number;

  @Field(() => Int, { description: 'Planned sets removed; set logs that fulfilled them stay, unlinked from the plan.' })
  setsRemoved!: number;
}
