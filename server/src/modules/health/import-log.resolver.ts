import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../graphql/connection.js';
import { type Context, loaderAt } from '../../graphql/context.js';
import { AthleteType } from '../identity/user.type.js';
import { createImportPageLoader } from './health.loaders.js';
import { ImportLogConnection } from './import-log.type.js';
import { connectionOf, decodeTimeCursor, encodeTimeCursor } from './keyset-page.js';

@Resolver(() => AthleteType)
export class AthleteImportResolver {
  @FieldResolver(() => ImportLogConnection, { description: 'Imported workouts (text or CSV) and what the parser read, newest first (by time, then id). Read-only.' })
  async imports(
    @Root() athlete: AthleteType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { defaultValue: 10, description: 'Page size, 0–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<ImportLogConnection> {
    checkPageSize(first);
    const rows = await loaderAt(ctx, info, 'importPage', createImportPageLoader).load({
      subjectId: athlete.dbId,
      first,
      after: after ? decodeTimeCursor(after) : null,
      filter: {},
    });
    return connectionOf(rows, first, (row) => encodeTimeCursor(row.createdAtKey, row.dbId), (row) => row);
  }
}
