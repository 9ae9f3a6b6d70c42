/**
 * Reading a PolNeAR-format folder (DIR/text/NAME.txt, DIR/attributions/NAME_<annotator>.ann).
 * The only part of extraction that touches the file system; used by the CLIs and training.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAnn, type GoldAttribution } from './brat';
import { PROJECT_ROOT } from '../../config/config';

/** One article with its reference annotation (the first annotation file by name). */
export interface GoldArticle {
  /** The text file's name without ".txt". */
  key: string;
  text: string;
  attributions: GoldAttribution[];
}

const ANNOTATOR_SUFFIX = /_[0-9a-f]+\.ann$/;

/** Codepoint order, as Python's sorted() orders file names. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Loads every article of a PolNeAR-format folder, sorted by name. */
export function loadCorpus(dir: string): GoldArticle[] {
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  if (!fs.existsSync(textDir)) throw new Error(`not a PolNeAR folder (no text/ inside): ${dir}`);
  const anns = new Map<string, string[]>();
  if (fs.existsSync(annDir)) {
    for (const name of fs.readdirSync(annDir).sort(byName)) {
      if (!name.endsWith('.ann')) continue;
      const key = name.replace(ANNOTATOR_SUFFIX, '');
      anns.set(key, [...(anns.get(key) ?? []), name]);
    }
  }
  const articles: GoldArticle[] = [];
  for (const name of fs.readdirSync(textDir).sort(byName)) {
    if (!name.endsWith('.txt')) continue;
    const key = name.slice(0, -4);
    const text = fs.readFileSync(path.join(textDir, name), 'utf8');
    const ann = anns.get(key)?.[0];
    const attributions = ann ? parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8')) : [];
    articles.push({ key, text, attributions });
  }
  return articles;
}

/** The PolNeAR folder beside the repository: <repo>/../shared/datasets/polnear. */
export function defaultPolnearDir(repoRoot: string = PROJECT_ROOT): string {
  return path.resolve(repoRoot, '..', 'shared', 'datasets', 'polnear');
}
