import { seededRandom } from '../support/seeded-random.js';

/** Kinds of injected failure: HTTP 5xx answers, a reset connection, or no answer at all. */
export type FaultKind = '500' | '502' | '503' | 'reset' | 'timeout';

/** All fault kinds, the default mix. */
export const FAULT_KINDS: readonly FaultKind[] = ['500', '502', '503', 'reset', 'timeout'];

/** Fault injection settings: `rate` in [0, 1], deterministic from `seed`. */
export interface FaultOptions {
  rate: number;
  seed?: number;
  kinds?: FaultKind[];
}

/** Decides, request by request, whether to inject a fault and which. */
export class FaultInjector {
  private random: () => number;
  private kinds: FaultKind[];
  /** Faults injected so far, by kind. */
  readonly injected: Record<string, number> = {};

  constructor(private opts: FaultOptions) {
    this.random = seededRandom(opts.seed ?? 1);
    this.kinds = opts.kinds && opts.kinds.length > 0 ? [...opts.kinds] : [...FAULT_KINDS];
  }

  /** Changes the rate at run time (tests switch faults on for a phase). */
  setRate(rate: number): void {
    this.opts = { ...this.opts, rate };
  }

  /** The fault for the next request, if any. */
  next(): FaultKind | undefined {
    if (this.opts.rate <= 0) return undefined;
    const roll = this.random();
    const pick = this.random();
    if (roll >= this.opts.rate) return undefined;
    const kind = this.kinds[Math.floor(pick * this.kinds.length)]!;
    this.injected[kind] = (this.injected[kind] ?? 0) + 1;
    return kind;
  }
}
