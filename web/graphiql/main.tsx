import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import examples from '../../schema/examples.graphql?raw';
import sdl from '../../schema/schema.graphql?raw';
import { getApiKey, onApiKeyChange } from '../src/api/api-key';
import { ApiKeyForm } from '../src/components/api-key-form';
import { exampleTabs } from './example-tabs';

/**
 * The schema comes from the bundled schema/schema.graphql, not from introspection: GraphiQL
 * then completes and validates even against a production server that turns introspection off.
 */
const schema = buildSchema(sdl);
const tabs = exampleTabs(examples);

function Explorer() {
  const [key, setKey] = useState(getApiKey());
  useEffect(() => onApiKeyChange(setKey), []);
  const fetcher = useMemo(() => {
    const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    const authorization = key ? { authorization: `Bearer ${key}` } : undefined;
    return createGraphiQLFetcher({
      url: '/graphql',
      subscriptionUrl: wsUrl,
      wsConnectionParams: authorization,
      // The key entered once for the session, unless the headers tab names another.
      headers: authorization,
    });
  }, [key]);
  return (
    <div className="graphiql-page">
      <header className="graphiql-bar">
        <a href="/">← claimgraph</a>
        <span>GraphiQL: the examples are in tabs; reads need no key, writes need one.</span>
        <ApiKeyForm />
      </header>
      <GraphiQL fetcher={fetcher} schema={schema} defaultTabs={tabs} defaultEditorToolsVisibility />
    </div>
  );
}

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
