// After a correction: every MADE of the statement holds its speaker's id and the statement's sort
// key, which a new speaker or a new start changes (what a speaker's page seeks; migration 0011).
MATCH (speaker:Actor)-[m:MADE]->(:Statement {id: $id})
SET m.speakerId = speaker.id, m.sortKey = $sortKey
