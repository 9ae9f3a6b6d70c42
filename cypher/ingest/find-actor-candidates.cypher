// Existing actors that might be the same as a name in the article: full-text over names and
// aliases finds them in any spelling; the caller decides which candidate, if any, is the one.
// A lone surname joins only the sole person bearing it, so the limit must leave room for every
// bearer beside the organisations named after them ("Clinton Foundation", "Clinton campaign").
UNWIND $names AS x
CALL (x) {
  CALL db.index.fulltext.queryNodes('actor_names', x.query, {limit: 50}) YIELD node
  RETURN node AS a
}
RETURN x.key AS key,
       collect(a {.id, .name, .aliases, .type, .normalizedNames}) AS candidates
