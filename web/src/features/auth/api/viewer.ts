import { graphql } from '../../../gql';

/** Who is logged in: the header, and where each role lands. */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      role
      username
      fullName
      settings {
        unitSystem
      }
      athlete {
        id
        displayName
      }
      coach {
        __typename
      }
    }
  }
`);

/** Coaches land on their roster; everyone else on Today. */
export function homePathFor(user: { athlete?: { id: string } | null; coach?: unknown }): string {
  return user.coach && !user.athlete ? '/coach' : '/';
}
