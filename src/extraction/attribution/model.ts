/**
 * The trained model: the weights of the cue tagger and the role tagger, as committed JSON, and
 * its in-memory form (hash tables, built once per model object).
 */
import { unpackKeys, type PackedWeights } from './perceptron';
import { CueScorer, RoleScorer } from './scorers';
import { WeightTable } from './weights';

/** The JSON shape of a trained attribution model. */
export interface AttributionModel {
  /** Bumped when feature templates change: a model only works with the features it was trained on. */
  version: number;
  /** How it was trained (seed, epochs, corpus), for the record. */
  trainedOn: Record<string, unknown>;
  cue: PackedWeights;
  role: PackedWeights;
}

/** The feature-template version this code computes. */
export const FEATURE_VERSION = 8;

/** Number of tags of each tagger (outside + two labels). */
export const N_TAGS = 3;

/** A model ready for tagging. */
export interface LoadedModel {
  cue: WeightTable;
  role: WeightTable;
  /** The fast scorers over the same weights (see scorers.ts). */
  cueScorer: CueScorer;
  roleScorer: RoleScorer;
}

const cache = new WeakMap<AttributionModel, LoadedModel>();

/** Turns a model's JSON into lookup tables (cached per model object). */
export function loadModel(model: AttributionModel): LoadedModel {
  const hit = cache.get(model);
  if (hit) return hit;
  if (model.version !== FEATURE_VERSION) {
    throw new Error(
      `attribution model version ${model.version} does not match features version ${FEATURE_VERSION}; retrain with npm run train:attribution`,
    );
  }
  const table = (p: PackedWeights): WeightTable => new WeightTable(N_TAGS, unpackKeys(p), p.values, p.scale);
  const cue = table(model.cue);
  const role = table(model.role);
  const loaded = { cue, role, cueScorer: new CueScorer(cue), roleScorer: new RoleScorer(role) };
  cache.set(model, loaded);
  return loaded;
}
