import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '../api/use-mutation';
import { HighlightedText, HighlightLegend, type HighlightedStatement } from '../components/highlighted-text';
import { usePageTitle } from '../components/page-title';
import { ErrorMessage } from '../components/status';
import { formatConfidence, formatKind } from '../format';
import { graphql } from '../gql';
import type { PreviewArticleQuery } from '../gql/graphql';

const PreviewArticle = graphql(`
  query PreviewArticle($text: String!, $outlet: String) {
    previewExtraction(text: $text, outlet: $outlet) {
      extractor
      publishedAt
      outlet {
        name
      }
      actors {
        key
        name
        type
      }
      claims {
        key
      }
      statements {
        key
        kind
        quote
        hedged
        confidence
        content {
          start
          end
        }
        cue {
          start
          end
          text
        }
        source {
          start
          end
          text
        }
        speaker {
          name
          type
        }
        via {
          name
        }
        claim {
          text
          counters {
            key
            text
            confidence
            cue
          }
          supports {
            key
            text
            confidence
          }
        }
      }
    }
  }
`);

const SaveArticle = graphql(`
  mutation SaveArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      status
      statements
      claims
      newClaims
      actors
      newActors
      article {
        id
        title
      }
    }
  }
`);

type Preview = PreviewArticleQuery['previewExtraction'];

interface Draft {
  text: string;
  title: string;
  url: string;
  author: string;
  outlet: string;
  publishedAt: string;
}

const EMPTY_DRAFT: Draft = { text: '', title: '', url: '', author: '', outlet: '', publishedAt: '' };

/** The optional fields of the form as ingestArticle's input: blanks are left out. */
function ingestInput(draft: Draft) {
  return {
    text: draft.text,
    ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
    ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
    ...(draft.author.trim() ? { author: draft.author.trim() } : {}),
    ...(draft.outlet.trim() ? { outlet: draft.outlet.trim() } : {}),
    ...(draft.publishedAt ? { publishedAt: new Date(`${draft.publishedAt}T00:00:00Z`).toISOString() } : {}),
  };
}

/**
 * Paste an article, see what the extractor finds in it highlighted in place, and only then
 * save it (EDITOR key). The preview writes nothing; saving stores exactly the text previewed.
 */
export default function IngestPage() {
  usePageTitle('Paste an article');
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [previewed, setPreviewed] = useState<{ text: string; preview: Preview } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [runPreview, previewState] = useMutation(PreviewArticle);
  const [save, saveState] = useMutation(SaveArticle);
  const field = (name: keyof Draft) => ({
    id: `ingest-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    setSelected(null);
    const answer = await runPreview({ text: draft.text, outlet: draft.outlet.trim() || null });
    setPreviewed(answer ? { text: draft.text, preview: answer.previewExtraction } : null);
  };
  const current = previewed?.text === draft.text ? previewed : null;
  const highlights = useMemo<HighlightedStatement[]>(
    () =>
      current?.preview.statements.map((statement) => ({
        key: statement.key,
        content: statement.content,
        cue: statement.cue,
        source: statement.source,
        automatic: true,
        label: `${statement.speaker?.name ?? statement.source?.text ?? 'no source'}, ${formatKind(statement.kind)}, ${formatConfidence(statement.confidence)}`,
      })) ?? [],
    [current],
  );
  const chosen = current?.preview.statements.find((statement) => statement.key === selected);

  return (
    <>
      <h1>Paste an article</h1>
      <p>
        Paste the article’s text and preview what the extractor finds: who said what, through whom, and which claims it counters. Nothing is stored until you save
        (an editor’s API key is needed for both).
      </p>
      <form className="stack" onSubmit={(event) => void preview(event)}>
        <label htmlFor="ingest-text">Article text</label>
        <textarea {...field('text')} rows={12} required placeholder="date 2024-05-23 Peskov said the visit is on." />
        <div className="row">
          <label htmlFor="ingest-title">Title</label>
          <input {...field('title')} />
          <label htmlFor="ingest-outlet">Outlet</label>
          <input {...field('outlet')} placeholder="as the text names it" />
        </div>
        <div className="row">
          <label htmlFor="ingest-url">URL</label>
          <input {...field('url')} type="url" />
          <label htmlFor="ingest-author">Author</label>
          <input {...field('author')} />
          <label htmlFor="ingest-publishedAt">Published</label>
          <input {...field('publishedAt')} type="date" />
        </div>
        <div className="row">
          <button type="submit" disabled={previewState.running || !draft.text.trim()}>
            {previewState.running ? 'Extracting…' : 'Preview'}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={!current || saveState.running}
            onClick={() => void save({ input: ingestInput(draft) })}
            title={current ? undefined : 'Preview the text first'}
          >
            {saveState.running ? 'Saving…' : 'Save article'}
          </button>
        </div>
        <ErrorMessage error={previewState.error ?? saveState.error} />
        {previewed && !current && <p className="status">The text changed since the preview: preview it again before saving.</p>}
      </form>
      {saveState.data && (
        <p className="success" role="status">
          {saveState.data.ingestArticle.status === 'CREATED' ? 'Saved' : 'Already stored, unchanged'}: {saveState.data.ingestArticle.statements} statements,{' '}
          {saveState.data.ingestArticle.claims} claims ({saveState.data.ingestArticle.newClaims} new), {saveState.data.ingestArticle.actors} actors (
          {saveState.data.ingestArticle.newActors} new). <Link to={`/articles/${saveState.data.ingestArticle.article.id}`}>Open the article</Link>
        </p>
      )}
      {current && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">
            Preview: {current.preview.statements.length} statements, {current.preview.actors.length} actors, {current.preview.claims.length} claims
          </h2>
          <p className="meta">
            {current.preview.extractor} · outlet {current.preview.outlet?.name ?? 'unknown'} · published {current.preview.publishedAt ?? 'undated'}
          </p>
          <div className="grid-2">
            <div>
              <HighlightLegend />
              <HighlightedText text={current.text} statements={highlights} selected={selected} onSelect={setSelected} />
            </div>
            <aside className="panel statement-detail" aria-live="polite" aria-label="Selected statement">
              {!chosen && <p>Point at, tap or tab to a highlighted statement to see what would be stored.</p>}
              {chosen && (
                <dl>
                  <dt>Speaker</dt>
                  <dd>{chosen.speaker ? `${chosen.speaker.name} (${formatKind(chosen.speaker.type)})` : (chosen.source?.text ?? 'unattributed')}</dd>
                  <dt>Kind</dt>
                  <dd>
                    {formatKind(chosen.kind)}
                    {chosen.hedged && ', hedged'}
                  </dd>
                  <dt>Cue</dt>
                  <dd>{chosen.cue?.text ?? 'none'}</dd>
                  <dt>Chain</dt>
                  <dd>{chosen.via.length ? chosen.via.map((hop) => hop.name).join(' → ') : 'heard directly'}</dd>
                  <dt>Confidence</dt>
                  <dd>{formatConfidence(chosen.confidence)}</dd>
                  <dt>Claim</dt>
                  <dd>{chosen.claim?.text ?? 'none (no proposition)'}</dd>
                  {chosen.claim && chosen.claim.counters.length > 0 && (
                    <>
                      <dt>Counters</dt>
                      <dd>
                        <ul>
                          {chosen.claim.counters.map((other) => (
                            <li key={other.key}>
                              {other.text} ({formatConfidence(other.confidence)}
                              {other.cue && `, “${other.cue}”`})
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  )}
                </dl>
              )}
            </aside>
          </div>
        </section>
      )}
    </>
  );
}
