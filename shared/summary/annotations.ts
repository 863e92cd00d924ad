import type { AnnotationProperties, Logger } from '../core/logger.js';

/** The three annotation levels of workflow commands. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Annotations per level (per step) and in total (per job). */
export interface AnnotationLimits {
  error: number;
  warning: number;
  notice: number;
  total: number;
}

/**
 * What GitHub shows: 10 error, 10 warning and 10 notice annotations per step, 50 per job; the rest
 * are dropped silently (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations;
 * the Checks API caps a request at 50 too: https://docs.github.com/en/rest/checks/runs#update-a-check-run).
 * One action is one step, so the per-step caps apply to one instance.
 */
export const GITHUB_ANNOTATION_LIMITS: Readonly<AnnotationLimits> = { error: 10, warning: 10, notice: 10, total: 50 };

/** Emitted and suppressed annotations per level. */
export interface AnnotationCounts {
  emitted: Record<AnnotationLevel, number>;
  suppressed: Record<AnnotationLevel, number>;
}

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];
const zero = (): Record<AnnotationLevel, number> => ({ error: 0, warning: 0, notice: 0 });

/**
 * Annotations through a Logger, capped at what GitHub will display. Extra ones are counted (and
 * logged at debug level) instead of being emitted into the void, and `flush()` says how many
 * were not shown, which GitHub itself never does.
 */
export class Annotations {
  private readonly limits: AnnotationLimits;
  private readonly emitted = zero();
  private readonly suppressed = zero();

  constructor(
    private readonly logger: Logger,
    limits: Partial<AnnotationLimits> = {},
  ) {
    this.limits = { ...GITHUB_ANNOTATION_LIMITS, ...limits };
  }

  /** Emits an annotation if the caps allow it; returns whether it was emitted. */
  add(level: AnnotationLevel, message: string, props?: AnnotationProperties): boolean {
    const total = this.emitted.error + this.emitted.warning + this.emitted.notice;
    if (this.emitted[level] >= this.limits[level] || total >= this.limits.total) {
      this.suppressed[level] += 1;
      const where = props?.file ? `${props.file}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
      this.logger.debug(`annotation not shown (${level}): ${where}${message}`);
      return false;
    }
    this.emitted[level] += 1;
    this.logger[level](message, props);
    return true;
  }

  /** Emitted and suppressed counts so far. */
  counts(): AnnotationCounts {
    return { emitted: { ...this.emitted }, suppressed: { ...this.suppressed } };
  }

  /**
   * Logs one line saying how many annotations were not shown (nothing when none were) and returns
   * the counts. The line is plain info, not an annotation, so it is not capped itself.
   */
  flush(): AnnotationCounts {
    const counts = this.counts();
    const hidden = LEVELS.reduce((sum, level) => sum + counts.suppressed[level], 0);
    if (hidden > 0) {
      const parts = LEVELS.filter((l) => counts.suppressed[l] > 0).map((l) => `${counts.suppressed[l]} ${l}`);
      const l = this.limits;
      this.logger.info(
        `${hidden} more annotation${hidden === 1 ? '' : 's'} not shown (${parts.join(', ')}): GitHub shows at most ` +
          `${l.error} error, ${l.warning} warning and ${l.notice} notice annotations per step and ${l.total} per job; ` +
          'debug logging lists the rest.',
      );
    }
    return counts;
  }
}
