UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a {.id, .url, .title, .publishedAt, .language, .contentHash, .text, .ingestedAt, .extractor} AS article
