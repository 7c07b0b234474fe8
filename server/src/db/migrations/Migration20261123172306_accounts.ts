import { Migration } from '@mikro-orm/migrations';

export class Migration20261123172306_accounts extends Migration {

  override name = 'Migration20261123172306_accounts';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_failures" ("id" bigserial primary key, "email_hash" varchar(64) not null, "ip_address" inet null, "attempted_at" timestamptz not null default now());`);
    this.addSql(`create index "ix_login_failures_attempted_at" on "login_failures" ("attempted_at");`);
    this.addSql(`create index "ix_login_failures_ip" on "login_failures" ("ip_address", "attempted_at");`);
    this.addSql(`create index "ix_login_failures_email" on "login_failures" ("email_hash", "attempted_at");`);

    this.addSql(`create table "coach_invites" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "coach_id" int not null, "code_hash" varchar(64) not null, "client_id" uuid not null, "label" varchar(100) null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "accepted_by_id" int null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "coach_invites" add constraint "uq_coach_invites_code_hash" unique ("code_hash");`);
    this.addSql(`create index "ix_coach_invites_accepted_by" on "coach_invites" ("accepted_by_id");`);
    this.addSql(`alter table "coach_invites" add constraint "uq_coach_invites_coach_client" unique ("coach_id", "client_id");`);

    this.addSql(`create table "api_keys" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "user_id" int not null, "name" varchar(100) not null, "prefix" varchar(10) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "client_id" uuid not null, "expires_at" timestamptz null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_keys" add constraint "uq_api_keys_secret_hash" unique ("secret_hash");`);
    this.addSql(`create unique index "uq_api_keys_user_live_name" on "api_keys" ("user_id", lower("name")) where "revoked_at" is null;`);
    this.addSql(`alter table "api_keys" add constraint "uq_api_keys_user_client" unique ("user_id", "client_id");`);

    this.addSql(`alter table "auth_sessions" add "last_used_at" timestamptz null, add "user_agent" text null, add "ip_address" inet null;`);

    this.addSql(`alter table "coach_invites" add constraint "coach_invites_coach_id_foreign" foreign key ("coach_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "coach_invites" add constraint "coach_invites_accepted_by_id_foreign" foreign key ("accepted_by_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "coach_invites" add constraint "ck_coach_invites_label_not_empty" check (label is null or length(btrim(label)) > 0);`);
    this.addSql(`alter table "coach_invites" add constraint "ck_coach_invites_one_outcome" check (accepted_at is null or revoked_at is null);`);
    this.addSql(`alter table "coach_invites" add constraint "ck_coach_invites_expiry" check (expires_at > created_at);`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "api_keys" add constraint "ck_api_keys_prefix_format" check (prefix ~ '^rwk_[A-Za-z0-9_-]{6}$');`);
    this.addSql(`alter table "api_keys" add constraint "ck_api_keys_scopes_not_empty" check (cardinality(scopes) > 0);`);
    this.addSql(`alter table "api_keys" add constraint "ck_api_keys_name_not_empty" check (length(btrim(name)) > 0);`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_scopes_check" check ("scopes" <@ array['READ'::text, 'WRITE_LOGS'::text, 'WRITE_PLANS'::text]);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_failures" cascade;`);
    this.addSql(`drop table if exists "coach_invites" cascade;`);
    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`alter table "auth_sessions" drop column "last_used_at", drop column "user_agent", drop column "ip_address";`);
  }

}
