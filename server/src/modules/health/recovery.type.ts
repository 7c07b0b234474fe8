import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { MuscleGroup } from '../catalog/catalog.enums.js';
import '../catalog/exercise.type.js'; // registers MuscleGroup
import { RecoverySource } from './health.enums.js';
import { numberOrNull } from './health.validation.js';

registerEnumType(RecoverySource, {
  name: 'RecoverySource',
  description: 'Where a recovery reading came from: typed in, or a device.',
  valuesConfig: {
    MANUAL: { description: 'Typed in by the athlete.' },
    GARMIN: { description: 'A Garmin device.' },
    APPLE: { description: 'Apple Health / Apple Watch.' },
    OURA: { description: 'An Oura ring.' },
    WHOOP: { description: 'A WHOOP band.' },
  },
});

export interface RecoverySignalRow {
  id: number;
  subject_id: number;
  session_id: number | null;
  measured_on: string;
  source: RecoverySource;
  hrv_ms: string | null;
  resting_hr: number | null;
  sleep_score: string | null;
  sleep_hours: string | null;
  readiness: string | null;
  notes: string | null;
  updated_at: string;
}

@ObjectType('RecoverySignal', { implements: Node, description: "A day's recovery reading from one source (seed 003): at most one per day and source." })
export class RecoverySignalType extends Node {
  dbId!: number;
  subjectId!: number;
  sessionId!: number | null;

  @Field(() => GraphQLLocalDate, { description: "The athlete's calendar day of the reading." })
  measuredOn!: string;

  @Field(() => RecoverySource, { description: 'Where the reading came from.' })
  source!: RecoverySource;

  @Field(() => Float, { nullable: true, description: 'Heart-rate variability (RMSSD), ms.' })
  hrvMs!: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, bpm.' })
  restingHr!: number | null;

  @Field(() => Float, { nullable: true, description: 'Sleep score, 0–100.' })
  sleepScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Hours slept, 0–24.' })
  sleepHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Readiness score, 0–100.' })
  readiness!: number | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes, up to 2000 characters.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  static fromRow(row: RecoverySignalRow): RecoverySignalType {
    return Object.assign(new RecoverySignalType(), {
      id: toGlobalId('RecoverySignal', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      sessionId: row.session_id,
      measuredOn: row.measured_on,
      source: row.source,
      hrvMs: numberOrNull(row.hrv_ms),
      restingHr: row.resting_hr,
      sleepScore: numberOrNull(row.sleep_score),
      sleepHours: numberOrNull(row.sleep_hours),
      readiness: numberOrNull(row.readiness),
      notes: row.notes,
      updatedAt: new Date(row.updated_at),
    });
  }
}

@ObjectType('RecoverySignalEdge', { description: 'One RecoverySignal in a page, with its cursor.' })
export class RecoverySignalEdge {
  @Field({ description: 'Pass as `after` to continue after this row.' })
  cursor!: string;

  @Field(() => RecoverySignalType, { description: 'The row.' })
  node!: RecoverySignalType;
}

@ObjectType('RecoverySignalConnection', { description: 'Recovery readings, newest day first (by day, then id).' })
export class RecoverySignalConnection {
  @Field(() => [RecoverySignalEdge], { description: 'This page, in list order.' })
  edges!: RecoverySignalEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}

export interface SorenessLogRow {
  id: number;
  subject_id: number;
  logged_on: string;
  body_part: MuscleGroup;
  soreness: number;
  inferred_cause_session_id: number | null;
  notes: string | null;
  updated_at: string;
}

@ObjectType('SorenessLog', { implements: Node, description: 'How sore a body part is on a day, 1 (barely) to 5 (very): at most one per day and body part.' })
export class SorenessLogType extends Node {
  dbId!: number;
  subjectId!: number;
  inferredCauseSessionId!: number | null;

  @Field(() => GraphQLLocalDate, { description: "The athlete's calendar day." })
  loggedOn!: string;

  @Field(() => MuscleGroup, { description: 'The sore body part.' })
  bodyPart!: MuscleGroup;

  @Field(() => Int, { description: '1–5.' })
  soreness!: number;

  @Field(() => String, { nullable: true, description: 'Free-text notes, up to 2000 characters.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  static fromRow(row: SorenessLogRow): SorenessLogType {
    return Object.assign(new SorenessLogType(), {
      id: toGlobalId('SorenessLog', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      inferredCauseSessionId: row.inferred_cause_session_id,
      loggedOn: row.logged_on,
      bodyPart: row.body_part,
      soreness: row.soreness,
      notes: row.notes,
      updatedAt: new Date(row.updated_at),
    });
  }
}

@ObjectType('SorenessLogEdge', { description: 'One SorenessLog in a page, with its cursor.' })
export class SorenessLogEdge {
  @Field({ description: 'Pass as `after` to continue after this row.' })
  cursor!: string;

  @Field(() => SorenessLogType, { description: 'The row.' })
  node!: SorenessLogType;
}

@ObjectType('SorenessLogConnection', { description: 'Soreness entries, newest day first (by day, then id).' })
export class SorenessLogConnection {
  @Field(() => [SorenessLogEdge], { description: 'This page, in list order.' })
  edges!: SorenessLogEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
