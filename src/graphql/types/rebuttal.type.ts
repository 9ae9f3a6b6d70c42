import { Field, ID, ObjectType } from 'type-graphql';
import { Verdict } from './enums';
import { DateTime } from './scalars';

@ObjectType({ description: "A fact-checker's verdict on a claim." })
export class Rebuttal {
  @Field(() => ID)
  id!: string;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: "The reviewer's own wording of the verdict." })
  label!: string | null;

  @Field()
  summary!: string;

  @Field(() => [String])
  evidenceUrls!: string[];

  @Field({ description: 'The API key name of the fact-checker.' })
  author!: string;

  @Field(() => DateTime)
  createdAt!: string;
}
