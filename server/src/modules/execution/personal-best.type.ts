import { Field, Float, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { type ExerciseColumns, ExerciseType, exerciseColumns, exerciseFromRow } from '../catalog/exercise.type.js';
import { RecordKind } from './session.type.js';

/** A personal_records row read by hand, with its exercise joined in as `ex_*`. */
export interface PersonalBestRow extends ExerciseColumns {
  id: number;
  subject_id: number;
  record_type: string;
  value: string;
  unit: string;
  set_log_id: number | null;
  session_id: number | null;
  achieved_at: string | Date;
  /** achieved_at in microseconds since the epoch (bigint, as text), for keyset cursors. */
  achieved_us: string;
}

@ObjectType('PersonalBest', {
  implements: Node,
  description:
    "An athlete's standing best of one kind on one exercise (one per athlete, exercise and kind). " +
    'Kept as sets are logged, recomputed from all sets when a set is corrected or deleted.',
})
export class PersonalBestType extends Node {
  dbId!: number;
  subjectId!: number;
  setLogDbId!: number | null;
  sessionDbId!: number | null;
  achievedMicros!: string;

  @Field(() => RecordKind, { description: 'Which best this is.' })
  kind!: RecordKind;

  @Field(() => Float, { description: 'The best, in `unit`.' })
  value!: number;

  @Field({ description: 'Unit of `value`: "kg" (load, or load × reps for the volume kinds).' })
  unit!: string;

  @Field(() => Date, { description: 'When it was reached: the set’s time, or for session volume the session’s last counted set.' })
  achievedAt!: Date;

  @Field(() => ExerciseType, { description: 'The exercise the best is on.' })
  exercise!: ExerciseType;

  static fromRow(row: PersonalBestRow): PersonalBestType {
    return Object.assign(new PersonalBestType(), {
      id: toGlobalId('PersonalBest', row.id),
      dbId: row.id,
      subjectId: row.subject_id,
      setLogDbId: row.set_log_id,
      sessionDbId: row.session_id,
      achievedMicros: String(row.achieved_us),
      kind: row.record_type as RecordKind,
      value: Number(row.value),
      unit: row.unit,
      achievedAt: new Date(row.achieved_at),
      exercise: ExerciseType.from(exerciseFromRow(row)),
    });
  }
}

/** The select list for PersonalBestRow: `record` is the personal_records alias, `exercise` the joined exercises alias. */
export const personalBestColumns = (record: string, exercise: string) =>
  `${record}.id, ${record}.subject_id, ${record}.record_type, ${record}.value, ${record}.unit, ${record}.set_log_id, ${record}.session_id, ` +
  `${record}.achieved_at, (extract(epoch from ${record}.achieved_at) * 1000000)::bigint as achieved_us, ${exerciseColumns(exercise)}`;

@ObjectType('PersonalBestEdge', { description: 'A personal best in a list.' })
export class PersonalBestEdge {
  @Field({ description: 'Pass as `after` to continue after this best.' })
  cursor!: string;

  @Field(() => PersonalBestType, { description: 'The personal best.' })
  node!: PersonalBestType;
}

@ObjectType('PersonalBestConnection', { description: 'Personal bests, most recently reached first (by achievedAt, then id).' })
export class PersonalBestConnection {
  @Field(() => [PersonalBestEdge], { description: 'This page of personal bests.' })
  edges!: PersonalBestEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
