import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { Annotations, GITHUB_ANNOTATION_LIMITS } from './annotations.js';

describe('Annotations', () => {
  it('emits annotations through the logger with their properties', () => {
    const logger = recordingLogger();
    const a = new Annotations(logger);
    expect(a.add('error', 'bad', { file: 'src/a.ts', startLine: 3 })).toBe(true);
    a.add('warning', 'meh');
    a.add('notice', 'fyi');
    expect(logger.lines).toEqual(['error: src/a.ts:3: bad', 'warning: meh', 'notice: fyi']);
  });

  it("caps each level at GitHub's 10 per step and counts the rest", () => {
    const logger = recordingLogger();
    const a = new Annotations(logger);
    for (let i = 0; i < 13; i += 1) a.add('error', `e${i}`);
    for (let i = 0; i < 11; i += 1) a.add('warning', `w${i}`);
    expect(logger.lines.filter((l) => l.startsWith('error:'))).toHaveLength(10);
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(10);
    expect(logger.lines).toContain('debug: annotation not shown (error): e10');
    expect(a.counts()).toEqual({
      emitted: { error: 10, warning: 10, notice: 0 },
      suppressed: { error: 3, warning: 1, notice: 0 },
    });
  });

  it('flush() logs one line with the hidden counts and returns the counts', () => {
    const logger = recordingLogger();
    const a = new Annotations(logger);
    for (let i = 0; i < 12; i += 1) a.add('notice', `n${i}`, { file: 'x', startLine: i + 1 });
    logger.lines.length = 0;
    const counts = a.flush();
    expect(counts.suppressed).toEqual({ error: 0, warning: 0, notice: 2 });
    expect(logger.lines).toEqual([
      'info: 2 more annotations not shown (2 notice): GitHub shows at most 10 error, 10 warning and 10 notice ' +
        'annotations per step and 50 per job; debug logging lists the rest.',
    ]);
  });

  it('flush() logs nothing when every annotation was shown', () => {
    const logger = recordingLogger();
    const a = new Annotations(logger);
    a.add('error', 'one');
    logger.lines.length = 0;
    expect(a.flush().emitted.error).toBe(1);
    expect(logger.lines).toEqual([]);
  });

  it('applies the total cap across levels', () => {
    const logger = recordingLogger();
    const a = new Annotations(logger, { total: 3 });
    a.add('error', 'e1');
    a.add('warning', 'w1');
    a.add('notice', 'n1');
    expect(a.add('error', 'e2')).toBe(false);
    expect(a.counts().suppressed.error).toBe(1);
  });

  it('documents the GitHub limits it enforces by default', () => {
    expect(GITHUB_ANNOTATION_LIMITS).toEqual({ error: 10, warning: 10, notice: 10, total: 50 });
  });
});
