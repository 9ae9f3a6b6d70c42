// Actors of one type by name from an index (issue 11, lists at scale): `actors(type: PERSON)`
// sorted the type's actors, nearly all of a graph's; the composite index serves the type's
// actors in name order from the cursor on (actors/list/by-type-and-name). sortName: migration 0017.
CREATE INDEX actor_type_sort_name IF NOT EXISTS FOR (n:Actor) ON (n.type, n.sortName);
