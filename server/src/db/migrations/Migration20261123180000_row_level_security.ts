import { Migration } from '@mikro-orm/migrations';

/** Every table keyed by the athlete (subject) that owns its rows, when this migration was written. */
const SUBJECT_TABLES = [
  'benchmarks',
  'cycles',
  'exercise_set_logs',
  'import_logs',
  'personal_records',
  'recovery_signals',
  'routines',
  'soreness_logs',
  'subject_body_metrics',
  'subject_equipment',
  'subject_movement_rules',
  'subject_profiles',
  'workout_sessions',
];

/**
 * Row-level security: the second wall behind the services' policies. Each API request runs in one
 * transaction that switches to the role `repwise_app` and names the subjects it may touch
 * (`app.subject_ids`: the viewer's own and their roster's) with set_config(…, true); policies on every
 * athlete-owned table then hide and refuse everyone else's rows, so a query that forgets a check
 * still returns nothing foreign. The connecting role (migrations, seeders, start-up) is unaffected.
 */
export class Migration20261123180000_row_level_security extends Migration {
  override name = 'Migration20261123180000_row_level_security';

  override up(): void | Promise<void> {
    // Roles are cluster-wide: create it once, tolerating a concurrent migration of another database.
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'repwise_app') then
        begin create role repwise_app nologin; exception when duplicate_object or unique_violation then null; end;
      end if;
      if not pg_has_role(current_user, 'repwise_app', 'member') then execute format('grant repwise_app to %I', current_user); end if;
    end $$;`);
    this.addSql(`do $$ begin
      execute format('grant usage on schema %I to repwise_app', current_schema());
      execute format('grant select, insert, update, delete on all tables in schema %I to repwise_app', current_schema());
      execute format('grant usage, select on all sequences in schema %I to repwise_app', current_schema());
      execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to repwise_app', current_schema());
      execute format('alter default privileges in schema %I grant usage, select on sequences to repwise_app', current_schema());
    end $$;`);
    this.addSql(`create or replace function app_visible_subjects() returns int[] language sql stable as $$
      select coalesce(string_to_array(nullif(current_setting('app.subject_ids', true), ''), ',')::int[], '{}'::int[])
    $$;`);
    this.addSql(`create or replace function app_user_id() returns int language sql stable as $$
      select nullif(current_setting('app.user_id', true), '')::int
    $$;`);
    // (select …) makes the list an InitPlan: computed once per statement, not once per row.
    const visible = 'subject_id = any ((select app_visible_subjects())::int[])';
    for (const table of SUBJECT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy tenant_wall on "${table}" using (${visible}) with check (${visible});`);
    }
    // Subjects: readable and writable when visible; a new account's subject may be inserted (and
    // read back) by the user it belongs to.
    this.addSql(`alter table "subjects" enable row level security;`);
    this.addSql(`create policy tenant_wall on "subjects" using (id = any ((select app_visible_subjects())::int[]) or user_id = (select app_user_id()))
      with check (id = any ((select app_visible_subjects())::int[]) or user_id = (select app_user_id()));`);
    // A routine's tree is owned through its routine: a row is visible when its parent is (the
    // parent's own policy applies inside the subquery).
    const children: [string, string, string][] = [
      ['routine_days', 'routine_id', 'routines'],
      ['routine_day_exercises', 'routine_day_id', 'routine_days'],
      ['routine_exercise_sets', 'routine_day_exercise_id', 'routine_day_exercises'],
      ['progression_rules', 'routine_day_exercise_id', 'routine_day_exercises'],
    ];
    for (const [table, column, parent] of children) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy tenant_wall on "${table}" using (${column} in (select id from "${parent}")) with check (${column} in (select id from "${parent}"));`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of [...SUBJECT_TABLES, 'subjects', 'routine_days', 'routine_day_exercises', 'routine_exercise_sets', 'progression_rules']) {
      this.addSql(`drop policy if exists tenant_wall on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql('drop function if exists app_visible_subjects();');
    this.addSql('drop function if exists app_user_id();');
  }
}
