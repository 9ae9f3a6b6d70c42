// The texts of articles read without them (the statements lists and whoSaid leave them out).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
