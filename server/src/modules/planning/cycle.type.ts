import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import type { Cycle } from './cycle.entity.js';

@ObjectType('Cycle', {
  implements: Node,
  description: "One pass through a routine's rotation, numbered per routine (1, 2, 3 …); sessions started during it belong to it.",
})
export class CycleType extends Node {
  dbId!: number;
  routineId!: number;
  subjectId!: number;

  @Field(() => Int, { description: '1-based number within its routine, unique per routine, assigned by startCycle.' })
  cycleNumber!: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of the cycle (YYYY-MM-DD).' })
  startedOn!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the cycle, on or after startedOn; null while it runs.' })
  endedOn!: string | null;

  @Field({ description: 'A planned deload: lighter loads to recover.' })
  isDeload!: boolean;

  @Field(() => String, { nullable: true, description: 'Reflections on the cycle.' })
  notes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the cycle was archived (hidden from lists by default, read-only).' })
  archivedAt!: Date | null;

  @Field(() => Date, { description: 'When the cycle was started through the API.' })
  createdAt!: Date;

  static from(entity: Cycle): CycleType {
    return Object.assign(new CycleType(), {
      id: toGlobalId('Cycle', entity.id),
      dbId: entity.id,
      routineId: entity.routine.id,
      subjectId: entity.subject.id,
      cycleNumber: entity.cycleNumber,
      startedOn: entity.startedOn ?? null,
      endedOn: entity.endedOn ?? null,
      isDeload: entity.isDeload,
      notes: entity.notes ?? null,
      archivedAt: entity.archivedAt ?? null,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('CycleEdge', { description: 'A cycle in a connection.' })
export class CycleEdge {
  @Field({ description: 'Opaque cursor: pass as `after` to continue after this cycle.' })
  cursor!: string;

  @Field(() => CycleType, { description: 'The cycle.' })
  node!: CycleType;
}

@ObjectType('CycleConnection', { description: 'A page of cycles, newest first.' })
export class CycleConnection {
  @Field(() => [CycleEdge], { description: 'The cycles of this page, in order.' })
  edges!: CycleEdge[];

  @Field(() => PageInfo, { description: 'Whether more cycles follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
