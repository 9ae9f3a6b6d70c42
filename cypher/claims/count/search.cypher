// claims(search) { totalCount }: the full-text hits, counted without reading a claim.
CALL db.index.fulltext.queryNodes('claim_text', $search) YIELD node
RETURN count(node) AS totalCount
