import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ApiKeyScope } from './identity.enums.js';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What a partner API key may do. Account, session, key and invite operations need a login session whatever the scopes.',
  valuesConfig: {
    READ: { description: '`read`: every query and subscription, as the key’s owner sees them.' },
    WRITE_LOGS: { description: '`write:logs`: sessions, sets, imports and health data (body metrics, recovery, soreness, benchmarks, profile, equipment).' },
    WRITE_PLANS: { description: '`write:plans`: routines, cycles and exercises.' },
  },
});

/** An api_keys row as the services read it (`active`: neither revoked nor expired, by the database's clock). */
export interface ApiKeyRow {
  id: number;
  client_id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  active: boolean;
}

export const API_KEY_COLUMNS =
  'id, client_id, name, prefix, scopes, created_at, expires_at, last_used_at, revoked_at, (revoked_at is null and (expires_at is null or expires_at > now())) as active';

const date = (value: Date | string | null) => (value === null ? null : new Date(value));

@ObjectType('ApiKey', { description: 'A partner API key: acts as its owner, limited to its scopes. Its secret was shown once, at creation.' })
export class ApiKeyType {
  dbId!: number;

  @Field(() => ID, { description: 'Pass to revokeApiKey to revoke it.' })
  id!: string;

  @Field({ description: 'What the key is for.' })
  name!: string;

  @Field({ description: 'The first characters of the secret (`rwk_` and 6 more), to recognise it.' })
  prefix!: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do.' })
  scopes!: ApiKeyScope[];

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null for never.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used, to the minute; null when never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it is not.' })
  revokedAt!: Date | null;

  @Field({ description: 'Whether requests with it are accepted now: neither revoked nor expired.' })
  active!: boolean;

  static fromRow(row: ApiKeyRow): ApiKeyType {
    return Object.assign(new ApiKeyType(), {
      id: toGlobalId('ApiKey', row.id),
      dbId: row.id,
      name: row.name,
      prefix: row.prefix,
      scopes: row.scopes,
      createdAt: new Date(row.created_at),
      expiresAt: date(row.expires_at),
      lastUsedAt: date(row.last_used_at),
      revokedAt: date(row.revoked_at),
      active: row.active,
    });
  }
}

@ObjectType({ description: 'One ApiKey in a page, with its cursor.' })
export class ApiKeyEdge {
  @Field({ description: 'Pass as `after` to continue after this key.' })
  cursor!: string;

  @Field(() => ApiKeyType, { description: 'The key.' })
  node!: ApiKeyType;
}

@ObjectType({ description: 'A page of ApiKeys, newest first, revoked ones included.' })
export class ApiKeyConnection {
  @Field(() => [ApiKeyEdge], { description: 'This page, in list order.' })
  edges!: ApiKeyEdge[];

  @Field(() => PageInfo, { description: 'Whether more keys follow, and the cursor to fetch them.' })
  pageInfo!: PageInfo;
}
