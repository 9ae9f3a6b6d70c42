import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureWebBuilt } from '../../scripts/build-web';
import { startTestApi, type TestApi } from '../helpers/api';
import { launchBrowser, screenshot } from '../helpers/browser';

/**
 * The web app end to end, in headless Chromium against the real server and Neo4j: an editor
 * pastes the reference article, a researcher finds Kovalenko's claim and walks the graph to
 * Yusov, a fact-checker adds a rebuttal that a dashboard open elsewhere shows live, and every
 * page loads with nothing but our own server reachable. Each page's screenshot goes to
 * docs/screenshots/ for the README.
 */
const ARTICLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'shared', 'articles', 'unn-2024-05-23-putin-visit-belarus.txt'), 'utf8');
const TITLE = 'Putin to visit Belarus on May 23';

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const keyOf = (headers: Record<string, string>) => (headers.authorization ?? '').replace(/^Bearer /, '');
const at = (route: string) => `${api.server.url}${route}`;

/** Enters an API key through the header's form, as a user does once per session. */
async function useKey(target: Page, key: string): Promise<void> {
  const forget = target.getByRole('button', { name: 'Forget key' });
  if (await forget.isVisible()) await forget.click();
  await target.getByRole('button', { name: 'Enter API key' }).click();
  await target.getByLabel('API key').fill(key);
  await target.getByRole('button', { name: 'Use key' }).click();
  await target.getByRole('button', { name: 'Forget key' }).waitFor();
}

/**
 * Clicks a node of the drawing where it is on the screen. Cytoscape keeps its instance on the
 * container element (`_cyreg`); the test reads the node's rendered position from it.
 */
async function clickGraphNode(target: Page, type: string, label: string): Promise<void> {
  const canvas = target.locator('.graph-canvas');
  const box = await canvas.boundingBox();
  const position = await canvas.evaluate(
    (element, wanted) => {
      type Node = { data(key: string): string; renderedPosition(): { x: number; y: number } };
      const cy = (element as unknown as { _cyreg: { cy: { nodes(): Node[] } } })._cyreg.cy;
      const node = cy.nodes().find((candidate) => candidate.data('type') === wanted.type && candidate.data('full') === `${wanted.type}: ${wanted.label}`);
      return node?.renderedPosition() ?? null;
    },
    { type, label },
  );
  if (!box || !position) throw new Error(`No ${type} node "${label}" in the drawing`);
  await target.mouse.click(box.x + position.x, box.y + position.y);
}

