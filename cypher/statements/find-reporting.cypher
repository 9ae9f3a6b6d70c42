UNWIND $ids AS id
MATCH (:Statement {id: id})<-[:REPORTS]-(s:Statement)
RETURN id, s {.id, .quote, .kind, .cue, .hedged, .confidence, .extractor, .start, .end, .articleId, .at, .createdAt, .curatedBy, .curatedAt, .sourceText, .sourceStart, .sourceEnd, .cueStart, .cueEnd} AS statement
ORDER BY s.start
