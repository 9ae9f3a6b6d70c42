import http from 'node:http';
import { generatedArticle } from './load-mix';

export interface DrainResult {
  /** Requests fully sent to the server before SIGTERM. */
  started: number;
  /** Of those, answered 200 with data and no GraphQL error. */
  complete: number;
  /** What the others got instead. */
  failures: string[];
  exitCode: number | null;
  /** From SIGTERM to the process's exit. */
  exitMs: number;
}

interface Target {
  url: string;
  pid: number;
  exited: Promise<number | null>;
}

function post(url: string, body: string, headers: Record<string, string>, sent: () => void): Promise<string | null> {
  return new Promise((resolve) => {
    const request = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const ok = response.statusCode === 200 && text.includes('"data"') && !text.includes('"errors"');
        resolve(ok ? null : `${response.statusCode}: ${text.slice(0, 200)}`);
      });
      response.on('error', (error) => resolve(`response: ${error.message}`));
    });
    request.on('finish', sent);
    request.on('error', (error) => resolve(`request: ${error.message}`));
    request.end(body);
  });
}

/**
 * SIGTERM under load: sends `count` requests at once (reads, and ingests the server must extract
 * and write, so they take a while), waits until every one has been sent whole, then sends SIGTERM.
 * Every request that started must get its complete answer, and the process must exit 0.
 */
export async function drainCheck(target: Target, editorKey: string, count = 40): Promise<DrainResult> {
  const runId = `drain-${Date.now().toString(36)}`;
  let sent = 0;
  let allSent: () => void = () => {};
  const everySent = new Promise<void>((resolve) => (allSent = resolve));
  const onSent = () => {
    if (++sent === count) allSent();
  };
  const answers = Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const { text, title } = generatedArticle(runId, i) as { text: string; title: string };
      const body = JSON.stringify({
        query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }',
        variables: { input: { text: `${text} ${'The ministry said the figures would be published next week. '.repeat(20)}`, title } },
      });
      return post(target.url, body, { authorization: `Bearer ${editorKey}` }, onSent);
    }
    const body = JSON.stringify({ query: '{ statements(first: 100) { totalCount edges { node { id quote speaker { name } claims { text } } } } }' });
    return post(target.url, body, {}, onSent);
  });
  await everySent;
  // Let the server read what the kernel already holds: a request still in a socket buffer has not begun.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const signalled = Date.now();
  process.kill(target.pid, 'SIGTERM');
  const results = await Promise.all(answers);
  const exitCode = await target.exited;
  const failures = results.filter((r): r is string => r !== null);
  return { started: sent, complete: count - failures.length, failures, exitCode, exitMs: Date.now() - signalled };
}
