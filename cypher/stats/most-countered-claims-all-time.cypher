// most-countered claims without a window: each claim's count of claims countering it, kept on
// write (Claim.countered, migration 0016), read from its index from the top; ties by first seen.
MATCH (c:Claim)
WHERE c.countered > 0
WITH c
ORDER BY c.countered DESC, c.firstSeenAt, c.id
LIMIT $top
RETURN c {.id, .text, .firstSeenAt} AS claim, c.countered AS count
