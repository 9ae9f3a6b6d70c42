// A claim seen again (a row joining a claim written before; new ones go through create-claims,
// which runs first) keeps its earliest sighting.
UNWIND $claims AS x
MERGE (c:Claim {id: x.id})
ON CREATE SET c += x.props
ON MATCH SET c.firstSeenAt = CASE WHEN x.props.firstSeenAt < c.firstSeenAt THEN x.props.firstSeenAt ELSE c.firstSeenAt END
