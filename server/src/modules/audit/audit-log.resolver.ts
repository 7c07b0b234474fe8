import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { rawQuery } from '../../db/raw-query.js';
import { checkPageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError } from '../../graphql/errors.js';
import { connectionOf, decodeTimeCursor, encodeTimeCursor } from '../health/keyset-page.js';
import { requireLoginSession } from '../identity/access.policy.js';
import { UserType } from '../identity/user.type.js';
import { AuditEntryConnection, type AuditEntryRow, AuditEntryType } from './audit-log.type.js';

@Resolver(() => UserType)
export class UserAuditLogResolver {
  @FieldResolver(() => AuditEntryConnection, {
    description: "Your account's audit trail, newest first: logins (failed ones too), log-outs, password, key and coaching changes, and your edits. Only your own account's, with a login session (not an API key).",
  })
  async auditLog(
    @Root() user: UserType,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const viewer = requireLoginSession(ctx, 'auditLog');
    if (viewer.userId !== user.dbId) throw new ForbiddenError('An audit trail is private to its account: you can read only your own.');
    checkPageSize(first);
    const cursor = after ? decodeTimeCursor(after) : null;
    // ix_audit_user (user_id, created_at) serves the walk; id breaks ties within a transaction.
    const rows = await rawQuery<AuditEntryRow>(
      ctx.em,
      `select id, action, entity_type, entity_id, created_at, created_at::text as at_key, host(ip_address) as ip_address, user_agent,
              (metadata->>'apiKeyId')::int as api_key_id
         from audit_logs where user_id = ?${cursor ? ' and (created_at, id) < (?::timestamptz, ?)' : ''}
        order by created_at desc, id desc limit ?`,
      cursor ? [user.dbId, cursor.key, cursor.id, first + 1] : [user.dbId, first + 1],
    );
    return connectionOf(rows, first, (row) => encodeTimeCursor(row.at_key, Number(row.id)), AuditEntryType.fromRow);
  }
}
