// The benchmark's subjects: the most-quoted speaker (hot) and one quoted only a few times (cold),
// ties broken by id so that a given seed always picks the same pair. Degree counts, no expansion.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:MADE]->() } AS made
WHERE made > 0
WITH a, made ORDER BY made DESC, a.id
WITH collect({id: a.id, statements: made}) AS ranked
RETURN ranked[0] AS hot,
       head([r IN reverse(ranked) WHERE r.statements >= 3] + [last(ranked)]) AS cold
