// Search must find word forms ("email" finds "emails", "said" finds "says"): the full-text
// indexes are rebuilt with Lucene's English analyzer (lower case, stop words, possessives,
// Porter stemming) in place of the default standard analyzer. An index's analyzer cannot be
// changed in place, so each is dropped and created again under the same name; the queries and
// their Lucene escaping stay as they are, and the analyzer stems query words the same way.
DROP INDEX claim_text IF EXISTS;
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
DROP INDEX statement_quote IF EXISTS;
CREATE FULLTEXT INDEX statement_quote IF NOT EXISTS FOR (n:Statement) ON EACH [n.quote]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
