/** The attribution-span stage: who (source), cue, what (content) in news text. Pure. */
export { extractAttributions, MAX_TEXT_CHARS } from './extract';
export { dropSharedContents, polnearAttributions } from './polnear-view';
export { loadModel, FEATURE_VERSION, type AttributionModel } from './model';
export { trainAttributionModel, type TrainingArticle, type TrainOptions } from './train';
