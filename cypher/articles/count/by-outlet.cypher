// totalCount of articles(filter: {outlet}): the outlets whose name or alias contains it (a few hundred at
// most) are the anchor, then the articles they published.
MATCH (o:Outlet)
WHERE toLower(o.name) CONTAINS $outlet OR any(x IN o.aliases WHERE toLower(x) CONTAINS $outlet)
MATCH (o)<-[:PUBLISHED_BY]-(art:Article)
WITH DISTINCT art
WITH art, art.at AS at
WHERE at >= $atFrom AND at < $atTo
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
RETURN count(art) AS totalCount
