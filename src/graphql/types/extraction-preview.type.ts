import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ActorType, ClaimRelationType, StatementKind } from './enums';

@ObjectType({ description: 'A stretch of the previewed text: offsets (end exclusive, JavaScript string indices) and its characters.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field()
  text!: string;
}

@ObjectType({ description: 'An actor as resolved within the previewed article, before any match against the graph.' })
export class PreviewActor {
  @Field(() => ID, { description: 'Local to this preview.' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => ActorType)
  type!: ActorType;

  @Field(() => [String], { description: 'Other spellings the article uses.' })
  aliases!: string[];

  @Field(() => [TextSpan], { description: 'Where the article names it.' })
  mentions!: TextSpan[];

  @Field(() => Float)
  confidence!: number;
}

@ObjectType({ description: 'A claim of the same article that a previewed claim counters or supports.' })
export class PreviewRelatedClaim {
  @Field(() => ID, { description: 'Local to this preview.' })
  key!: string;

  @Field()
  text!: string;

  @Field(() => ClaimRelationType)
  relation!: ClaimRelationType;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'The words that signalled it: "premature horror stories", "denied".' })
  cue!: string | null;
}

@ObjectType({ description: 'A claim the previewed article would assert.' })
export class PreviewClaim {
  @Field(() => ID, { description: 'Local to this preview.' })
  key!: string;

  @Field()
  text!: string;

  @Field(() => [String])
  topics!: string[];

  @Field(() => Float)
  confidence!: number;

  @Field(() => [PreviewRelatedClaim])
  counters!: PreviewRelatedClaim[];

  @Field(() => [PreviewRelatedClaim])
  supports!: PreviewRelatedClaim[];
}

@ObjectType({ description: 'A statement ingesting the text would write, with the spans to highlight it by.' })
export class PreviewStatement {
  @Field(() => ID, { description: 'Local to this preview.' })
  key!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field({ description: 'The exact content span, as Statement.quote would hold it.' })
  quote!: string;

  @Field(() => TextSpan, { description: 'What was said: from the first fragment’s start to the last one’s end.' })
  content!: TextSpan;

  @Field(() => [TextSpan], { description: 'The content’s pieces, when the quote is interrupted ("…," he said, "…").' })
  fragments!: TextSpan[];

  @Field(() => TextSpan, { nullable: true, description: 'Who, as the article words it ("he", "a source").' })
  source!: TextSpan | null;

  @Field(() => TextSpan, { nullable: true, description: 'The attribution cue: "said", "according to".' })
  cue!: TextSpan | null;

  @Field(() => PreviewActor, { nullable: true, description: 'None for an unattributed statement or a source that names no one.' })
  speaker!: PreviewActor | null;

  @Field(() => [PreviewActor], { description: 'Through whom, nearest hop first.' })
  via!: PreviewActor[];

  @Field()
  hedged!: boolean;

  @Field(() => Float)
  confidence!: number;

  @Field()
  extractor!: string;

  @Field(() => PreviewClaim, { nullable: true, description: 'None when the content is no proposition ("the memo").' })
  claim!: PreviewClaim | null;

  @Field(() => ID, { nullable: true, description: 'Nested speech: the key of the statement this one reports.' })
  reportsKey!: string | null;
}

@ObjectType({ description: 'What ingestArticle would write for a text without curated statements; nothing is written.' })
export class ExtractionPreview {
  @Field()
  extractor!: string;

  @Field()
  language!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, from a leading `date` line.' })
  publishedAt!: string | null;

  @Field(() => PreviewActor, { nullable: true, description: 'The publisher: the outlet given, or the one the text names ("UNN reports").' })
  outlet!: PreviewActor | null;

  @Field(() => [PreviewStatement], { description: 'In reading order.' })
  statements!: PreviewStatement[];

  @Field(() => [PreviewActor])
  actors!: PreviewActor[];

  @Field(() => [PreviewClaim])
  claims!: PreviewClaim[];
}
