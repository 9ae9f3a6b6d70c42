// Every claim's text and in how many articles it appears.
MATCH (c:Claim)
RETURN c.text AS text, COUNT { (c)<-[:ASSERTS]-(:Statement)<-[:CONTAINS]-(:Article) } AS appearances
