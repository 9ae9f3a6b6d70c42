// graphql-ws publishes its ws adapter only under package.json "exports" ("graphql-ws/use/ws"),
// which this project's "node" module resolution does not read; Node itself does, at run time.
// This points the type checker at the same file Node loads for `require`.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws.cjs';
}
