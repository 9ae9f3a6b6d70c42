// articles(filter) without an outlet: newest first by `at` (publication time, else ingestion
// time, written on ingest), the id breaking ties. The range index on Article.at, read newest
// first, serves the order, so LIMIT stops after a page; $atFrom/$atTo/$atMax are the filter's
// window and the cursor's time, with bounds that admit everything when the client gave none.
// The cursor is the last row's (at, id); text filters arrive lower-cased, null means "any".
MATCH (art:Article)
WHERE art.at >= $atFrom AND art.at < $atTo AND art.at <= $atMax
WITH art
WHERE ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
  AND ($afterAt IS NULL OR art.at < $afterAt OR (art.at = $afterAt AND art.id > $afterId))
WITH art ORDER BY art.at DESC, art.id
LIMIT $limit
RETURN art {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article, art.at AS at
