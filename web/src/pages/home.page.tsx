import { Link } from 'react-router';
import { useQuery } from '../api/use-query';
import { usePageTitle } from '../components/page-title';
import { SearchBox } from '../components/search-box';
import { ErrorMessage, Loading } from '../components/status';
import { formatDate } from '../format';
import { graphql } from '../gql';

const LatestArticles = graphql(`
  query LatestArticles {
    articles(first: 20) {
      totalCount
      edges {
        node {
          id
          title
          publishedAt
          ingestedAt
          outlet {
            id
            name
          }
          statements(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

/** The front page: a search, and the articles most recently published. */
export function HomePage() {
  usePageTitle(undefined);
  const { data, error, loading } = useQuery(LatestArticles, {});
  return (
    <>
      <section className="intro">
        <h1>Who said what, through whom, and who disputes it</h1>
        <SearchBox />
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles{data ? ` (${data.articles.totalCount})` : ''}</h2>
        {loading && !data && <Loading what="articles" />}
        <ErrorMessage error={error} />
        {data && data.articles.edges.length === 0 && (
          <p>
            No articles yet. <Link to="/ingest">Paste one</Link> to start.
          </p>
        )}
        <ul className="cards">
          {data?.articles.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/articles/${node.id}`}>{node.title ?? 'Untitled article'}</Link>
              <span className="meta">
                {node.outlet?.name ?? 'unknown outlet'} · {formatDate(node.publishedAt ?? node.ingestedAt)} · {node.statements.totalCount} statements
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
