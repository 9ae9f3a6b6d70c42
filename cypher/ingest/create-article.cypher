CREATE (a:Article)
SET a = $article
