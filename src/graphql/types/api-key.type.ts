import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './enums';
import { DateTime } from './scalars';

@ObjectType({ description: 'An API key, without its secret.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'The first characters of the key, to recognise it.' })
  prefix!: string;

  @Field(() => DateTime)
  createdAt!: string;

  @Field(() => String, { nullable: true })
  createdBy!: string | null;

  @Field(() => DateTime, { nullable: true })
  revokedAt!: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field({ description: 'The secret: shown this once, stored only as a hash.' })
  key!: string;

  @Field(() => ApiKey)
  apiKey!: ApiKey;
}
