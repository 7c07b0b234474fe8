import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idPage } from './account.type.js';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeyConnection, ApiKeyType } from './api-key.type.js';

@ObjectType({ description: 'A new API key and its secret.' })
class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key (the same one on a retry).' })
  apiKey!: ApiKeyType;

  @Field({
    description:
      'The secret, `rwk_…`: send it as `Authorization: Bearer <secret>`. Shown only here (only its hash is stored); a retry shows a fresh one and the earlier one stops working.',
  })
  secret!: string;
}

@ObjectType({ description: 'What revokeApiKey did.' })
class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key, now revoked: requests with it are anonymous.' })
  apiKey!: ApiKeyType;
}

/** Partner API keys of the viewer's account (login sessions only). */
@Resolver()
export class ApiKeyResolver {
  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Create a partner API key acting as you within its scopes (at most 20 active). Idempotent on clientId until the key is first used. Needs a login session.',
  })
  async createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'The clientId, name, scopes and optional expiry.' }) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    const { key, secret } = await new ApiKeyService(ctx).create(input);
    return { apiKey: ApiKeyType.fromRow(key), secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revoke one of your API keys; it stops working at once. Revoking it again answers the same. Needs a login session.' })
  async revokeApiKey(@Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput, @Ctx() ctx: Context): Promise<RevokeApiKeyPayload> {
    return { apiKey: ApiKeyType.fromRow(await new ApiKeyService(ctx).revoke(input.id)) };
  }

  @Query(() => ApiKeyConnection, { description: 'Your API keys, newest first, revoked ones included. Needs a login session (not an API key).' })
  async apiKeys(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<ApiKeyConnection> {
    const rows = await new ApiKeyService(ctx).list(first, after);
    return idPage(rows, first, ApiKeyType.fromRow);
  }
}
