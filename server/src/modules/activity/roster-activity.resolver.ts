import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../identity/access.policy.js';
import { rosterActivityFor } from './roster-activity.service.js';
import { type RosterActivityItem, RosterActivityType } from './roster-activity.type.js';

@Resolver(() => RosterActivityType)
export class RosterActivityResolver {
  @Subscription(() => RosterActivityType, {
    description:
      'Live activity of the athletes you may watch — yourself, and as a coach every athlete on your roster: sessions started and completed, sets logged, ' +
      'personal records and readiness check-ins, each once its write has committed. The first event (WATCHING) lists whom you watch, and a new one follows every ' +
      'change to your roster: an athlete removed stops reaching you at once, one who joins starts.',
    subscribe: async ({ context }) => {
      const ctx = context as Context;
      requireViewer(ctx);
      return rosterActivityFor(ctx);
    },
  })
  rosterActivity(@Root() item: RosterActivityItem, @Ctx() _ctx: Context): RosterActivityType {
    return RosterActivityType.from(item);
  }
}
