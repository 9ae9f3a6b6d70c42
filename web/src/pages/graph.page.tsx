import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage, Loading } from '../components/status';
import { shorten } from '../format';
import { graphql } from '../gql';
import { actorGraph } from '../graph/actor-graph';
import { GraphCanvas, NODE_STYLE } from '../graph/graph-canvas';
import { filterGraph, walkTarget, type GraphData, type GraphNode } from '../graph/graph-model';

const ClaimNeighbourhood = graphql(`
  query ClaimNeighbourhood($id: ID!, $depth: Int!) {
    claim(id: $id) {
      id
      text
    }
    claimGraph(id: $id, depth: $depth) {
      nodes {
        id
        type
        label
      }
      edges {
        source
        target
        type
      }
    }
  }
`);

// 60 of an actor's latest statements with their claims and the claims' links: about 20,000 of
// the API's query cost limit of 25,000 (src/limits.ts), and all a drawing stays legible with.
const ActorNeighbourhood = graphql(`
  query ActorNeighbourhood($id: ID!) {
    actor(id: $id) {
      id
      name
      type
      statements(first: 60) {
        edges {
          node {
            id
            quote
            article {
              id
              title
            }
            via {
              id
              name
              type
            }
            claims {
              id
              text
              speakers {
                id
                name
                type
              }
              counters {
                id
                text
              }
              counteredBy {
                id
                text
              }
              supports {
                id
                text
              }
              supportedBy {
                id
                text
              }
            }
          }
        }
      }
    }
  }
`);

const EMPTY: GraphData = { nodes: [], edges: [] };
const TYPE_ORDER = ['Claim', 'Person', 'Organization', 'Outlet', 'Group', 'Statement', 'Article', 'Rebuttal', 'Topic'];

function useNeighbourhood(kind: 'claim' | 'actor', id: string, depth: number) {
  const claim = useQuery(ClaimNeighbourhood, { id, depth }, { skip: kind !== 'claim' });
  const actor = useQuery(ActorNeighbourhood, { id }, { skip: kind !== 'actor' });
  const data = useMemo<GraphData>(() => {
    if (kind === 'claim') return claim.data?.claimGraph ?? EMPTY;
    return actor.data?.actor ? actorGraph(actor.data.actor) : EMPTY;
  }, [kind, claim.data, actor.data]);
  const title = kind === 'claim' ? claim.data?.claim?.text : actor.data?.actor?.name;
  const state = kind === 'claim' ? claim : actor;
  return { data, title, loading: state.loading, error: state.error, found: kind === 'claim' ? claim.data?.claim !== null : actor.data?.actor !== null };
}

/**
 * The neighbourhood of a claim or an actor drawn as a graph. Tapping a claim or an actor walks
 * to its own neighbourhood; the list below the drawing offers the same walk by keyboard.
 */
export default function GraphPage({ kind }: { kind: 'claim' | 'actor' }) {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const depth = Math.min(3, Math.max(1, Number(params.get('depth') ?? 2) || 2));
  const navigate = useNavigate();
  const [hidden, setHidden] = useState<Set<string>>(() => new Set());
  const { data, title, loading, error, found } = useNeighbourhood(kind, id, depth);
  usePageTitle(title ? `Graph: ${shorten(title, 50)}` : 'Graph');

  const shown = useMemo(() => filterGraph(data, hidden, id), [data, hidden, id]);
  const types = TYPE_ORDER.filter((type) => data.nodes.some((node) => node.type === type));
  const walk = (node: GraphNode) => {
    const target = walkTarget(node, data);
    if (target) void navigate(target);
  };
  const toggle = (type: string) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  if (loading && data.nodes.length === 0) return <Loading what="the graph" />;
  if (error && data.nodes.length === 0) return <ErrorMessage error={error} />;
  if (!found) return <p>There is no {kind} {id}.</p>;
  return (
    <>
      <p className="meta">Neighbourhood of the {kind}</p>
      <h1>{title}</h1>
      <p>
        <Link to={kind === 'claim' ? `/claims/${id}` : `/actors/${id}`}>Open the {kind} page</Link> · {shown.nodes.length} nodes, {shown.edges.length} edges. Tap a claim or an
        actor to walk to its neighbourhood; scroll to zoom, drag to pan.
      </p>
      <form className="row legend" aria-label="Graph options" onSubmit={(event) => event.preventDefault()}>
        {kind === 'claim' && (
          <label>
            Depth{' '}
            <select value={depth} onChange={(event) => setParams({ depth: event.target.value })}>
              <option value="1">1</option>
              <option value="2">2</option>
              <option value="3">3</option>
            </select>
          </label>
        )}
        {types.map((type) => (
          <label key={type} className="graph-type">
            <input type="checkbox" checked={!hidden.has(type)} onChange={() => toggle(type)} />{' '}
            <span aria-hidden="true" className="swatch" data-color={NODE_STYLE[type]?.color} style={{ background: NODE_STYLE[type]?.color }} /> {type}
          </label>
        ))}
      </form>
      <GraphCanvas data={shown} center={id} onWalk={walk} label={`Graph of ${shown.nodes.length} nodes around ${title ?? kind}; the same nodes are listed below.`} />
      <section aria-labelledby="nodes-heading">
        <h2 id="nodes-heading">Nodes</h2>
        <div className="search-results">
          {types
            .filter((type) => !hidden.has(type))
            .map((type) => {
              const ofType = shown.nodes.filter((node) => node.type === type);
              return (
                <section key={type} aria-label={type}>
                  <h3>
                    {type} ({ofType.length})
                  </h3>
                  <ul className="node-list">
                    {ofType.map((node) => {
                      const target = walkTarget(node, data);
                      return <li key={node.id}>{target ? <Link to={target}>{shorten(node.label, 100)}</Link> : shorten(node.label, 100)}</li>;
                    })}
                  </ul>
                </section>
              );
            })}
        </div>
      </section>
    </>
  );
}
