import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
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
        const rows = await rawQuery<{ link_id: number; coach_id: number; subject_id: number; full_name: string | null; username: string }>(
          em,
          `select ca.id as link_id, ca.coach_id, s.id as subject_id, u.full_name, u.username
             from coach_athletes ca join users u on u.id = ca.athlete_id join subjects s on s.user_id = u.id
            where ca.coach_id in (?) order by ca.coach_id, ca.id`,
          [[...coachIds]],
        );
        return rows.map((row) => ({
          coachId: row.coach_id,
          linkId: row.link_id,
          subject: { id: row.subject_id, user: { fullName: row.full_name, username: row.username } },
        }));
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
