import type { Context } from '../../graphql/context.js';
import type { Node } from '../../graphql/node.type.js';
import { canReadSubject } from '../identity/access.policy.js';
import { BodyMetricType } from '../identity/profile.type.js';

/** The global-id types healthNode resolves. */
export const HEALTH_NODE_TYPES = ['BodyMetric', 'Benchmark', 'RecoverySignal', 'SorenessLog', 'ImportLog'] as const;

async function find(ctx: Context, type: string, id: number): Promise<(Node & { subjectId: number }) | null> {
  switch (type) {
    case 'BodyMetric': {
      const row = await ctx.loaders.bodyMetricById.load(id);
      return row ? BodyMetricType.fromRow(row) : null;
    }
    case 'Benchmark':
      return ctx.loaders.benchmarkById.load(id);
    case 'RecoverySignal':
      return ctx.loaders.recoverySignalById.load(id);
    case 'SorenessLog':
      return ctx.loaders.sorenessLogById.load(id);
    case 'ImportLog':
      return ctx.loaders.importLogById.load(id);
    default:
      return null;
  }
}

/** `Query.node` for the health types (and BodyMetric): the object when the viewer may read its athlete, else null. */
export async function healthNode(ctx: Context, type: string, id: number): Promise<Node | null> {
  const found = await find(ctx, type, id);
  return found && (await canReadSubject(ctx, found.subjectId)) ? found : null;
}
