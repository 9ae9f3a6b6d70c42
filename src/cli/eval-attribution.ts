/**
 * npm run eval:attribution -- DIR — extracts every article of a PolNeAR-format folder (or reads
 * --predictions) and prints the reference scorer's four figures in its format.
 */
import fs from 'node:fs';
import { Command } from 'commander';
import { polnearAttributions } from '../extraction/attribution';
import { evaluateExtractor, formatScore, loadCorpus, parsePredictions, scoreAttributions } from '../extraction/polnear';

function main(argv: string[]): void {
  const program = new Command()
    .name('eval-attribution')
    .description('Score attribution extraction on a PolNeAR-format folder (DIR/text, DIR/attributions).')
    .argument('<dir>', 'gold folder')
    .option('--predictions <file>', 'score this predictions JSONL instead of running extraction')
    .option('--json', 'print the figures as JSON')
    .parse(argv);
  const [dir] = program.args as [string];
  const opts = program.opts<{ predictions?: string; json?: boolean }>();
  const gold = loadCorpus(dir);
  const result = opts.predictions
    ? scoreAttributions(gold, parsePredictions(fs.readFileSync(opts.predictions, 'utf8')))
    : evaluateExtractor(gold, (t) => polnearAttributions(t));
  console.log(opts.json ? JSON.stringify(result, null, 2) : formatScore(result));
}

try {
  main(process.argv);
} catch (err) {
  console.error(`eval-attribution: ${(err as Error).message}`);
  process.exit(1);
}
