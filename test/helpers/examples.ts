import fs from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const FILE = path.join(__dirname, '..', '..', 'schema', 'examples.graphql');

/** The named operations of schema/examples.graphql, each as its own document text. */
export function exampleOperations(): Map<string, string> {
  const document = parse(fs.readFileSync(FILE, 'utf8'));
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    const operation = definition as OperationDefinitionNode;
    if (operation.name) operations.set(operation.name.value, print(operation));
  }
  return operations;
}
