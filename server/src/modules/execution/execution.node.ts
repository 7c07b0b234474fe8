import type { Context } from '../../graphql/context.js';
import type { Node } from '../../graphql/node.type.js';
import { canReadSubject } from '../identity/access.policy.js';
import { PersonalBestType } from './personal-best.type.js';
import { ExerciseSetLogType } from './session.type.js';

/** `node(id)` for execution's own Node types (WorkoutSession is resolved beside the other modules' types). Null when unreadable. */
export async function resolveExecutionNode(ctx: Context, parsed: { type: string; id: number }): Promise<Node | null> {
  switch (parsed.type) {
    case 'ExerciseSetLog': {
      const log = await ctx.loaders.setLogById.load(parsed.id);
      return log && (await canReadSubject(ctx, log.subjectId)) ? ExerciseSetLogType.from(log) : null;
    }
    case 'PersonalBest': {
      const row = await ctx.loaders.personalBestById.load(parsed.id);
      return row && (await canReadSubject(ctx, row.subject_id)) ? PersonalBestType.fromRow(row) : null;
    }
    default:
      return null;
  }
}
