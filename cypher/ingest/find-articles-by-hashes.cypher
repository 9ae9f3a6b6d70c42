// Which of a batch's texts are stored already (an ingest of the same text is UNCHANGED).
UNWIND $contentHashes AS contentHash
MATCH (a:Article {contentHash: contentHash})
RETURN contentHash, a.id AS id
