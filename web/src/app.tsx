import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/status';
import { HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import SearchPage from './pages/search.page';

// The chart and graph libraries are large, so the first page draws without waiting for them;
// the rest load as soon as the browser is idle, and from then on every page opens even offline.
const pages = {
  article: () => import('./pages/article.page'),
  claim: () => import('./pages/claim.page'),
  actor: () => import('./pages/actor.page'),
  graph: () => import('./pages/graph.page'),
  dashboard: () => import('./pages/dashboard.page'),
  ingest: () => import('./pages/ingest.page'),
};
const ArticlePage = lazy(pages.article);
const ClaimPage = lazy(pages.claim);
const ActorPage = lazy(pages.actor);
const GraphPage = lazy(pages.graph);
const DashboardPage = lazy(pages.dashboard);
const IngestPage = lazy(pages.ingest);

function preloadPages(): void {
  for (const load of Object.values(pages)) void load().catch(() => undefined);
}

/**
 * Every page has its own address, so a researcher can share a link. The server answers each
 * of these paths with index.html (src/server/web-app.ts keeps the same list).
 */
export function App() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(preloadPages);
  }, []);
  return (
    <Layout>
      <Suspense fallback={<Loading what="the page" />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/articles/:id" element={<ArticlePage />} />
          <Route path="/claims/:id" element={<ClaimPage />} />
          <Route path="/claims/:id/graph" element={<GraphPage kind="claim" />} />
          <Route path="/actors/:id" element={<ActorPage />} />
          <Route path="/actors/:id/graph" element={<GraphPage kind="actor" />} />
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="/ingest" element={<IngestPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
