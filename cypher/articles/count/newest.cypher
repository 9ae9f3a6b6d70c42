// totalCount of articles(filter) without an outlet: the window's articles from the range index
// on Article.at (bounds that admit everything when the client gave none), then the text filters.
MATCH (art:Article)
WHERE art.at >= $atFrom AND art.at < $atTo
  AND ($search IS NULL OR toLower(coalesce(art.title, '')) CONTAINS $search OR toLower(coalesce(art.url, '')) CONTAINS $search)
  AND ($language IS NULL OR art.language = $language)
RETURN count(art) AS totalCount
