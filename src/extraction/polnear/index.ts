/** PolNeAR: reading the corpus (BRAT standoff), the prediction format, and the scorer's figures. */
export { parseAnn, type Fragment, type GoldAttribution } from './brat';
export { loadCorpus, defaultPolnearDir, type GoldArticle } from './corpus';
export { evaluateExtractor, toScored } from './evaluate';
export {
  toPredictionLine,
  predictedFragments,
  type PredictedAttribution,
  type PredictedSpan,
  type PredictionLine,
} from './predictions';
export {
  scoreAttributions,
  parsePredictions,
  formatScore,
  formatFixed3,
  type ScoreResult,
  type ScoredPrediction,
  type Prf,
} from './score';
