import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { CoachAthlete } from './coach-athlete.entity.js';
import { Subject } from './subject.entity.js';
import { User } from './user.entity.js';

export function createIdentityLoaders(em: EntityManager) {
  return {
    /** Subjects with their user populated (one joined statement per batch). */
    subjectByUserId: oneLoader(
      (userIds: readonly number[]) => em.find(Subject, { user: { $in: [...userIds] } }, { populate: ['user'] }),
      (subject) => subject.user!.id,
    ),
    subjectById: oneLoader(
      (ids: readonly number[]) => em.find(Subject, { id: { $in: [...ids] } }, { populate: ['user'] }),
      (subject) => subject.id,
    ),
    /** A coach's roster as athlete subjects, in the order athletes joined. */
    rosterByCoachId: groupLoader(
      async (coachIds: readonly number[]) => {
        const links = await em.find(CoachAthlete, { coach: { $in: [...coachIds] } }, { orderBy: { coach: 'asc', id: 'asc' } });
        const subjects = await em.find(Subject, { user: { $in: links.map((link) => link.athlete.id) } }, { populate: ['user'] });
        const byUser = new Map(subjects.map((subject) => [subject.user!.id, subject]));
        return links.flatMap((link) => {
          const subject = byUser.get(link.athlete.id);
          return subject ? [{ coachId: link.coach.id, linkId: link.id, subject }] : [];
        });
      },
      (row) => row.coachId,
    ),
    /** Which coaches' rosters each athlete user is on (authorization: may a coach read this athlete?). */
    coachIdsByAthleteUserId: groupLoader(
      (athleteIds: readonly number[]) => em.find(CoachAthlete, { athlete: { $in: [...athleteIds] } }),
      (link) => link.athlete.id,
    ),
    userById: oneLoader(
      (ids: readonly number[]) => em.find(User, { id: { $in: [...ids] } }),
      (user) => user.id,
    ),
  };
}
