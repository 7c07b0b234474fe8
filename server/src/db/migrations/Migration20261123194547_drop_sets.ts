import { Migration } from '@mikro-orm/migrations';

export class Migration20261123194547_drop_sets extends Migration {

  override name = 'Migration20261123194547_drop_sets';

  override up(): void | Promise<void> {
    this.addSql(`alter table "exercise_set_logs" add "is_drop_set" boolean not null default false;`);
    this.addSql(`alter table "exercise_set_logs" add constraint "ck_esl_drop_not_warmup" check (not (is_warmup and is_drop_set));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "exercise_set_logs" drop constraint "ck_esl_drop_not_warmup";`);
    this.addSql(`alter table "exercise_set_logs" drop column "is_drop_set";`);
  }

}
