// Everything a ClaimReview needs about one claim: its speakers, the articles it appeared in, its rebuttals.
MATCH (c:Claim {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)<-[:ASSERTS]-(:Statement)<-[:MADE]-(a:Actor)
  RETURN collect(DISTINCT a {.name, .aliases, .type}) AS speakers
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:ASSERTS]-(:Statement)<-[:CONTAINS]-(art:Article)
  RETURN collect(DISTINCT art {.id, .url, .title, .publishedAt}) AS articles
}
CALL (c) {
  OPTIONAL MATCH (r:Rebuttal)-[:REVIEWS]->(c)
  WITH r ORDER BY r.createdAt, r.id
  RETURN collect(r {.id, .verdict, .label, .summary, .evidenceUrls, .author, .createdAt}) AS rebuttals
}
RETURN c {.id, .text, .firstSeenAt} AS claim, speakers, articles, rebuttals
