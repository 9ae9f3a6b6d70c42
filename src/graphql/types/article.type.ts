import { Field, ID, ObjectType } from 'type-graphql';
import { DateTime } from './scalars';

@ObjectType({ description: 'One ingested news text.', simpleResolvers: true })
export class Article {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The byline as published.' })
  author!: string | null;

  @Field(() => DateTime, { nullable: true })
  publishedAt!: string | null;

  @Field()
  language!: string;

  @Field({ description: 'SHA-256 of the text; the same text is stored once.' })
  contentHash!: string;

  @Field()
  text!: string;

  @Field(() => DateTime)
  ingestedAt!: string;
}
