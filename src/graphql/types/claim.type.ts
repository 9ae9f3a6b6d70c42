import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ClaimRelationType } from './enums';
import { DateTime } from './scalars';

@ObjectType({ description: 'A proposition that statements assert, tracked across articles over time.', simpleResolvers: true })
export class Claim {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => DateTime)
  firstSeenAt!: string;
}

@ObjectType({ description: 'How many articles carried a claim on one day.' })
export class DayCount {
  @Field({ description: 'YYYY-MM-DD (UTC).' })
  day!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class Topic {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
