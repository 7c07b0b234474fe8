import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { numberOrNull } from '../health/health.validation.js';
import { Sex } from './identity.enums.js';

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as the athlete states it (seed 004).',
  valuesConfig: {
    MALE: { description: 'Male.' },
    FEMALE: { description: 'Female.' },
    OTHER: { description: 'Neither male nor female.' },
    PREFER_NOT_TO_SAY: { description: 'The athlete chose not to say.' },
  },
});

/** Which hand leads. */
export enum DominantHand {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
  AMBIDEXTROUS = 'AMBIDEXTROUS',
}
registerEnumType(DominantHand, {
  name: 'DominantHand',
  description: 'The hand an athlete favours: matters for unilateral work.',
  valuesConfig: {
    LEFT: { description: 'Left-handed.' },
    RIGHT: { description: 'Right-handed.' },
    AMBIDEXTROUS: { description: 'Either hand equally.' },
  },
});

/**
 * `subject_profiles.dominant_hand` is varchar(10) (seed 004: a short free-form string), too short
 * for the word AMBIDEXTROUS, so the API's closed vocabulary is stored as these codes. Anything
 * else found in the column (written outside the API) reads as null rather than failing the query.
 */
const HAND_CODES: Record<DominantHand, string> = { LEFT: 'LEFT', RIGHT: 'RIGHT', AMBIDEXTROUS: 'AMBI' };
export const handCode = (hand: DominantHand): string => HAND_CODES[hand];
export const handFromCode = (code: string | null): DominantHand | null =>
  (Object.keys(HAND_CODES) as DominantHand[]).find((hand) => HAND_CODES[hand] === code) ?? null;

export interface ProfileRow {
  subject_id: number;
  sex: Sex | null;
  birth_year: number | null;
  height_cm: number | null;
  dominant_hand: string | null;
  updated_at: string;
}

@ObjectType('AthleteProfile', {
  description: 'Optional personal details of an athlete (indirect PII). Readable by the athlete and their coaches; only the athlete changes it.',
})
export class AthleteProfileType {
  @Field(() => Sex, { nullable: true, description: 'Sex as the athlete states it.' })
  sex!: Sex | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth, 1900 to the current year.' })
  birthYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Standing height in centimetres, 50–272.' })
  heightCm!: number | null;

  @Field(() => DominantHand, { nullable: true, description: 'The hand the athlete favours.' })
  dominantHand!: DominantHand | null;

  @Field(() => Date, { description: 'When the profile last changed.' })
  updatedAt!: Date;

  static fromRow(row: ProfileRow): AthleteProfileType {
    return Object.assign(new AthleteProfileType(), {
      sex: row.sex,
      birthYear: row.birth_year,
      heightCm: row.height_cm,
      dominantHand: handFromCode(row.dominant_hand),
      updatedAt: new Date(row.updated_at),
    });
  }
}

export interface BodyMetricRow {
  id: number;
  subject_id: number;
  measured_on: string;
  weight_kg: string | null;
  bodyfat_pct: string | null;
  resting_hr: number | null;
  notes: string | null;
  updated_at: string;
}

@ObjectType('BodyMetric', { implements: Node, description: "One day's body measurements of an athlete: at most one per day." })
export class BodyMetricType extends Node {
  dbId!: number;
  subjectId!: number;

  @Field(() => GraphQLLocalDate, { description: "The athlete's calendar day of the measurement." })
  measuredOn!: string;

  @Field(() => Float, { nullable: true, description: 'Body weight in kg (0.01 kg precision).' })
  weightKg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Body fat, percent of body weight (0.1 precision).' })
  bodyfatPct!: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate, beats per minute.' })
  restingHr!: number | null;

  @Field(() => String, { nullable: true, description: 'Free-text notes, up to 2000 characters.' })
  notes!: string | null;

  @Field(() => Date, { description: 'When the row last changed (a second entry the same day updates it).' })
  updatedAt!: Date;

  static fromRow(row: BodyMetricRow): BodyMetricType {
    return Object.assign(new BodyMetricType(), {
      id: toGlobalId('BodyMetric', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      measuredOn: row.measured_on,
      weightKg: numberOrNull(row.weight_kg),
      bodyfatPct: numberOrNull(row.bodyfat_pct),
      restingHr: row.resting_hr,
      notes: row.notes,
      updatedAt: new Date(row.updated_at),
    });
  }
}

@ObjectType('BodyMetricEdge', { description: 'One BodyMetric in a page, with its cursor.' })
export class BodyMetricEdge {
  @Field({ description: 'Pass as `after` to continue after this row.' })
  cursor!: string;

  @Field(() => BodyMetricType, { description: 'The row.' })
  node!: BodyMetricType;
}

@ObjectType('BodyMetricConnection', { description: 'Body measurements, newest day first.' })
export class BodyMetricConnection {
  @Field(() => [BodyMetricEdge], { description: 'This page, in list order.' })
  edges!: BodyMetricEdge[];

  @Field(() => PageInfo, { description: 'Whether more rows follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
