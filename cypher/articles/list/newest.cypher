// articles(filter) without an outlet: newest first (publication time, else ingestion time),
// the id breaking ties; a Top-k over the articles (a fifth of the statements), never a collect.
// The cursor is the last row's (at, id); text filters arrive lower-cased, null means "any".
MATCH (art:Article)
WITH art, coalesce(art.publishedAt, art.ingestedAt) AS at
WHERE at >= $atFrom AND at < $atTo
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
  AND ($afterAt IS NULL OR at < $afterAt OR (at = $afterAt AND art.id > $afterId))
RETURN art {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article, at
ORDER BY at DESC, art.id
LIMIT $limit
