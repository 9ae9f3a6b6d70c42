import { useId, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { Chain } from '../components/chain';
import { EChart, type ChartOption } from '../components/echart';
import { AddRebuttalForm, LinkClaimsForm } from '../components/claim-forms';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage, Loading } from '../components/status';
import { formatConfidence, formatDate, formatKind, isCurated } from '../format';
import { graphql } from '../gql';

const ClaimView = graphql(`
  query ClaimView($id: ID!) {
    claim(id: $id) {
      id
      text
      firstSeenAt
      appearances
      claimReviewUrl
      timeline {
        day
        count
      }
      topics {
        id
        name
      }
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
        speakers {
          id
          name
        }
      }
      supports {
        id
        text
      }
      supportedBy {
        id
        text
      }
      relations {
        relation
        confidence
        by
        from {
          id
        }
        to {
          id
        }
      }
      similar {
        score
        claim {
          id
          text
        }
      }
      rebuttals {
        id
        verdict
        label
        summary
        evidenceUrls
        author
        createdAt
      }
      statements(first: 50) {
        totalCount
        edges {
          node {
            id
            quote
            kind
            cue
            confidence
            extractor
            curatedBy
            at
            sourceText
            speaker {
              id
              name
            }
            via {
              id
              name
            }
            article {
              id
              title
              publishedAt
              outlet {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/**
 * How the words reached the reader: the speaker, each hop of the chain, then the outlet that
 * published the article ("Dmitry Peskov → the Russian media → UNN"); the outlet is not repeated
 * when the chain already ends with it.
 */
function transmission(statement: {
  speaker?: { id: string; name: string } | null;
  via: ReadonlyArray<{ id: string; name: string }>;
  article: { outlet?: { id: string; name: string } | null };
}): Array<{ id: string; name: string }> {
  const hops = [...(statement.speaker ? [statement.speaker] : []), ...statement.via];
  const outlet = statement.article.outlet;
  if (outlet && hops[hops.length - 1]?.id !== outlet.id) hops.push(outlet);
  return hops;
}

type Related = { id: string; text: string; speakers?: ReadonlyArray<{ id: string; name: string }> };

/** A list of related claims, each with the relation's confidence and who made it. */
function RelatedClaims({
  title,
  claims,
  relationOf,
  empty,
}: {
  title: string;
  claims: ReadonlyArray<Related>;
  relationOf(id: string): { confidence: number; by: string } | undefined;
  empty: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {claims.length === 0 && <p className="meta">{empty}</p>}
      <ul className="cards">
        {claims.map((claim) => {
          const relation = relationOf(claim.id);
          return (
            <li key={claim.id}>
              <Link to={`/claims/${claim.id}`}>{claim.text}</Link>
              <span className="meta">
                {claim.speakers && claim.speakers.length > 0 && `${claim.speakers.map((speaker) => speaker.name).join(', ')} · `}
                {relation && `${formatConfidence(relation.confidence)}, ${relation.by.startsWith('curator:') ? relation.by : `by ${relation.by}`}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * A claim: who asserts it and through whom, what counters and supports it, what is worded like
 * it, what fact-checkers found, and when it appeared.
 */
export default function ClaimPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ClaimView, { id });
  const claim = data?.claim;
  usePageTitle(claim ? `Claim: ${claim.text.slice(0, 60)}` : 'Claim');
  const timeline = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: claim?.timeline.map((day) => day.day) ?? [] },
      yAxis: { type: 'value', minInterval: 1, name: 'articles' },
      series: [{ type: 'bar', name: 'articles', data: claim?.timeline.map((day) => day.count) ?? [], itemStyle: { color: '#0b5cad' } }],
    }),
    [claim],
  );
  if (loading && !data) return <Loading what="the claim" />;
  if (error && !data) return <ErrorMessage error={error} />;
  if (!claim) return <p>There is no claim {id}.</p>;
  const relationOf = (other: string) => claim.relations.find((relation) => relation.from.id === other || relation.to.id === other);
  return (
    <>
      <p className="meta">Claim</p>
      <h1>{claim.text}</h1>
      <p className="meta">
        First seen {formatDate(claim.firstSeenAt)} · {claim.appearances} article{claim.appearances === 1 ? '' : 's'} · asserted by{' '}
        {claim.speakers.length === 0
          ? 'no named speaker'
          : claim.speakers.map((speaker, index) => (
              <span key={speaker.id}>
                {index > 0 && ', '}
                <Link to={`/actors/${speaker.id}`}>{speaker.name}</Link>
              </span>
            ))}
      </p>
      <p>
        <Link to={`/claims/${claim.id}/graph`}>Graph view of its neighbourhood</Link> · <a href={claim.claimReviewUrl}>ClaimReview (JSON-LD)</a>
      </p>
      {claim.topics.length > 0 && (
        <ul className="tags" aria-label="Topics">
          {claim.topics.map((topic) => (
            <li key={topic.id}>{topic.name}</li>
          ))}
        </ul>
      )}
      <div className="grid-2">
        <div>
          <section aria-labelledby="claim-statements">
            <h2 id="claim-statements">Statements ({claim.statements.totalCount})</h2>
            <ul className="cards">
              {claim.statements.edges.map(({ node }) => (
                <li key={node.id}>
                  <blockquote>{node.quote}</blockquote>
                  <span className="meta">
                    {node.speaker ? <Link to={`/actors/${node.speaker.id}`}>{node.speaker.name}</Link> : (node.sourceText ?? 'unattributed')}
                    {node.cue && ` ${node.cue}`} ({formatKind(node.kind)}) · chain: <Chain via={transmission(node)} />{' '}
                    · <Link to={`/articles/${node.article.id}#statement-${node.id}`}>{node.article.title ?? 'article'}</Link>, {formatDate(node.at)} ·{' '}
                    <span className={`badge ${isCurated(node) ? 'curated' : 'automatic'}`}>{isCurated(node) ? 'curated' : `automatic ${formatConfidence(node.confidence)}`}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <RelatedClaims title="Counters (claims this one disputes)" claims={claim.counters} relationOf={relationOf} empty="It disputes no claim we know." />
          <RelatedClaims title="Countered by" claims={claim.counteredBy} relationOf={relationOf} empty="No claim disputes it yet." />
          <RelatedClaims title="Supports" claims={claim.supports} relationOf={relationOf} empty="It supports no claim we know." />
          <RelatedClaims title="Supported by" claims={claim.supportedBy} relationOf={relationOf} empty="No claim supports it yet." />
          <section aria-labelledby="claim-similar">
            <h2 id="claim-similar">Similar claims</h2>
            {claim.similar.length === 0 && <p className="meta">None worded closely like it.</p>}
            <ul className="cards">
              {claim.similar.map((similar) => (
                <li key={similar.claim.id}>
                  <Link to={`/claims/${similar.claim.id}`}>{similar.claim.text}</Link>
                  <span className="meta">similarity {formatConfidence(similar.score)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div>
          <section className="panel" aria-labelledby="claim-timeline">
            <h2 id="claim-timeline">Appearances over time</h2>
            <EChart option={timeline} label={`Articles carrying the claim per day: ${claim.timeline.map((day) => `${day.day}: ${day.count}`).join(', ')}`} />
          </section>
          <section aria-labelledby="claim-rebuttals">
            <h2 id="claim-rebuttals">Rebuttals ({claim.rebuttals.length})</h2>
            {claim.rebuttals.length === 0 && <p className="meta">No fact-checker has rated it yet.</p>}
            <ul className="cards">
              {claim.rebuttals.map((rebuttal) => (
                <li key={rebuttal.id}>
                  <strong className={`verdict-${rebuttal.verdict}`}>{rebuttal.label ?? formatKind(rebuttal.verdict)}</strong> ({formatKind(rebuttal.verdict)}) — {rebuttal.summary}
                  <span className="meta">
                    {rebuttal.author}, {formatDate(rebuttal.createdAt)}
                    {rebuttal.evidenceUrls.map((url) => (
                      <span key={url}>
                        {' '}
                        · <a href={url}>evidence</a>
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="claim-forms">
            <h2 id="claim-forms">Fact-checkers</h2>
            <AddRebuttalForm claimId={claim.id} onAdded={refetch} />
            <LinkClaimsForm claimId={claim.id} onLinked={refetch} />
          </section>
        </div>
      </div>
    </>
  );
}
