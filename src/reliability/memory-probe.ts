/**
 * Preloaded into the API server by the reliability harnesses (`node -r …/memory-probe.js
 * dist/src/main.js`): answers a `memory` message on the IPC channel with the process's heap and
 * RSS, so a soak can sample the server's memory from outside without an endpoint in the product.
 * With `--expose-gc` it collects first, so the heap figure is what is retained, not garbage.
 */
if (process.send && process.channel) {
  process.on('message', (message: unknown) => {
    if (message !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    process.send?.({ memory: { rss, heapUsed, heapTotal, external, afterGc: Boolean(gc) } });
  });
  // The channel must not keep the server alive once main.ts has shut everything else down.
  process.channel.unref();
}
