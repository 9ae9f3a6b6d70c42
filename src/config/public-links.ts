/**
 * The addresses this service publishes, one definition for the route that serves them and the
 * API field that links them. Absolute under PUBLIC_URL; otherwise paths on the server itself.
 */

/** The schema.org ClaimReview JSON-LD of a claim (src/server/claim-review.ts serves it). */
export function claimReviewPath(claimId: string): string {
  return `/claims/${encodeURIComponent(claimId)}/claimreview.jsonld`;
}

/** The claim's page in the web app, where its rebuttals are read. */
export function claimPagePath(claimId: string): string {
  return `/claims/${encodeURIComponent(claimId)}`;
}

/** `path` under the public base, or as it is when there is none. */
export function publicLink(publicUrl: string | null, path: string): string {
  return publicUrl ? `${publicUrl}${path}` : path;
}
