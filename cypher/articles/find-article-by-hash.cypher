MATCH (a:Article {contentHash: $contentHash})
RETURN a.id AS id
