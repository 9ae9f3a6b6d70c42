import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { PROJECT_ROOT } from '../config/config';
import type { Graph } from '../db/graph';
import type { StatementKind } from '../model/enums';
import { floorAnswers } from './floor-server';

/**
 * The stack: the floor's queries behind Apollo Server 5 on express 5, as the two are set up out of
 * the box, with our schema (schema/schema.graphql) and a resolver per question that returns the
 * floor's answer for graphql-js to walk. What the chosen stack costs a request with none of ours'
 * code: ours/stack is our own overhead, stack/floor the stack's. It answers the benchmark's
 * questions only.
 */
export async function createStackApp(graph: Graph): Promise<{ app: Express; stop(): Promise<void> }> {
  const floor = floorAnswers(graph);
  const typeDefs = fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');
  const resolvers = {
    Query: {
      article: async (_: unknown, args: { id: string }, _context: unknown, info: GraphQLResolveInfo) => (await floor.article(args.id, statementsFirst(info))).article,
      statements: async (_: unknown, args: { filter: { speakerId: string; kind?: StatementKind }; after?: string | null }, _context: unknown, info: GraphQLResolveInfo) => {
        const selected = selectedNames(info.fieldNodes[0]?.selectionSet, info);
        const answer = selected.has('totalCount')
          ? await floor.count(args.filter.speakerId, args.filter.kind as StatementKind)
          : await floor.speakerStatements(args.filter.speakerId, args.after ?? '', selected.has('claims'));
        return answer.statements;
      },
      whoSaid: async (_: unknown, args: { text: string; first?: number }) => (await floor.whoSaid(args.text, args.first ?? 10)).whoSaid,
    },
    // The floor reads an actor's id and name only; the questions select no more than the
    // interface's fields, which every implementing type answers alike.
    Actor: { __resolveType: () => 'Person' },
  };
  const apollo = new ApolloServer({ typeDefs, resolvers });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  return { app, stop: () => apollo.stop() };
}

/** Every field name in a selection, fragments included: which floor query a request needs. */
function selectedNames(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, names = new Set<string>()): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      names.add(selection.name.value);
      selectedNames(selection.selectionSet, info, names);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      selectedNames(selection.selectionSet, info, names);
    } else {
      selectedNames(info.fragments[selection.name.value]?.selectionSet, info, names);
    }
  }
  return names;
}

/** The `first` of `article { statements(first:) }`, read ahead so the floor's one query reads the page. */
function statementsFirst(info: GraphQLResolveInfo): number {
  const article = info.schema.getType('Article');
  const field = isObjectType(article) ? article.getFields().statements : undefined;
  const node = info.fieldNodes[0]?.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'statements');
  if (!field || !node) return 0;
  return (getArgumentValues(field, node, info.variableValues).first as number | undefined) ?? 20;
}
