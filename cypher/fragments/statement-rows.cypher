// The rows of a statements(filter) page, shared by every shape under cypher/statements/list/
// (each includes this file after its ORDER BY … LIMIT; src/db/cypher-registry.ts puts it in).
// Each row's neighbours come in the same round trip when the request selects them ($withSpeaker,
// $withVia, $withArticle, $withOutlet, $withClaims and, with it, the claims' COUNTERS/SUPPORTS
// edges of the sides the request reads: $withCounters, $withCounteredBy, $withSupports,
// $withSupportedBy), for the resolvers to prime their loaders with; a subquery whose flag is
// false matches nothing. Records are lists of the properties the request selects, in the order
// of $statementKeys, $actorKeys, $articleKeys and $claimKeys (see src/repositories/projection.ts);
// an edge is [type, whether it leaves the claim, confidence, by, createdAt, the other claim].
// A statement's claims (one or two) come unordered and are put in id order in Node: sorting them
// here is a sort operator and a second read of c.id on every row.
RETURN [k IN $statementKeys | s[k]] AS statement,
  COLLECT { MATCH (a:Actor)-[:MADE]->(s) WHERE $withSpeaker RETURN [k IN $actorKeys | a[k]] } AS speakers,
  COLLECT { MATCH (s)-[v:VIA]->(a:Actor) WHERE $withVia WITH v, a ORDER BY v.hop RETURN [k IN $actorKeys | a[k]] } AS via,
  COLLECT { MATCH (art:Article)-[:CONTAINS]->(s) WHERE $withArticle
            RETURN [[k IN $articleKeys | art[k]],
                    COLLECT { MATCH (art)-[:PUBLISHED_BY]->(o:Outlet) WHERE $withOutlet RETURN [k IN $actorKeys | o[k]] }] } AS articles,
  COLLECT { MATCH (s)-[:ASSERTS]->(c:Claim) WHERE $withClaims
            RETURN [[k IN $claimKeys | c[k]], COLLECT {
              CALL (c) {
                MATCH (c)-[r:COUNTERS]->(other:Claim) WHERE $withCounters RETURN r, other, true AS out
                UNION ALL
                MATCH (c)<-[r:COUNTERS]-(other:Claim) WHERE $withCounteredBy RETURN r, other, false AS out
                UNION ALL
                MATCH (c)-[r:SUPPORTS]->(other:Claim) WHERE $withSupports RETURN r, other, true AS out
                UNION ALL
                MATCH (c)<-[r:SUPPORTS]-(other:Claim) WHERE $withSupportedBy RETURN r, other, false AS out
              }
              WITH r, other, out ORDER BY r.createdAt, other.id
              RETURN [type(r), out, r.confidence, r.by, r.createdAt, [k IN $claimKeys | other[k]]] }] } AS claims
