import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../types/enums';
import { ExtractionPreview } from '../types/extraction-preview.type';
import type { ExtractionPreviewRecord } from '../../model/extraction-preview.record';

/** The paste-an-article page's first step: what saving would store, before it is stored. */
@Resolver()
export class ExtractionPreviewResolver {
  // EDITOR, as ingestArticle: it writes nothing, but one call is up to MAX_ARTICLE_BYTES of
  // extraction on the API's own thread, which must not be open to anonymous readers; and only
  // someone who may save the article has a use for seeing it before saving.
  @Authorized(Role.EDITOR)
  @Query(() => ExtractionPreview, {
    description:
      'Runs the automatic extraction ingestArticle would run on `text` and answers what it would store (statements with their spans, speakers, chains, claims and counterclaims); writes nothing. Needs EDITOR.',
  })
  previewExtraction(
    @Arg('text') text: string,
    @Arg('outlet', () => String, { nullable: true, description: 'The publisher, as ingestArticle’s `outlet`.' }) outlet: string | null,
    @Ctx() ctx: RequestContext,
  ): ExtractionPreviewRecord {
    return ctx.services.preview.preview({ text, outlet });
  }
}
