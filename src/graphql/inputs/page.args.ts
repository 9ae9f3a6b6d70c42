import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'At most 100; 20 by default.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page.' })
  after?: string | null;
}
