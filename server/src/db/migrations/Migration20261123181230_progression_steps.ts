import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181230_progression_steps extends Migration {

  override name = 'Migration20261123181230_progression_steps';

  override up(): void | Promise<void> {
    this.addSql(`create table "progression_steps" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_id" int not null, "routine_day_exercise_id" int not null, "session_id" int not null, "state_before" jsonb not null, "state" jsonb not null, "rule" jsonb not null, "started_with" jsonb not null);`);
    this.addSql(`create index "ix_progression_steps_subject" on "progression_steps" ("subject_id");`);
    this.addSql(`create index "ix_progression_steps_slot" on "progression_steps" ("routine_day_exercise_id", "id");`);
    this.addSql(`alter table "progression_steps" add constraint "uq_progression_steps_session_slot" unique ("session_id", "routine_day_exercise_id");`);

    this.addSql(`alter table "progression_steps" add constraint "progression_steps_subject_id_foreign" foreign key ("subject_id") references "subjects" ("id") on delete cascade;`);
    this.addSql(`alter table "progression_steps" add constraint "progression_steps_routine_day_exercise_id_foreign" foreign key ("routine_day_exercise_id") references "routine_day_exercises" ("id") on delete cascade;`);
    this.addSql(`alter table "progression_steps" add constraint "progression_steps_session_id_foreign" foreign key ("session_id") references "workout_sessions" ("id") on delete cascade;`);
    this.addSql(`alter table "progression_steps" enable row level security;`);
    this.addSql(`create policy "tenant_wall" on "progression_steps" using (subject_id = any ((select app_visible_subjects())::int[])) with check (subject_id = any ((select app_visible_subjects())::int[]));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "progression_steps" cascade;`);
  }

}
