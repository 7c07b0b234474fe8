import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { ChangePasswordInput, RevokeSessionInput, SignUpInput } from './account.inputs.js';
import { AccountService } from './account.service.js';
import { LoginSessionConnection, LoginSessionType, idPage } from './account.type.js';
import { UserType } from './user.type.js';

@ObjectType({ description: 'The new account, logged in.' })
class SignUpPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` (HTTP) or `{ authorization }` (graphql-ws connectionParams). Valid 30 days.' })
  token!: string;

  @Field(() => UserType, { description: 'The account just created.' })
  user!: UserType;
}

@ObjectType({ description: 'What a log-out ended.' })
class LogOutPayload {
  @Field(() => Int, { description: 'Logins ended: 0 when the token had already stopped working (a retry).' })
  revokedSessionCount!: number;
}

@ObjectType({ description: 'What changePassword did.' })
class ChangePasswordPayload {
  @Field(() => UserType, { description: 'The account.' })
  user!: UserType;

  @Field(() => Int, { description: 'Other logins ended (this one stays); 0 on a retry.' })
  revokedSessionCount!: number;
}

@ObjectType({ description: 'What revokeSession ended.' })
class RevokeSessionPayload {
  @Field(() => ID, { description: 'The LoginSession ended.' })
  revokedSessionId!: string;

  @Field({ description: 'Whether it was the login this request used (its token no longer works).' })
  wasCurrent!: boolean;
}

/** Sign-up, passwords and logins of the viewer's own account. */
@Resolver()
export class AccountResolver {
  @Mutation(() => SignUpPayload, {
    description:
      'Create an ATHLETE or COACH account and log it in. Each broken password rule is its own message under `extensions.fields`. ' +
      'An e-mail that already has an account (a retried sign-up included) is a CONFLICT on `email`: log in instead.',
  })
  async signUp(@Arg('input', () => SignUpInput, { description: 'The e-mail, password and role of the new account.' }) input: SignUpInput, @Ctx() ctx: Context): Promise<SignUpPayload> {
    const { token, user } = await new AccountService(ctx).signUp(input);
    return { token, user: UserType.from(user) };
  }

  @Mutation(() => LogOutPayload, { description: 'End the login this request uses; its token stops working at once. Safe to retry.' })
  async logOut(@Ctx() ctx: Context): Promise<LogOutPayload> {
    return { revokedSessionCount: await new AccountService(ctx).logOut() };
  }

  @Mutation(() => LogOutPayload, { description: 'End every login of your account, this one included. API keys keep working: revoke them with revokeApiKey.' })
  async logOutEverywhere(@Ctx() ctx: Context): Promise<LogOutPayload> {
    return { revokedSessionCount: await new AccountService(ctx).logOutEverywhere() };
  }

  @Mutation(() => ChangePasswordPayload, {
    description:
      'Change your password; needs the current one (wrong guesses count towards the log-in limit) and ends every other login. ' +
      'A retry after success changes nothing and answers the same.',
  })
  async changePassword(@Arg('input', () => ChangePasswordInput, { description: 'The current and the new password.' }) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<ChangePasswordPayload> {
    const { user, revokedSessionCount } = await new AccountService(ctx).changePassword(input);
    return { user: UserType.from(user), revokedSessionCount };
  }

  @Mutation(() => RevokeSessionPayload, {
    description: 'End one of your logins (see mySessions). Ending it again is NOT_FOUND with `extensions.alreadyRevoked: true`.',
  })
  async revokeSession(@Arg('input', () => RevokeSessionInput, { description: 'The login to end.' }) input: RevokeSessionInput, @Ctx() ctx: Context): Promise<RevokeSessionPayload> {
    const { id, wasCurrent } = await new AccountService(ctx).revokeSession(input.id);
    return { revokedSessionId: toGlobalId('LoginSession', id), wasCurrent };
  }

  @Query(() => LoginSessionConnection, { description: 'Your logins that still work, newest first. Needs a login session (not an API key).' })
  async mySessions(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<LoginSessionConnection> {
    const rows = await new AccountService(ctx).sessions(first, after);
    return idPage(rows, first, (row) => LoginSessionType.fromRow(row, ctx.viewer?.authSessionId));
  }
}
