import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { StatementRecord } from '../../model/statement.record';
import { StatementKind } from './enums';
import { DateTime } from './scalars';
import { Span } from './span.type';

// A span is either whole or absent: a statement written before spans were kept has neither end.
function spanOf(start: number | null | undefined, end: number | null | undefined): Span | null {
  return start == null || end == null ? null : { start, end };
}

// simpleResolvers: its plain properties carry no middleware or auth, so graphql-js's default resolver
// reads them; type-graphql's wrapper per field costs a closure and a call chain on every value of
// every page. The same holds for the other types of the read path (Article, Claim, actors,
// connections, Attribution, Span).
@ObjectType({ description: 'One attributed utterance in one article: the occurrence of a claim.', simpleResolvers: true })
export class Statement {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The exact content span of the article.' })
  quote!: string;

  @Field(() => StatementKind)
  kind!: StatementKind;

  @Field(() => String, { nullable: true, description: 'The attribution cue: "said", "according to"…' })
  cue!: string | null;

  @Field({ description: 'Hedged: "reportedly", "allegedly".' })
  hedged!: boolean;

  @Field(() => Float, { description: '1 for curated statements; the extractor’s estimate otherwise.' })
  confidence!: number;

  @Field({ description: 'name@version of the extractor, or curator:<key name>.' })
  extractor!: string;

  @Field(() => Span)
  span(): Span {
    const self = this as unknown as StatementRecord;
    return { start: self.start, end: self.end };
  }

  @Field(() => Span, {
    nullable: true,
    description:
      'Where the article names the source ("Peskov", "the statement", "a source"). Null when it names none, for curated statements, and on graphs stored before spans were kept.',
  })
  sourceSpan(): Span | null {
    const self = this as unknown as StatementRecord;
    return spanOf(self.sourceStart, self.sourceEnd);
  }

  @Field(() => Span, {
    nullable: true,
    description: 'Where the attribution cue stands ("said", "according to"). Null for a cue-less continuation, for curated statements, and on graphs stored before spans were kept.',
  })
  cueSpan(): Span | null {
    const self = this as unknown as StatementRecord;
    return spanOf(self.cueStart, self.cueEnd);
  }

  @Field(() => DateTime, { description: "The article's publication time (or ingestion time)." })
  at!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The source as the article words it ("he", "a source familiar with the talks"); for a source that names no actor it is all there is, and `speaker` is null.',
  })
  sourceText!: string | null;

  @Field(() => String, { nullable: true, description: 'Who last corrected it by hand; corrections win over later automatic runs.' })
  curatedBy!: string | null;

  @Field(() => DateTime, { nullable: true })
  curatedAt!: string | null;
}
