/**
 * A multi-class averaged perceptron over integer feature keys (Collins 2002), with Daumé's
 * averaging trick (w_avg = w − u / c) so that training never walks all weights per step.
 */
import { argmax } from './weights';

interface Slot {
  w: Float64Array;
  u: Float64Array;
}

/**
 * Averaged weights in the committed form: feature keys sorted ascending and stored as deltas
 * from the previous key (about half the JSON of the keys themselves), and integer weights
 * (real weight × scale), `nTags` per key.
 */
export interface PackedWeights {
  scale: number;
  keyDeltas: number[];
  values: number[];
}

/** The absolute keys of packed weights. */
export function unpackKeys(p: PackedWeights): number[] {
  const keys = new Array<number>(p.keyDeltas.length);
  let k = 0;
  p.keyDeltas.forEach((d, i) => {
    k += d;
    keys[i] = k;
  });
  return keys;
}

/** A perceptron being trained. */
export class PerceptronTrainer {
  private readonly slots = new Map<number, Slot>();
  private step = 1;
  private readonly scores: Float64Array;

  constructor(readonly nTags: number) {
    this.scores = new Float64Array(nTags);
  }

  /** The current (not averaged) best tag for the features. */
  predict(features: Int32Array, n: number): number {
    this.scores.fill(0);
    for (let f = 0; f < n; f++) {
      const s = this.slots.get(features[f] as number);
      if (s === undefined) continue;
      for (let t = 0; t < this.nTags; t++) this.scores[t] = (this.scores[t] as number) + (s.w[t] as number);
    }
    return argmax(this.scores);
  }

  /** Moves weights towards `truth` and away from `guess` when they differ; counts one step. */
  update(features: Int32Array, n: number, truth: number, guess: number): void {
    if (truth !== guess) {
      for (let f = 0; f < n; f++) {
        const k = features[f] as number;
        let s = this.slots.get(k);
        if (s === undefined) {
          s = { w: new Float64Array(this.nTags), u: new Float64Array(this.nTags) };
          this.slots.set(k, s);
        }
        s.w[truth] = (s.w[truth] as number) + 1;
        s.u[truth] = (s.u[truth] as number) + this.step;
        s.w[guess] = (s.w[guess] as number) - 1;
        s.u[guess] = (s.u[guess] as number) - this.step;
      }
    }
    this.step++;
  }

  /**
   * The averaged weights as integers (weight × scale, rounded); features whose weights all
   * fall below `minWeight` in absolute value are dropped, which keeps the committed model small.
   */
  packed(scale: number, minWeight: number): PackedWeights {
    const keyDeltas: number[] = [];
    const values: number[] = [];
    let last = 0;
    for (const k of [...this.slots.keys()].sort((a, b) => a - b)) {
      const s = this.slots.get(k) as Slot;
      const avg = Array.from(s.w, (w, t) => w - (s.u[t] as number) / this.step);
      if (!avg.some((x) => Math.abs(x) >= minWeight)) continue;
      keyDeltas.push(k - last);
      last = k;
      for (const x of avg) values.push(Math.round(x * scale));
    }
    return { scale, keyDeltas, values };
  }
}
