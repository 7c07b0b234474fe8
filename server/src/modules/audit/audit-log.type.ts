import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';

/** Stored `entity_type`s → the GraphQL type their ids belong to (older rows use either spelling). */
const ENTITY_TYPES: Record<string, string> = {
  user: 'User',
  auth_session: 'LoginSession',
  api_key: 'ApiKey',
  coach_invite: 'CoachInvite',
  coach_link: 'CoachLink',
  athlete: 'Athlete',
  routine: 'Routine',
  cycle: 'Cycle',
  exercise: 'Exercise',
  benchmark: 'Benchmark',
  WorkoutSession: 'WorkoutSession',
  ExerciseSetLog: 'ExerciseSetLog',
  ImportLog: 'ImportLog',
};

/** An audit_logs row as the owner's list reads it; `at_key` is created_at as PostgreSQL prints it (the cursor). */
export interface AuditEntryRow {
  id: string;
  action: string;
  entity_type: string | null;
  entity_id: number | null;
  created_at: Date | string;
  at_key: string;
  ip_address: string | null;
  user_agent: string | null;
  api_key_id: number | null;
}

@ObjectType('AuditEntry', { description: 'Something done with your account: a login, a failed login, a plan edit, a key created, and so on.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Identifies the entry.' })
  id!: string;

  @Field({
    description:
      'What happened, e.g. register, login, login_failed, logout, password_change, revoke_session, create_api_key, revoke_api_key, ' +
      'create_coach_invite, accept_coach_invite, remove_athlete, leave_coach, create_routine, update_routine, correct_set, delete_set, update_benchmark, import_workouts.',
  })
  action!: string;

  @Field(() => String, { nullable: true, description: 'The kind of object it concerned, as a GraphQL type name (User, Routine, ApiKey, …).' })
  entityType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The global id of that object (it may no longer exist).' })
  entityId!: string | null;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The address the request came from.' })
  ipAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'The User-Agent of the client.' })
  userAgent!: string | null;

  @Field(() => ID, { nullable: true, description: 'The ApiKey the request used; null for a login session.' })
  apiKeyId!: string | null;

  static fromRow(row: AuditEntryRow): AuditEntryType {
    const type = row.entity_type === null ? null : (ENTITY_TYPES[row.entity_type] ?? row.entity_type);
    return Object.assign(new AuditEntryType(), {
      id: toGlobalId('AuditEntry', Number(row.id)),
      action: row.action,
      entityType: type,
      entityId: type && row.entity_id !== null && row.entity_type! in ENTITY_TYPES ? toGlobalId(type, row.entity_id) : null,
      at: new Date(row.created_at),
      ipAddress: row.ip_address,
      userAgent: row.user_agent,
      apiKeyId: row.api_key_id === null ? null : toGlobalId('ApiKey', row.api_key_id),
    });
  }
}

@ObjectType({ description: 'One AuditEntry in a page, with its cursor.' })
export class AuditEntryEdge {
  @Field({ description: 'Pass as `after` to continue after this entry.' })
  cursor!: string;

  @Field(() => AuditEntryType, { description: 'The entry.' })
  node!: AuditEntryType;
}

@ObjectType({ description: 'A page of your AuditEntries, newest first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: 'This page, in list order.' })
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo, { description: 'Whether older entries follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
