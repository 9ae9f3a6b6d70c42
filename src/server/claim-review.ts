import { Router } from 'express';
import type { Config } from '../config/config';
import { claimPagePath, claimReviewPath, publicLink } from '../config/public-links';
import type { Graph } from '../db/graph';
import { HTTP_STATUS, ErrorCode } from '../errors/error-code';
import { claimReviewRepository, type ClaimReviewSource } from '../repositories/claim-review.repository';

/** schema.org's rating scale for our verdicts: 1 (false) to 5 (true), as fact-checkers publish it. */
const RATING: Record<string, number> = { FALSE: 1, MISLEADING: 2, MIXED: 3, UNPROVEN: 3, TRUE: 5 };
const LABEL: Record<string, string> = { FALSE: 'False', MISLEADING: 'Misleading', MIXED: 'Mixture', UNPROVEN: 'Unproven', TRUE: 'True' };

export type ClaimReviewSettings = Pick<Config, 'publicUrl' | 'publisher'>;

/**
 * `GET /claims/:id/claimreview.jsonld`: one schema.org ClaimReview per rebuttal of the claim,
 * so fact-checkers can publish what they entered here (Google's fact-check markup). With
 * PUBLIC_URL and PUBLISHER_NAME/URL set, `url` and `author` are what a search engine accepts.
 */
export function claimReviewRoutes(graph: Graph, settings: ClaimReviewSettings): Router {
  const router = Router();
  router.get('/claims/:id/claimreview.jsonld', async (req, res) => {
    const found = await claimReviewRepository.find(graph, req.params.id);
    if (!found) {
      res.status(HTTP_STATUS[ErrorCode.NOT_FOUND]).json({ error: { code: ErrorCode.NOT_FOUND, message: `Claim ${JSON.stringify(req.params.id)} does not exist` } });
      return;
    }
    // Without PUBLIC_URL the request's own address: right on one host, wrong behind a proxy.
    const base = settings.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.type('application/ld+json').send(JSON.stringify(claimReviews(found, { ...settings, publicUrl: base }), null, 2));
  });
  return router;
}

/** The JSON-LD documents for a claim's rebuttals; `publicUrl` is the base of every link. */
export function claimReviews(found: ClaimReviewSource, settings: ClaimReviewSettings & { publicUrl: string }): object[] {
  const { claim, speakers, articles, rebuttals } = found;
  const appearance = articles.map((article) => ({
    '@type': 'CreativeWork',
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { headline: article.title } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
  }));
  // The claim's author is whoever put it forward most prominently (the repository orders them).
  const [author] = speakers;
  const itemReviewed = {
    '@type': 'Claim',
    text: claim.text,
    datePublished: claim.firstSeenAt,
    ...(author
      ? {
          author: {
            '@type': author.type === 'PERSON' ? 'Person' : 'Organization',
            name: author.name,
            ...(author.aliases.length ? { alternateName: author.aliases } : {}),
          },
        }
      : {}),
    ...(appearance.length ? { appearance, firstAppearance: appearance[0] } : {}),
  };
  const { publicUrl, publisher } = settings;
  return rebuttals.map((rebuttal) => ({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': `${publicLink(publicUrl, claimReviewPath(claim.id))}#${encodeURIComponent(rebuttal.id)}`,
    url: publicLink(publicUrl, claimPagePath(claim.id)),
    claimReviewed: claim.text,
    datePublished: rebuttal.createdAt,
    author: publisher.name
      ? { '@type': 'Organization', name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) }
      : { '@type': 'Organization', name: rebuttal.author },
    reviewBody: rebuttal.summary,
    ...(rebuttal.evidenceUrls.length ? { citation: rebuttal.evidenceUrls } : {}),
    itemReviewed,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[rebuttal.verdict] ?? 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: rebuttal.label ?? LABEL[rebuttal.verdict] ?? rebuttal.verdict,
    },
  }));
}
