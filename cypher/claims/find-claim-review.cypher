// Everything a ClaimReview needs about one claim: who put it forward, the articles it appeared in, its rebuttals.
// Speakers: those whose statements assert it, the most statements first, then the earliest. A claim
// no statement asserts is one the article reports only through what others say of it (the reference
// article's "Belarus poses a great threat": countered by Kovalenko and Yusov, supported by Russia's
// "Belarus is about to attack"); it is put forward by the speakers of the claims that SUPPORT it.
MATCH (c:Claim {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)<-[:ASSERTS]-(s:Statement)<-[:MADE]-(a:Actor)
  WITH a, count(s) AS made, min(s.at) AS first
  WHERE a IS NOT NULL
  WITH a, made, first ORDER BY made DESC, first, a.name
  RETURN collect(a {.name, .aliases, .type}) AS asserting
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:SUPPORTS]-(:Claim)<-[:ASSERTS]-(s:Statement)<-[:MADE]-(a:Actor)
  WITH a, count(s) AS made, min(s.at) AS first
  WHERE a IS NOT NULL
  WITH a, made, first ORDER BY made DESC, first, a.name
  RETURN collect(a {.name, .aliases, .type}) AS supporting
}
// Appearances: the articles asserting it, and those in which a COUNTERS or SUPPORTS link to it was
// read (the link keeps its article); a curator's link names no article. Oldest first.
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:ASSERTS]-(:Statement)<-[:CONTAINS]-(art:Article)
    RETURN art
    UNION
    MATCH (c)-[r:COUNTERS|SUPPORTS]-(:Claim)
    WHERE r.articleId IS NOT NULL
    MATCH (art:Article {id: r.articleId})
    RETURN art
  }
  WITH art ORDER BY coalesce(art.publishedAt, art.ingestedAt), art.id
  RETURN collect(art {.id, .url, .title, .publishedAt,
    outlet: head(COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) RETURN o.name ORDER BY o.name })}) AS articles
}
CALL (c) {
  OPTIONAL MATCH (r:Rebuttal)-[:REVIEWS]->(c)
  WITH r ORDER BY r.createdAt, r.id
  RETURN collect(r {.id, .verdict, .label, .summary, .evidenceUrls, .author, .createdAt}) AS rebuttals
}
RETURN c {.id, .text, .firstSeenAt} AS claim,
  CASE WHEN size(asserting) > 0 THEN asserting ELSE supporting END AS speakers,
  articles, rebuttals
