import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError } from '../../graphql/errors.js';
import { requireViewer } from './access.policy.js';
import { UpdateSettingsInput } from './settings.inputs.js';
import { SettingsService } from './settings.service.js';
import { UserSettingsType } from './settings.type.js';
import { UserType } from './user.type.js';

@ObjectType({ description: 'What updateSettings did.' })
class UpdateSettingsPayload {
  @Field(() => UserType, { description: 'The account the settings belong to.' })
  user!: UserType;

  @Field(() => UserSettingsType, { description: 'The settings as saved.' })
  settings!: UserSettingsType;
}

@Resolver(() => UserType)
export class SettingsResolver {
  @FieldResolver(() => UserSettingsType, { description: "The account's preferences (only your own account's)." })
  async settings(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserSettingsType> {
    if (requireViewer(ctx).userId !== user.dbId) throw new ForbiddenError("Settings are private to their account: you can read only your own.");
    return UserSettingsType.fromRow(await ctx.loaders.settingsByUserId.load(user.dbId));
  }

  @Mutation(() => UpdateSettingsPayload, { description: "Change the viewer's settings (created on first change). Retrying is harmless: the same values are written again." })
  async updateSettings(@Arg('input', () => UpdateSettingsInput, { description: 'The settings to change: omitted ones keep their value, null restores the default.' }) input: UpdateSettingsInput, @Ctx() ctx: Context): Promise<UpdateSettingsPayload> {
    const row = await new SettingsService(ctx).updateSettings(input);
    const user = await ctx.loaders.userById.load(row.user_id);
    if (!user) throw new Error(`user ${row.user_id} vanished`);
    return { user: UserType.from(user), settings: UserSettingsType.fromRow(row) };
  }
}
