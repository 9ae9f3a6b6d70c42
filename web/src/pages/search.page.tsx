import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { Chain } from '../components/chain';
import { usePageTitle } from '../components/page-title';
import { SearchBox } from '../components/search-box';
import { ErrorMessage, Loading } from '../components/status';
import { formatDate, formatKind } from '../format';
import { graphql } from '../gql';

const Search = graphql(`
  query Search($q: String!) {
    claims(search: $q, first: 10) {
      edges {
        node {
          id
          text
          appearances
          speakers {
            id
            name
          }
        }
      }
    }
    whoSaid(text: $q, first: 20) {
      score
      speaker {
        id
        name
      }
      statement {
        id
        quote
        kind
        claims {
          id
        }
      }
      article {
        id
        title
        publishedAt
      }
      via {
        id
        name
      }
    }
    actors(search: $q, first: 10, orderBy: STATEMENTS) {
      edges {
        node {
          id
          name
          type
          aliases
        }
      }
    }
  }
`);

/**
 * Search across claims, quotes and speakers, grouped by kind. Claims and quotes go through the
 * server's English full-text index, so "horror story" finds "horror stories".
 */
export default function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const { data, error, loading } = useQuery(Search, { q }, { skip: !q });
  const claims = data?.claims.edges ?? [];
  const quotes = data?.whoSaid ?? [];
  const speakers = data?.actors.edges ?? [];
  return (
    <>
      <h1>Search</h1>
      <SearchBox key={q} />
      {!q && <p>Search the words of claims and quotes, or a speaker’s name.</p>}
      {q && loading && <Loading what="results" />}
      <ErrorMessage error={error} />
      {data && (
        <div className="search-results">
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">Claims ({claims.length})</h2>
            {claims.length === 0 && <p>No claim matches.</p>}
            <ul className="cards">
              {claims.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/claims/${node.id}`}>{node.text}</Link>
                  <span className="meta">
                    {node.speakers.map((speaker) => speaker.name).join(', ') || 'no named speaker'} · {node.appearances} article
                    {node.appearances === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="quotes-heading">
            <h2 id="quotes-heading">Quotes ({quotes.length})</h2>
            {quotes.length === 0 && <p>No quote matches.</p>}
            <ul className="cards">
              {quotes.map((hit) => (
                <li key={hit.statement.id}>
                  <blockquote>{hit.statement.quote}</blockquote>
                  <span className="meta">
                    <Link to={`/actors/${hit.speaker.id}`}>{hit.speaker.name}</Link>, {formatKind(hit.statement.kind)}
                    {hit.via.length > 0 && (
                      <>
                        {' '}
                        via <Chain via={hit.via} />
                      </>
                    )}{' '}
                    · <Link to={`/articles/${hit.article.id}#statement-${hit.statement.id}`}>{hit.article.title ?? 'the article'}</Link>,{' '}
                    {formatDate(hit.article.publishedAt)}
                    {hit.statement.claims[0] && (
                      <>
                        {' '}
                        · <Link to={`/claims/${hit.statement.claims[0].id}`}>its claim</Link>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="speakers-heading">
            <h2 id="speakers-heading">Speakers ({speakers.length})</h2>
            {speakers.length === 0 && <p>No speaker matches.</p>}
            <ul className="cards">
              {speakers.map(({ node }) => (
                <li key={node.id}>
                  <Link to={`/actors/${node.id}`}>{node.name}</Link>
                  <span className="meta">
                    {formatKind(node.type)}
                    {node.aliases.length > 0 && ` · also ${node.aliases.join(', ')}`}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </>
  );
}
