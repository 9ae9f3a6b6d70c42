// What a reader sees of the articles: how many have a title and a date, their span, their outlets.
MATCH (art:Article)
OPTIONAL MATCH (art)-[:PUBLISHED_BY]->(o:Outlet)
WITH art, o
RETURN count(art) AS articles,
       count(art.title) AS titled,
       count(art.publishedAt) AS dated,
       toString(min(art.publishedAt)) AS firstDate,
       toString(max(art.publishedAt)) AS lastDate,
       [name IN collect(DISTINCT o.name) WHERE name IS NOT NULL] AS outlets
