import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../types/enums';

/** Which new statements a `statementAdded` subscriber hears of; every field given must match. */
@InputType({ description: 'Which new statements to hear of; every field given must match, none given means all.' })
export class StatementAddedFilter {
  @Field(() => ID, { nullable: true, description: 'Made by this actor.' })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Asserting this claim.' })
  claimId?: string | null;

  @Field(() => String, { nullable: true, description: 'Published by, or relayed through, an outlet whose name or alias contains this (case-insensitive).' })
  outlet?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;
}
