// Newest first; the id breaks ties so that pages are stable.
MATCH (art:Article)
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Outlet)
WITH art, o
WHERE ($outlet IS NULL OR toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet))
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
  AND ($from IS NULL OR coalesce(art.publishedAt, art.ingestedAt) >= $from)
  AND ($to IS NULL OR coalesce(art.publishedAt, art.ingestedAt) < $to)
WITH art ORDER BY coalesce(art.publishedAt, art.ingestedAt) DESC, art.id
WITH collect(art.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..$offset + $limit] AS ids
