import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { Role, type User } from './user.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do.',
  valuesConfig: {
    ATHLETE: { description: 'Trains: logs their own sessions, sets and health data.' },
    COACH: { description: 'Coaches a roster: reads their athletes’ data, writes their plans and benchmarks, creates exercises.' },
    ADMIN: { description: 'Runs Repwise: sees every exercise, creates exercises and may edit any coach’s.' },
  },
});

@ObjectType('User', { implements: Node, description: 'An account.' })
export class UserType extends Node {
  dbId!: number;

  @Field({ description: 'Login e-mail, lower case.' })
  email!: string;

  @Field({ description: 'Unique handle, up to 50 characters.' })
  username!: string;

  @Field(() => String, { nullable: true, description: 'Full name, up to 100 characters; null when not given.' })
  fullName!: string | null;

  @Field(() => Role, { description: 'What the account may do.' })
  role!: Role;

  static from(entity: User): UserType {
    return Object.assign(new UserType(), {
      id: toGlobalId('User', entity.id),
      dbId: entity.id,
      email: entity.email,
      username: entity.username,
      fullName: entity.fullName ?? null,
      role: entity.role,
    });
  }
}

/** What AthleteType needs of a subject: an entity with its user, or a row read by hand. */
export interface AthleteSource {
  id: number;
  user?: { fullName?: string | null; username: string } | null;
}

@ObjectType('Athlete', { implements: Node, description: 'A person who trains: owns routines, sessions and set logs.' })
export class AthleteType extends Node {
  dbId!: number;

  @Field({ description: 'Full name, else username; "Anonymous athlete" once the account is erased.' })
  displayName!: string;

  static from(subject: AthleteSource): AthleteType {
    const user = subject.user;
    return Object.assign(new AthleteType(), {
      id: toGlobalId('Athlete', subject.id),
      dbId: subject.id,
      displayName: user ? (user.fullName ?? user.username) : 'Anonymous athlete',
    });
  }
}

@ObjectType('Coach', { description: "A coach's view: their roster." })
export class CoachType {
  userId!: number;
}
