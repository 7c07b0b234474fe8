import { graphql } from '../../../gql';

/** The viewer's training settings (defaults until they save their own). */
export const TrainingSettingsQuery = graphql(`
  query TrainingSettings {
    viewer {
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
`);
