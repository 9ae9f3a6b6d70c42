import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { Chain } from '../components/chain';
import { CorrectStatementForm } from '../components/correct-statement-form';
import { HighlightedText, HighlightLegend, type HighlightedStatement } from '../components/highlighted-text';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage, Loading } from '../components/status';
import { formatConfidence, formatDate, formatKind, isCurated } from '../format';
import { graphql } from '../gql';

const ArticleView = graphql(`
  query ArticleView($id: ID!) {
    article(id: $id) {
      id
      title
      url
      author
      publishedAt
      ingestedAt
      text
      outlet {
        id
        name
      }
      statements(first: 100) {
        totalCount
        edges {
          node {
            id
            quote
            kind
            cue
            hedged
            confidence
            extractor
            curatedBy
            sourceText
            span {
              start
              end
            }
            sourceSpan {
              start
              end
            }
            cueSpan {
              start
              end
            }
            speaker {
              id
              name
            }
            via {
              id
              name
            }
            claims {
              id
              text
            }
          }
        }
      }
    }
  }
`);

/**
 * An article's text with every statement highlighted in place: source, cue and content, each at
 * the offsets the API stores (a statement stored before those were kept shows its content only).
 * The statement under the pointer or the keyboard focus is described beside the text.
 */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ArticleView, { id });
  const [selected, setSelected] = useState<string | null>(null);
  const article = data?.article;
  usePageTitle(article?.title ?? 'Article');
  const statements = useMemo(() => article?.statements.edges.map(({ node }) => node) ?? [], [article]);
  const highlights = useMemo<HighlightedStatement[]>(
    () =>
      article
        ? statements.map((statement) => ({
            key: statement.id,
            content: statement.span,
            cue: statement.cueSpan,
            source: statement.sourceSpan,
            automatic: !isCurated(statement),
            label: `${statement.speaker?.name ?? statement.sourceText ?? 'no source'}, ${formatKind(statement.kind)}, ${formatConfidence(statement.confidence)}`,
          }))
        : [],
    [article, statements],
  );
  if (loading && !data) return <Loading what="the article" />;
  if (error && !data) return <ErrorMessage error={error} />;
  if (!article) return <p>There is no article {id}.</p>;
  const current = statements.find((statement) => statement.id === selected);
  return (
    <>
      <h1>{article.title ?? 'Untitled article'}</h1>
      <p className="meta">
        {article.outlet ? <Link to={`/actors/${article.outlet.id}`}>{article.outlet.name}</Link> : 'Unknown outlet'}
        {article.author && ` · by ${article.author}`} · {formatDate(article.publishedAt ?? article.ingestedAt)} · {article.statements.totalCount} statements
        {article.url && (
          <>
            {' '}
            · <a href={article.url}>original</a>
          </>
        )}
      </p>
      <div className="grid-2">
        <section aria-label="Article text">
          <HighlightLegend />
          <HighlightedText text={article.text} statements={highlights} selected={selected} onSelect={setSelected} />
        </section>
        <aside aria-label="Selected statement">
          <div className="panel statement-detail" aria-live="polite">
            {!current && <p>Point at, tap or tab to a highlighted statement to see who said it, through whom, and how sure we are.</p>}
            {current && (
              <>
                <h2>Statement</h2>
                <p>
                  <span className={`badge ${isCurated(current) ? 'curated' : 'automatic'}`}>{isCurated(current) ? 'curated' : 'automatic'}</span>{' '}
                  {formatKind(current.kind)}
                  {current.hedged && ', hedged'}
                </p>
                <dl>
                  <dt>Speaker</dt>
                  <dd>{current.speaker ? <Link to={`/actors/${current.speaker.id}`}>{current.speaker.name}</Link> : (current.sourceText ?? 'unattributed')}</dd>
                  {current.sourceText && current.speaker && current.sourceText !== current.speaker.name && (
                    <>
                      <dt>Worded as</dt>
                      <dd>{current.sourceText}</dd>
                    </>
                  )}
                  <dt>Cue</dt>
                  <dd>{current.cue ?? 'none'}</dd>
                  <dt>Chain</dt>
                  <dd>{current.via.length ? <Chain via={current.via} /> : 'heard directly'}</dd>
                  <dt>Confidence</dt>
                  <dd>
                    {formatConfidence(current.confidence)} ({isCurated(current) ? `curated by ${current.curatedBy ?? current.extractor}` : current.extractor})
                  </dd>
                  <dt>Claim</dt>
                  <dd>
                    {current.claims.length === 0 && 'none (no proposition)'}
                    {current.claims.map((claim) => (
                      <Link key={claim.id} to={`/claims/${claim.id}`}>
                        {claim.text}
                      </Link>
                    ))}
                  </dd>
                </dl>
                <CorrectStatementForm statementId={current.id} kind={current.kind} onCorrected={refetch} />
              </>
            )}
          </div>
        </aside>
      </div>
    </>
  );
}