beforeAll(async () => {
  // A no-op when dist/web matches the sources (npm run build made it); a fresh clone builds here.
  ensureWebBuilt({ log: () => undefined });
  api = await startTestApi();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe('the web app', () => {
  it('previews a pasted article with its statements highlighted, then saves it (editor key)', async () => {
    await page.goto(at('/ingest'));
    await useKey(page, keyOf(api.keys.editor));
    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('button', { name: 'Preview' }).click();

    await page.getByRole('heading', { name: /^Preview: \d+ statements/ }).waitFor();
    const kovalenko = page.locator('.hl-content', { hasText: 'premature horror stories' }).first();
    await kovalenko.hover();
    await page.getByRole('complementary', { name: 'Selected statement' }).getByText('Andriy Kovalenko (person)').waitFor();
    await screenshot(page, 'ingest');

    await page.getByRole('button', { name: 'Save article' }).click();
    await page.getByText(/^Saved: \d+ statements/).waitFor();
    await page.getByRole('link', { name: 'Open the article' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.locator('.hl-content', { hasText: 'premature horror stories' }).first().focus();
    await page.getByRole('complementary', { name: 'Selected statement' }).getByRole('link', { name: 'Andriy Kovalenko' }).waitFor();
    // The source and cue are marked where the API says they stand (Statement.sourceSpan, cueSpan).
    const marked = (kind: string) => page.locator(`.article-text .hl-${kind}`).allTextContents();
    expect(await marked('cue')).toEqual(expect.arrayContaining(['said', 'According to']));
    expect(await marked('source')).toEqual(expect.arrayContaining(['the Kremlin press service', 'the statement', 'Peskov']));
    await screenshot(page, 'article');
  });

  it('finds Kovalenko’s claim by "horror stories", grouped by kind', async () => {
    await page.getByRole('search').first().getByRole('searchbox').fill('horror stories');
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=horror(%20|\+)stories/);

    const claims = page.getByRole('region', { name: /^Claims/ });
    await claims.getByRole('link', { name: /premature horror stories/ }).waitFor();
    await expect(page.getByRole('region', { name: /^Quotes/ }).getByRole('link', { name: 'Andriy Kovalenko' }).count()).resolves.toBe(1);
    await screenshot(page, 'search');
    await claims.getByRole('link', { name: /premature horror stories/ }).click();
  });

  it('shows the claim’s counterclaim links and the chain it came through', async () => {
    await page.getByRole('heading', { level: 1, name: /premature horror stories/ }).waitFor();
    const counters = page.getByRole('region', { name: 'Counters (claims this one disputes)' });
    await counters.getByRole('link', { name: 'Belarus poses a great threat' }).waitFor();
    await expect(counters.getByRole('link', { name: 'Russian equipment is being deployed in Belarus' }).count()).resolves.toBe(1);
    await expect(page.locator('.chain').first().innerText()).resolves.toBe('Andriy Kovalenko → UNN');
    await expect(page.getByRole('link', { name: 'ClaimReview (JSON-LD)' }).getAttribute('href')).resolves.toMatch(/^\/claims\/.+\/claimreview\.jsonld$/);
    await screenshot(page, 'claim');
  });

  it('walks the graph from Kovalenko’s claim to Yusov', async () => {
    await page.getByRole('link', { name: 'Graph view of its neighbourhood' }).click();
    await page.locator('.graph-canvas canvas').first().waitFor();
    await screenshot(page, 'graph');

    // Kovalenko's claim counters "Belarus is about to be attacked", which Yusov's claim counters
    // too. The first step is a click on the drawing itself, the next ones use the list of nodes.
    await clickGraphNode(page, 'Claim', 'Belarus is about to be attacked');
    await page.getByRole('heading', { level: 1, name: 'Belarus is about to be attacked' }).waitFor();
    await page.getByRole('region', { name: 'Claim' }).getByRole('link', { name: /^Every week Russia is seriously working/ }).click();
    await page.getByRole('region', { name: 'Person' }).getByRole('link', { name: 'Andriy Yusov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Andriy Yusov' }).waitFor();
    expect(page.url()).toMatch(/\/actors\/[^/]+\/graph$/);

    await page.getByRole('link', { name: 'Open the actor page' }).click();
    await page.getByRole('heading', { level: 2, name: /^Statements \(\d+\)/ }).waitFor();
    await screenshot(page, 'actor');
  });

  it('shows a rebuttal live on a dashboard open in a second page (fact-checker key)', async () => {
    const dashboardContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dashboard = await dashboardContext.newPage();
    await dashboard.goto(at('/dashboard'));
    await dashboard.getByText('Listening for new statements and rebuttals…').waitFor();
    await dashboard.getByRole('img', { name: /^Top speakers: .*Andriy Yusov/ }).waitFor();

    await page.getByRole('search').first().getByRole('searchbox').fill('Belarus poses a great threat');
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await page.getByRole('region', { name: /^Claims/ }).getByRole('link', { name: 'Belarus poses a great threat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Belarus poses a great threat' }).waitFor();
    await useKey(page, keyOf(api.keys.factChecker));
    await page.getByLabel('Verdict').selectOption('MISLEADING');
    await page.getByLabel('Label').fill('Scare story');
    await page.getByLabel('Summary').fill('Ukrainian intelligence sees no build-up on the border.');
    await page.getByRole('button', { name: 'Add rebuttal' }).click();
    await page.getByText('Rebuttal added (misleading).').waitFor();

    const live = dashboard.getByRole('region', { name: 'Live' });
    await live.getByText(/^Scare story \(misleading\) by fiona-factchecker: Belarus poses a great threat/).waitFor({ timeout: 10_000 });
    await dashboard.getByRole('img', { name: 'Rebuttals by verdict: MISLEADING: 1' }).waitFor({ timeout: 10_000 });
    await screenshot(dashboard, 'dashboard');
    await dashboardContext.close();
  });

  it('loads every page with nothing but our own server reachable, under the hardened CSP', async () => {
    const offline = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const elsewhere: string[] = [];
    const ours = new URL(api.server.url).host;
    await offline.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.host !== ours) {
        elsewhere.push(url.href);
        return route.abort('internetdisconnected');
      }
      return route.continue();
    });
    const tab = await offline.newPage();
    const refused: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const claimPath = new URL(page.url()).pathname;
    for (const [route, ready] of [
      ['/', 'Latest articles (1)'],
      ['/dashboard', 'Statements per day'],
      [claimPath, /^Statements \(\d+\)$/],
    ] as const) {
      const response = await tab.goto(at(route));
      // The server's own policy (src/server/http-security.ts): the app must need nothing it forbids.
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await tab.getByRole('heading', { name: ready }).waitFor();
    }
    await tab.goto(at('/graphiql'));
    await tab.getByRole('tab', { name: 'WhoSaidHorrorStories' }).waitFor();
    await tab.locator('.monaco-editor').first().waitFor();
    await tab.goto(at('/'));
    await tab.getByRole('heading', { name: 'Latest articles (1)' }).waitFor();
    // The app fetches the other pages once the browser is idle (web/src/app.tsx); on a busy
    // machine that can come after the heading. Offline begins once they are in, with the
    // network quiet for half a second, as a reader who had the page open a moment would be.
    await tab.waitForFunction(
      () => {
        // A resource's entry appears once it has loaded; it ends at startTime + duration.
        const loaded = performance.getEntriesByType('resource');
        const quietSince = Math.max(0, ...loaded.map((entry) => entry.startTime + entry.duration));
        return loaded.some((entry) => /\/ingest\.page-[^/]+\.js$/.test(entry.name)) && performance.now() - quietSince > 500;
      },
      undefined,
      { polling: 100 },
    );
    expect(elsewhere).toEqual([]);
    expect(refused).toEqual([]);

    // Once loaded, the app keeps working without any network: pages are drawn in the browser,
    // and a question the server cannot answer says so instead of failing silently.
    await offline.setOffline(true);
    await tab.getByRole('link', { name: 'Paste an article' }).click();
    await tab.getByRole('heading', { name: 'Paste an article' }).waitFor();
    await tab.getByRole('search').first().getByRole('searchbox').fill('horror stories');
    await tab.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await tab.getByRole('alert').getByText('The server cannot be reached; check your connection and try again').waitFor();
    await offline.close();
  });

  it('serves GraphiQL locally, with the examples in tabs and the schema without introspection', async () => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(request.postData() ?? '');
    });
    await page.goto(at('/graphiql'));
    await page.getByRole('tab', { name: 'WhoSaidHorrorStories' }).click();
    await page.getByRole('button', { name: /Execute query/ }).click();
    await page.locator('.graphiql-response').getByText('"Andriy Kovalenko"').first().waitFor();
    await screenshot(page, 'graphiql');
    expect(sent.some((body) => body.includes('__schema'))).toBe(false);
    expect(sent.some((body) => body.includes('WhoSaidHorrorStories'))).toBe(true);
  });

  it('fits a phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const tab = await phone.newPage();
    await tab.goto(at('/search?q=horror%20stories'));
    await tab.getByRole('region', { name: /^Claims/ }).getByRole('link', { name: /premature horror stories/ }).click();
    await tab.getByRole('heading', { level: 1, name: /premature horror stories/ }).waitFor();
    const overflow = await tab.locator('html').evaluate((element) => {
      const root = element as unknown as { scrollWidth: number; clientWidth: number };
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(tab, 'claim-phone');
    await phone.close();
  });
});
