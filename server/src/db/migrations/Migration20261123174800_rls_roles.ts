import { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security, part 1: what the policies need that MikroORM does not manage. The role
 * `repwise_app` each API request switches to (the connecting role is unaffected: migrations,
 * seeders and start-up run as it), its grants, and the functions the policies read the request's
 * identity through (set by db/tenant.ts with set_config(…, true)). The policies themselves are
 * declared on the entities (db/tenant-policies.ts) and created by the next migration.
 */
export class Migration20261123174800_rls_roles extends Migration {
  override name = 'Migration20261123174800_rls_roles';

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
  }

  override down(): void | Promise<void> {
    this.addSql('drop function if exists app_visible_subjects();');
    this.addSql('drop function if exists app_user_id();');
  }
}
