import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Character offsets into the article text, end exclusive.', simpleResolvers: true })
export class Span {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}
