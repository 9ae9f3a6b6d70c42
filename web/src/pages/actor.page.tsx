import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { AddAliasForm, MergeActorsForm } from '../components/actor-forms';
import { Chain } from '../components/chain';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage, Loading } from '../components/status';
import { formatDate, formatKind } from '../format';
import { graphql } from '../gql';

const PAGE_SIZE = 20;
/** The chains are counted over this many of the actor's latest statements (the API's page limit). */
const CHAIN_SAMPLE = 100;

const ActorView = graphql(`
  query ActorView($id: ID!, $first: Int!, $after: String, $sample: Int!) {
    actor(id: $id) {
      id
      name
      type
      aliases
      description
      roles {
        title
        of {
          id
          name
          ... on Organization {
            partOf {
              id
              name
            }
          }
        }
      }
      ... on Organization {
        kind
        partOf {
          id
          name
        }
        parts {
          id
          name
        }
      }
      ... on Outlet {
        domain
        collective
      }
      statements(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            quote
            kind
            cue
            at
            via {
              id
              name
            }
            article {
              id
              title
            }
            claims {
              id
              text
            }
          }
        }
      }
    }
    chains: statements(filter: { speakerId: $id }, first: $sample) {
      edges {
        node {
          via {
            id
            name
          }
        }
      }
    }
  }
`);

/** An actor: what they said (paged, newest first), their roles, spellings, organizations and usual chains. */
export default function ActorPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const after = params.get('after');
  const { data, error, loading, refetch } = useQuery(ActorView, { id, first: PAGE_SIZE, after, sample: CHAIN_SAMPLE });
  const actor = data?.actor;
  usePageTitle(actor?.name ?? 'Actor');

  const chains = useMemo(() => {
    const counts = new Map<string, { via: { id: string; name: string }[]; count: number }>();
    for (const { node } of data?.chains.edges ?? []) {
      if (node.via.length === 0) continue;
      const key = node.via.map((hop) => hop.id).join('>');
      const entry = counts.get(key) ?? { via: node.via, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    return [...counts.values()].sort((a, b) => b.count - a.count).slice(0, 5);
  }, [data]);

  if (loading && !data) return <Loading what="the actor" />;
  if (error && !data) return <ErrorMessage error={error} />;
  if (!actor) return <p>There is no actor {id}.</p>;
  const organizations = [
    ...('partOf' in actor ? actor.partOf : []),
    ...actor.roles.flatMap((role) => [role.of, ...('partOf' in role.of ? role.of.partOf : [])]),
  ].filter((org, index, all) => all.findIndex((other) => other.id === org.id) === index);
  return (
    <>
      <p className="meta">{formatKind(actor.type)}</p>
      <h1>{actor.name}</h1>
      {actor.description && <p>{actor.description}</p>}
      <p>
        <Link to={`/actors/${actor.id}/graph`}>Graph view of their neighbourhood</Link> · <Link to={`/search?q=${encodeURIComponent(actor.name)}`}>search their words</Link>
      </p>
      <div className="grid-2">
        <section>
          <h2>Statements ({actor.statements.totalCount})</h2>
          {actor.statements.edges.length === 0 && <p className="meta">No statements.</p>}
          <ul className="cards">
            {actor.statements.edges.map(({ node }) => (
              <li key={node.id}>
                <blockquote>{node.quote}</blockquote>
                <span className="meta">
                  {formatKind(node.kind)}
                  {node.cue && ` (“${node.cue}”)`}
                  {node.via.length > 0 && (
                    <>
                      {' '}
                      · via <Chain via={node.via} />
                    </>
                  )}{' '}
                  · <Link to={`/articles/${node.article.id}#statement-${node.id}`}>{node.article.title ?? 'article'}</Link>, {formatDate(node.at)}
                  {node.claims.map((claim) => (
                    <span key={claim.id}>
                      {' '}
                      · <Link to={`/claims/${claim.id}`}>claim</Link>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label="Statement pages">
            {after && <Link to={`/actors/${actor.id}`}>First page</Link>}
            {actor.statements.pageInfo.hasNextPage && actor.statements.pageInfo.endCursor && (
              <Link to={`/actors/${actor.id}?after=${encodeURIComponent(actor.statements.pageInfo.endCursor)}`}>Next page</Link>
            )}
          </nav>
        </section>
        <aside>
          <div className="panel">
            <h2>Roles</h2>
            {actor.roles.length === 0 && <p className="meta">None known.</p>}
            <ul>
              {actor.roles.map((role) => (
                <li key={`${role.title}-${role.of.id}`}>
                  {role.title} of <Link to={`/actors/${role.of.id}`}>{role.of.name}</Link>
                </li>
              ))}
            </ul>
            <h2>Also written as</h2>
            {actor.aliases.length === 0 ? <p className="meta">No other spelling.</p> : <ul className="tags">{actor.aliases.map((alias) => <li key={alias}>{alias}</li>)}</ul>}
            <h2>Organizations</h2>
            {organizations.length === 0 && <p className="meta">None known.</p>}
            <ul>
              {organizations.map((org) => (
                <li key={org.id}>
                  <Link to={`/actors/${org.id}`}>{org.name}</Link>
                </li>
              ))}
            </ul>
            {'parts' in actor && actor.parts.length > 0 && (
              <>
                <h2>Its parts</h2>
                <ul>
                  {actor.parts.map((part) => (
                    <li key={part.id}>
                      <Link to={`/actors/${part.id}`}>{part.name}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2>Most-used chains</h2>
            <p className="meta">Over their latest {CHAIN_SAMPLE} statements.</p>
            {chains.length === 0 && <p className="meta">Always heard directly.</p>}
            <ol>
              {chains.map((chain) => (
                <li key={chain.via.map((hop) => hop.id).join('>')}>
                  <Chain via={chain.via} /> ({chain.count})
                </li>
              ))}
            </ol>
          </div>
          <div className="panel">
            <h2>Editors and admins</h2>
            <AddAliasForm actorId={actor.id} onAdded={refetch} />
            <MergeActorsForm targetId={actor.id} targetName={actor.name} onMerged={refetch} />
          </div>
        </aside>
      </div>
    </>
  );
}
