/**
 * npm run train:attribution — trains the attribution taggers on PolNeAR train (only), writes the
 * model JSON, and prints the dev figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { polnearAttributions, trainAttributionModel } from '../extraction/attribution';
import { defaultPolnearDir, evaluateExtractor, formatScore, loadCorpus } from '../extraction/polnear';

const DEFAULT_MODEL = path.resolve(__dirname, '../extraction/attribution/model/attribution-model.json');

function main(argv: string[]): void {
  const program = new Command()
    .name('train-attribution')
    .description('Train the attribution tagger on the PolNeAR train split and print dev figures.')
    .option('--data <dir>', 'PolNeAR folder holding train/ and dev/', defaultPolnearDir())
    .option('--epochs <n>', 'training passes', '6')
    .option('--seed <n>', 'shuffling seed', '13')
    .option('--scale <n>', 'weights are stored as integers: weight × scale', '10')
    .option('--min-weight <w>', 'drop features whose weights all stay below this', '0.5')
    .option('--out <file>', 'where to write the model JSON', DEFAULT_MODEL)
    .parse(argv);
  const opts = program.opts<{ data: string; epochs: string; seed: string; scale: string; minWeight: string; out: string }>();
  const train = loadCorpus(path.join(opts.data, 'train'));
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', clearOnComplete: true }, Presets.shades_classic);
  let phase = '';
  const model = trainAttributionModel(train, {
    epochs: Number(opts.epochs),
    seed: Number(opts.seed),
    scale: Number(opts.scale),
    minWeight: Number(opts.minWeight),
    onProgress: (done, total, p) => {
      if (p !== phase) {
        bar.stop();
        phase = p;
        bar.start(total, 0, { phase });
      }
      bar.update(done, { phase });
    },
  });
  bar.stop();
  fs.writeFileSync(opts.out, `${JSON.stringify(model)}\n`);
  const size = fs.statSync(opts.out).size;
  console.log(`model: ${opts.out} (${(size / 1e6).toFixed(2)} MB, ${model.cue.keyDeltas.length} cue + ${model.role.keyDeltas.length} role features)`);
  const dev = loadCorpus(path.join(opts.data, 'dev'));
  console.log('dev:');
  console.log(formatScore(evaluateExtractor(dev, (t) => polnearAttributions(t, model))));
}

try {
  main(process.argv);
} catch (err) {
  console.error(`train-attribution: ${(err as Error).message}`);
  process.exit(1);
}
