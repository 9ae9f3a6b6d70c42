import { Router } from 'express';
import type { Graph } from '../db/graph';
import { HTTP_STATUS, ErrorCode } from '../errors/error-code';
import { claimReviewRepository } from '../repositories/claim-review.repository';

/** schema.org's rating scale for our verdicts: 1 (false) to 5 (true), as fact-checkers publish it. */
const RATING: Record<string, number> = { FALSE: 1, MISLEADING: 2, MIXED: 3, UNPROVEN: 3, TRUE: 5 };
const LABEL: Record<string, string> = { FALSE: 'False', MISLEADING: 'Misleading', MIXED: 'Mixture', UNPROVEN: 'Unproven', TRUE: 'True' };

/**
 * `GET /claims/:id/claimreview.jsonld`: one schema.org ClaimReview per rebuttal of the claim,
 * so fact-checkers can publish what they entered here (Google's fact-check markup).
 */
export function claimReviewRoutes(graph: Graph): Router {
  const router = Router();
  router.get('/claims/:id/claimreview.jsonld', async (req, res) => {
    const found = await claimReviewRepository.find(graph, req.params.id);
    if (!found) {
      res.status(HTTP_STATUS[ErrorCode.NOT_FOUND]).json({ error: { code: ErrorCode.NOT_FOUND, message: `Claim ${JSON.stringify(req.params.id)} does not exist` } });
      return;
    }
    const { claim, speakers, articles, rebuttals } = found;
    const publicUrl = `${req.protocol}://${req.get('host')}`;
    const itemReviewed = {
      '@type': 'Claim',
      text: claim.text,
      datePublished: claim.firstSeenAt,
      author: speakers.map((speaker) => ({
        '@type': speaker.type === 'PERSON' ? 'Person' : 'Organization',
        name: speaker.name,
        ...(speaker.aliases.length ? { alternateName: speaker.aliases } : {}),
      })),
      appearance: articles.map((article) => ({
        '@type': 'CreativeWork',
        ...(article.url ? { url: article.url } : {}),
        ...(article.title ? { headline: article.title } : {}),
        ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
      })),
    };
    const reviews = rebuttals.map((rebuttal) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${publicUrl}/claims/${encodeURIComponent(claim.id)}/claimreview.jsonld#${encodeURIComponent(rebuttal.id)}`,
      claimReviewed: claim.text,
      datePublished: rebuttal.createdAt,
      author: { '@type': 'Organization', name: rebuttal.author },
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
    res.type('application/ld+json').send(JSON.stringify(reviews, null, 2));
  });
  return router;
}
