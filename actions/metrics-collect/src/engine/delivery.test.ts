import { describe, expect, it } from 'vitest';
import { computeDelivery } from './delivery.js';
import type { RepoState, RunEvent } from './types.js';

const NOW = Date.UTC(2026, 3, 29);
const H = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * H).toISOString();

function repo(name: string, over: Partial<RepoState> = {}): RepoState {
  return {
    name,
    archived: false,
    fork: false,
    visibility: 'private',
    language: null,
    stars: 0,
    forks: 0,
    openIssues: 0,
    openPullRequests: 0,
    oldPullRequests: 0,
    oldPullRequestsAtLeast: false,
    oldestOpenPullRequestAt: null,
    pushedAt: at(1),
    defaultBranch: 'main',
    protectedDefaultBranch: true,
    runs: [],
    pulls: [],
    issues: [],
    releases: [],
    deployments: [],
    ...over,
  };
}

let id = 0;
function run(workflow: string, event: string, conclusion: string | null, hoursAgo: number, minutes = 10): RunEvent {
  return {
    id: ++id,
    workflow,
    event,
    status: conclusion ? 'completed' : 'in_progress',
    conclusion,
    createdAt: at(hoursAgo),
    startedAt: new Date(NOW - hoursAgo * H + 60_000).toISOString(),
    updatedAt: new Date(NOW - hoursAgo * H + 60_000 + minutes * 60_000).toISOString(),
  };
}

describe('delivery figures', () => {
  it('counts conclusions, excludes cancelled runs from the success rate, and measures queue and duration', () => {
    const d = computeDelivery(
      [
        repo('a', {
          runs: [
            run('CI', 'push', 'success', 5),
            run('CI', 'push', 'failure', 4),
            run('CI', 'push', 'cancelled', 3),
            run('CI', 'push', 'success', 2),
          ],
        }),
        // archived repositories and runs before the window do not count
        repo('old', { archived: true, runs: [run('CI', 'push', 'failure', 2)] }),
        repo('b', { runs: [run('CI', 'push', 'failure', 24 * 40)] }),
      ],
      NOW,
      28,
    );
    expect(d.runs.total).toBe(4);
    expect(d.runs.byConclusion).toEqual({ success: 2, failure: 1, cancelled: 1 });
    expect(d.runs.successRate).toBeCloseTo(2 / 3);
    expect(d.runs.queue).toMatchObject({ count: 4, p50: 60 });
    expect(d.runs.duration).toMatchObject({ count: 4, p50: 600 });
  });

  it('measures the recovery of a failing scheduled workflow and flags one failing now', () => {
    const d = computeDelivery(
      [
        repo('a', {
          runs: [
            run('Nightly', 'schedule', 'success', 96),
            run('Nightly', 'schedule', 'failure', 72),
            run('Nightly', 'schedule', 'failure', 48),
            run('Nightly', 'schedule', 'success', 24),
            run('Other', 'schedule', 'failure', 10),
          ],
        }),
      ],
      NOW,
      28,
    );
    // first failure (72 h ago, done 11 min later) to the next success (24 h ago, done 11 min later): 48 h
    expect(d.runs.scheduledRecovery).toMatchObject({ count: 1, mean: 48 * 3600 });
    expect(d.runs.scheduledFailing).toBe(1);
    expect(d.runs.workflows.find((w) => w.workflow === 'Other')).toMatchObject({ failing: true, scheduled: true });
  });

  it('computes the four DORA keys from deployments, reverts and first commits', () => {
    const deployments = [
      { id: 1, environment: 'production', createdAt: at(100), state: 'success', statusAt: at(99) },
      { id: 2, environment: 'production', createdAt: at(80), state: 'failure', statusAt: at(79) },
      { id: 3, environment: 'production', createdAt: at(70), state: 'success', statusAt: at(69) },
      { id: 4, environment: 'production', createdAt: at(10), state: 'in_progress', statusAt: null },
    ];
    const pulls = [
      {
        number: 1,
        createdAt: at(50),
        updatedAt: at(40),
        mergedAt: at(40),
        closedAt: at(40),
        firstReviewAt: at(45),
        firstCommitAt: at(60),
        revert: false,
      },
      {
        number: 2,
        createdAt: at(30),
        updatedAt: at(20),
        mergedAt: at(20),
        closedAt: at(20),
        firstReviewAt: null,
        firstCommitAt: at(32),
        revert: true,
      },
      {
        number: 3,
        createdAt: at(5),
        updatedAt: at(5),
        mergedAt: null,
        closedAt: null,
        firstReviewAt: null,
        firstCommitAt: at(6),
        revert: false,
      },
    ];
    const d = computeDelivery(
      [repo('svc', { deployments, pulls }), repo('lib', { releases: [{ tag: 'v1', publishedAt: at(3) }] })],
      NOW,
      7,
    );
    // 3 final deployments of svc + 1 release of lib (no deployments there); the in-progress one does not count yet
    expect(d.dora.deployments).toBe(4);
    expect(d.dora.deploymentsPerDay).toBeCloseTo(4 / 7, 3);
    // one failed deployment + one merged revert
    expect(d.dora.failures).toBe(2);
    expect(d.dora.changeFailureRate).toBe(0.5);
    // failed 80 h ago, restored 70 h ago
    expect(d.dora.timeToRestore).toMatchObject({ count: 1, p50: 10 * 3600 });
    // first commit → merge: 20 h and 12 h
    expect(d.dora.leadTime).toMatchObject({ count: 2, p50: 12 * 3600, mean: 16 * 3600 });
    expect(d.pulls).toMatchObject({ opened: 3, merged: 2 });
    expect(d.pulls.firstReview).toMatchObject({ count: 1, p50: 5 * 3600 });
  });
});
