import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123135621_initial } from './Migration20261123135621_initial.js';
import { Migration20261123151223_domain } from './Migration20261123151223_domain.js';
import { Migration20261123164152_import_fingerprint } from './Migration20261123164152_import_fingerprint.js';
import { Migration20261123172019_movement_rules } from './Migration20261123172019_movement_rules.js';
import { Migration20261123172306_accounts } from './Migration20261123172306_accounts.js';
import { Migration20261123174800_rls_roles } from './Migration20261123174800_rls_roles.js';
import { Migration20261123174930_rls_policies } from './Migration20261123174930_rls_policies.js';
import { Migration20261123181230_progression_steps } from './Migration20261123181230_progression_steps.js';
import { Migration20261123194547_drop_sets } from './Migration20261123194547_drop_sets.js';
import { Migration20261123194659_routine_copies } from './Migration20261123194659_routine_copies.js';

/**
 * Every migration, in order. Listed explicitly so the same list runs from TypeScript (tests,
 * dev) and from the compiled build; a test checks that no file in this folder is missing here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123135621_initial', class: Migration20261123135621_initial },
  { name: 'Migration20261123151223_domain', class: Migration20261123151223_domain },
  { name: 'Migration20261123164152_import_fingerprint', class: Migration20261123164152_import_fingerprint },
  { name: 'Migration20261123172019_movement_rules', class: Migration20261123172019_movement_rules },
  { name: 'Migration20261123172306_accounts', class: Migration20261123172306_accounts },
  { name: 'Migration20261123174800_rls_roles', class: Migration20261123174800_rls_roles },
  { name: 'Migration20261123174930_rls_policies', class: Migration20261123174930_rls_policies },
  { name: 'Migration20261123181230_progression_steps', class: Migration20261123181230_progression_steps },
  { name: 'Migration20261123194547_drop_sets', class: Migration20261123194547_drop_sets },
  { name: 'Migration20261123194659_routine_copies', class: Migration20261123194659_routine_copies },
];
