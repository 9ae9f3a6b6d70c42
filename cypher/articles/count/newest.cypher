// totalCount of articles(filter) without an outlet: newest first (publication time, else ingestion time),
// the id breaking ties; a Top-k over the articles (a fifth of the statements), never a collect.
MATCH (art:Article)
WITH art, coalesce(art.publishedAt, art.ingestedAt) AS at
WHERE at >= $atFrom AND at < $atTo
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
RETURN count(art) AS totalCount
