import { prepareClaim, similarityReachingWithShared, type PreparedClaim } from './claim-similarity';

/** A claim as one article gave it. */
export interface ArticleClaim {
  articleId: string;
  text: string;
}

/** Two claims of different articles and how alike the matcher finds them. */
export interface ClaimPair<C extends ArticleClaim = ArticleClaim> {
  a: C;
  b: C;
  score: number;
}

/**
 * Every pair of claims from different articles whose similarity reaches `threshold`, by
 * `similarity` (the measure ingest uses). Only claims that share a content token can score
 * above 0, so candidates come from an index of tokens to claims and are pre-filtered with the
 * word-overlap bound; `similarity` decides the score of each survivor. Highest score first,
 * ties in input order (by the later claim, then the earlier).
 */
export function crossArticlePairs<C extends ArticleClaim>(claims: readonly C[], similarity: (a: string, b: string) => number, threshold: number): Array<ClaimPair<C>> {
  const prepared: PreparedClaim[] = claims.map((c) => prepareClaim(c.text));
  const withToken = new Map<string, number[]>();
  const pairs: Array<ClaimPair<C>> = [];
  prepared.forEach((mine, j) => {
    const shared = new Map<number, number>();
    for (const token of mine.words) for (const i of withToken.get(token) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, count] of [...shared].sort((x, y) => x[0] - y[0])) {
      const a = claims[i] as C;
      const b = claims[j] as C;
      if (a.articleId === b.articleId) continue;
      if (similarityReachingWithShared(prepared[i] as PreparedClaim, mine, count, threshold) === null) continue;
      const score = similarity(a.text, b.text);
      if (score >= threshold) pairs.push({ a, b, score });
    }
    for (const token of mine.words) {
      const list = withToken.get(token);
      if (list === undefined) withToken.set(token, [j]);
      else list.push(j);
    }
  });
  return pairs.sort((x, y) => y.score - x.score);
}
