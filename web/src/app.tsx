import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { Loading } from './components/status';
import { HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import SearchPage from './pages/search.page';

// The chart and graph libraries are large; each page that needs one loads it on first visit.
const ArticlePage = lazy(() => import('./pages/article.page'));
const ClaimPage = lazy(() => import('./pages/claim.page'));
const ActorPage = lazy(() => import('./pages/actor.page'));
const GraphPage = lazy(() => import('./pages/graph.page'));
const DashboardPage = lazy(() => import('./pages/dashboard.page'));
const IngestPage = lazy(() => import('./pages/ingest.page'));

/**
 * Every page has its own address, so a researcher can share a link. The server answers each
 * of these paths with index.html (src/server/web-app.ts keeps the same list).
 */
export function App() {
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
