import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo, encodeCursor } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';

/** An auth_sessions row as the session list reads it. */
export interface LoginSessionRow {
  id: number;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date;
  user_agent: string | null;
  ip_address: string | null;
}

@ObjectType('LoginSession', { description: 'A login (a bearer token from logIn or signUp) that is still valid.' })
export class LoginSessionType {
  dbId!: number;

  @Field(() => ID, { description: 'Pass to revokeSession to end this login.' })
  id!: string;

  @Field(() => Date, { description: 'When the login happened.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the token was last used, to the minute; null when never used since the login.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { description: 'When the token stops working unless revoked earlier.' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The User-Agent of the client that logged in.' })
  userAgent!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the login came from.' })
  ipAddress!: string | null;

  @Field({ description: 'Whether this is the login the current request uses.' })
  current!: boolean;

  static fromRow(row: LoginSessionRow, currentId: number | null | undefined): LoginSessionType {
    return Object.assign(new LoginSessionType(), {
      id: toGlobalId('LoginSession', row.id),
      dbId: row.id,
      createdAt: new Date(row.created_at),
      lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
      expiresAt: new Date(row.expires_at),
      userAgent: row.user_agent,
      ipAddress: row.ip_address,
      current: row.id === currentId,
    });
  }
}

@ObjectType({ description: 'One LoginSession in a page, with its cursor.' })
export class LoginSessionEdge {
  @Field({ description: 'Pass as `after` to continue after this login.' })
  cursor!: string;

  @Field(() => LoginSessionType, { description: 'The login.' })
  node!: LoginSessionType;
}

@ObjectType({ description: 'A page of LoginSessions, newest first.' })
export class LoginSessionConnection {
  @Field(() => [LoginSessionEdge], { description: 'This page, in list order.' })
  edges!: LoginSessionEdge[];

  @Field(() => PageInfo, { description: 'Whether more logins follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}

/** Edges and page info from rows read newest first by id, `first + 1` at most. */
export function idPage<R extends { id: number }, N>(rows: R[], first: number, nodeOf: (row: R) => N) {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(row.id), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
  };
}
