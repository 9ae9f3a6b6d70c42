import { Field, Float, ObjectType } from 'type-graphql';
import { Claim } from './claim.type';
import { ClaimRelationType } from './enums';
import { DateTime } from './scalars';
import type { ClaimRecord } from '../../model/claim.record';

@ObjectType('ClaimRelation', { description: 'A COUNTERS or SUPPORTS edge between two claims, with its provenance.' })
export class ClaimRelationEdge {
  @Field(() => Claim)
  from!: ClaimRecord;

  @Field(() => Claim)
  to!: ClaimRecord;

  @Field(() => ClaimRelationType)
  relation!: ClaimRelationType;

  @Field(() => Float, { description: '1 for curators; the extractor’s estimate otherwise.' })
  confidence!: number;

  @Field({ description: 'The extractor, or curator:<key name>.' })
  by!: string;

  @Field(() => DateTime)
  createdAt!: string;
}
