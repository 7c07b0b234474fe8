import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ApiKeyScope } from './identity.enums.js';

@InputType({ description: 'A new partner API key. Resending the same clientId before the key is first used returns it again with a fresh secret.' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'A UUID the client generates per key, so a retry never makes a second one.' })
  @IsUUID('all', { message: 'clientId must be a UUID' })
  clientId!: string;

  @Field({ description: 'What the key is for, 1–100 characters; unique among your keys that are not revoked (case does not matter).' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters long' })
  name!: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do: READ, WRITE_LOGS and/or WRITE_PLANS (1–3, each once).' })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayMaxSize(3, { message: 'scopes must name at most three scopes' })
  @ArrayUnique({ message: 'scopes must not name a scope twice' })
  scopes!: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working: in the future, at most 2 years ahead; null (the default) for never.' })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The ApiKey to revoke.' })
  id!: string;
}
