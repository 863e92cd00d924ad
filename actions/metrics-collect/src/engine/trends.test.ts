import { describe, expect, it } from 'vitest';
import { historyLabels, signed } from './trends.js';

describe('trend labels', () => {
  it('uses the day, adds the time when a day repeats, and a counter when even that repeats', () => {
    expect(historyLabels([{ collectedAt: '2026-05-01T06:00:00Z' }, { collectedAt: '2026-05-02T06:00:00Z' }])).toEqual([
      '05-01',
      '05-02',
    ]);
    expect(
      historyLabels([
        { collectedAt: '2026-05-01T06:00:00Z' },
        { collectedAt: '2026-05-01T18:30:00Z' },
        { collectedAt: '2026-05-01T18:30:40Z' },
      ]),
    ).toEqual(['05-01 06:00', '05-01 18:30', '05-01 18:30 #2']);
  });

  it('signs changes and rounds ratios', () => {
    expect([signed(3), signed(-2), signed(0), signed(0.123456)]).toEqual(['+3', '-2', '0', '+0.1235']);
  });
});
