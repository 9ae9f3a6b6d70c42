// articles(filter: {outlet}): the outlets whose name or alias contains it (a few hundred at
// most) are the anchor, then the articles they published.
// The cursor is the last row's (at, id); text filters arrive lower-cased, null means "any".
MATCH (o:Outlet)
WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet)
MATCH (o)<-[:PUBLISHED_BY]-(art:Article)
WITH DISTINCT art
WITH art, art.at AS at
WHERE at >= $atFrom AND at < $atTo
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
  AND ($afterAt IS NULL OR at < $afterAt OR (at = $afterAt AND art.id > $afterId))
RETURN art {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article, at
ORDER BY at DESC, art.id
LIMIT $limit
