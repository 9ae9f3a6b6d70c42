/**
 * Answers kept per parsed-document node (Apollo keeps a query's parsed document in its cache, so
 * the same query text is the same object on every request) and a key within it, at most
 * `perNode` keys each, the oldest forgotten first. The answers go when Apollo drops the document.
 * A `compute` that throws keeps nothing.
 */
export class DocumentMemo<N extends object, V> {
  private readonly byNode = new WeakMap<N, Map<string, V>>();

  constructor(private readonly perNode: number) {}

  get(node: N, key: string, compute: () => V): V {
    let answers = this.byNode.get(node);
    if (answers?.has(key)) return answers.get(key) as V;
    const answer = compute();
    if (!answers) this.byNode.set(node, (answers = new Map()));
    if (answers.size >= this.perNode) answers.delete(answers.keys().next().value as string);
    answers.set(key, answer);
    return answer;
  }
}
