import { graphql } from '../../../gql';

/** Selects `user.settings` so the cache updates every screen reading the viewer's settings (the plate calculator too). */
export const UpdateSettingsMutation = graphql(`
  mutation UpdateSettings($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      user {
        id
        settings {
          unitSystem
          e1rmFormula
          barWeightKg
          platesKg
          saved
        }
      }
    }
  }
`);
