import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the emitted SDL: each `graphql(`…`)` in web/src becomes a typed
 * document whose result and variables the compiler checks against schema/schema.graphql.
 * `documentMode: 'string'` keeps the documents as strings, so the app ships no GraphQL parser.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', URL: 'string' },
        avoidOptionals: false,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
