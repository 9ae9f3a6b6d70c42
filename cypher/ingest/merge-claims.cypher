// A claim seen again keeps its earliest sighting.
UNWIND $claims AS x
MERGE (c:Claim {id: x.id})
ON CREATE SET c += x.props
ON MATCH SET c.firstSeenAt = CASE WHEN x.props.firstSeenAt < c.firstSeenAt THEN x.props.firstSeenAt ELSE c.firstSeenAt END
