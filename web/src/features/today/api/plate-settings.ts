import { graphql } from '../../../gql';

/** The viewer's bar and plates, for the plate calculator. */
export const PlateSettingsQuery = graphql(`
  query PlateSettings {
    viewer {
      id
      settings {
        barWeightKg
        platesKg
      }
    }
  }
`);
