UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .url, .title, .author, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article
