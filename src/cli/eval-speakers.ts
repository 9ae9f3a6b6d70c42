/**
 * npm run eval:speakers — extracts each article of the speaker-identity gold (eval/speaker-gold,
 * PolNeAR dev) and reports, per mention type, how often the extracted speaker is the entity a
 * reader resolves the source to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../config/config';
import { extractArticle } from '../extraction/pipeline';
import { defaultPolnearDir } from '../extraction/polnear';
import { parseSpeakerGold } from '../extraction/polnear/speaker-gold';
import { formatSpeakerScore, scoreSpeakers, type SpeakerScoringInput } from '../extraction/polnear/speaker-score';

function main(argv: string[]): void {
  const program = new Command()
    .name('eval-speakers')
    .description('Score speaker identity against the hand-resolved gold of PolNeAR dev articles.')
    .option('--gold <dir>', 'gold folder (NAME.jsonl per article)', path.join(PROJECT_ROOT, 'eval', 'speaker-gold'))
    .option('--texts <dir>', 'folder of the articles (NAME.txt)', path.join(defaultPolnearDir(), 'dev', 'text'))
    .option('--details', 'list every attribution whose speaker is wrong or not found')
    .option('--json', 'print the figures as JSON')
    .parse(argv);
  const opts = program.opts<{ gold: string; texts: string; details?: boolean; json?: boolean }>();
  const files = fs.readdirSync(opts.gold).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`no gold (.jsonl) files in ${opts.gold}`);
  const inputs: SpeakerScoringInput[] = files.map((goldFile) => {
    const file = goldFile.replace(/\.jsonl$/, '.txt');
    const textPath = path.join(opts.texts, file);
    if (!fs.existsSync(textPath)) throw new Error(`${goldFile}: its article ${textPath} does not exist (see --texts)`);
    const text = fs.readFileSync(textPath, 'utf8');
    const gold = parseSpeakerGold(goldFile, fs.readFileSync(path.join(opts.gold, goldFile), 'utf8'), text);
    return { file, text, gold, extraction: extractArticle(text) };
  });
  const score = scoreSpeakers(inputs);
  if (opts.json) {
    console.log(JSON.stringify(opts.details ? score : { overall: score.overall, byMentionType: score.byMentionType }, null, 2));
    return;
  }
  console.log(`${files.length} articles\n${formatSpeakerScore(score)}`);
  if (opts.details) {
    for (const m of score.misses) {
      console.log(`${m.file}\t${m.mentionType}\t${JSON.stringify(m.mention)}\texpected ${m.expected ?? '(none)'}\tgot ${m.got ?? '(not found)'}`);
    }
  }
}

try {
  main(process.argv);
} catch (err) {
  console.error(`eval-speakers: ${(err as Error).message}`);
  process.exit(1);
}
