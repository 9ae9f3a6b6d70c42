// A claim text to search for: the claim most statements assert, first by id.
MATCH (c:Claim)
WITH c, COUNT { (c)<-[:ASSERTS]-() } AS uses
RETURN c.text AS text
ORDER BY uses DESC, c.id
LIMIT 1
