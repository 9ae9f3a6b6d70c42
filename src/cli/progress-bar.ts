import { Presets, SingleBar } from 'cli-progress';

/**
 * The ingest command's progress bar, with the time left. The estimate averages the last 50
 * articles: the first ones are slower (the model loads, the JIT and the database are cold), and
 * an average over the whole run would keep overestimating long after that.
 */
export function ingestProgressBar(options: { stream?: NodeJS.WritableStream; forceOutput?: boolean } = {}): SingleBar {
  return new SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} articles | {eta_formatted} left',
      etaBuffer: 50,
      stream: options.stream ?? process.stderr,
      // Rendering to a stream that is no terminal is for tests; the command shows no bar there.
      noTTYOutput: options.forceOutput ?? false,
      notTTYSchedule: 0,
    },
    Presets.shades_classic,
  );
}
