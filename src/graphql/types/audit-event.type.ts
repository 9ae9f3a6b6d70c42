import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './enums';
import { DateTime } from './scalars';

@ObjectType({ description: 'One write: who (API key), what, on which node, when.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The mutation: ingestArticle, addRebuttal, linkClaims, mergeActors, …' })
  action!: string;

  @Field(() => DateTime)
  at!: string;

  @Field(() => String, { nullable: true })
  keyId!: string | null;

  @Field(() => String, { nullable: true })
  keyName!: string | null;

  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field({ description: 'JSON with the details of the change.' })
  details!: string;
}
