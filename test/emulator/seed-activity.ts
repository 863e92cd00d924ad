import { createHash } from 'node:crypto';
import type { RepoRecord, RunRecord } from './model.js';
import { addPull } from './pull-ops.js';
import type { EmulatorState } from './state.js';

const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Workflows with runs and jobs, issues, branch protection; pull requests once git data exists. */
export function seedActivity(state: EmulatorState, repo: RepoRecord, random: () => number, pushedMs: number): void {
  const ciId = state.nextId();
  repo.workflows.push({
    id: ciId,
    node_id: state.nodeId('W', ciId),
    name: 'CI',
    path: '.github/workflows/ci.yml',
    state: random() < 0.1 ? 'disabled_inactivity' : 'active',
    created_at: repo.created_at,
    updated_at: repo.pushed_at,
  });
  const runs = 1 + Math.floor(random() * 2);
  for (let n = 1; n <= runs; n++) {
    const id = state.nextId();
    const at = iso(pushedMs - (runs - n) * DAY);
    const failed = random() < 0.2;
    const run: RunRecord = {
      id,
      node_id: state.nodeId('WFR', id),
      workflow_id: ciId,
      name: 'CI',
      run_number: n,
      run_attempt: 1,
      event: 'push',
      status: 'completed',
      conclusion: failed ? 'failure' : 'success',
      head_branch: repo.default_branch,
      head_sha: createHash('sha1').update(`${repo.name}:${n}`).digest('hex'),
      actor: 'moko-bot',
      created_at: at,
      updated_at: at,
    };
    repo.runs.push(run);
    const jobId = state.nextId();
    repo.jobs.push({
      id: jobId,
      node_id: state.nodeId('CR', jobId),
      run_id: id,
      name: 'build',
      status: 'completed',
      conclusion: run.conclusion,
      started_at: at,
      completed_at: at,
      steps: [
        { name: 'Set up job', status: 'completed', conclusion: 'success', number: 1 },
        { name: 'Run make test', status: 'completed', conclusion: run.conclusion, number: 2 },
      ],
    });
  }
  const issues = Math.floor(random() * 3);
  for (let k = 0; k < issues; k++) {
    const id = state.nextId();
    const closed = random() < 0.3;
    repo.issues.push({
      id,
      node_id: state.nodeId('I', id),
      number: repo.nextNumber++,
      title: `Issue ${k + 1} in ${repo.name}`,
      body: 'Generated issue.',
      state: closed ? 'closed' : 'open',
      state_reason: closed ? 'completed' : null,
      labels: random() < 0.5 ? ['bug'] : [],
      assignees: [],
      user: 'moko-dev',
      created_at: repo.created_at,
      updated_at: repo.pushed_at,
      closed_at: closed ? repo.pushed_at : null,
    });
  }
  if (random() < 0.5) {
    repo.protections.set(repo.default_branch, {
      required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
      enforce_admins: { enabled: false },
      required_status_checks: { strict: true, contexts: ['build'] },
    });
  }
  if (random() < 0.3) {
    const rid = state.nextId();
    repo.rulesets.push({
      id: rid,
      name: 'protect-default',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [{ type: 'deletion' }, { type: 'non_fast_forward' }],
    });
  }
  const openPr = random() < 0.3;
  if (openPr) {
    repo.afterGit = () => {
      const git = state.git(repo);
      const base = git.refs.get(`refs/heads/${repo.default_branch}`)!;
      const sha = git.commitChanges(base, [{ path: 'CHANGELOG.md', data: Buffer.from('# Changelog\n\n- pending\n') }], {
        message: 'Add changelog',
        author: { name: 'moko-dev', email: 'dev@example.com', date: repo.pushed_at },
      });
      git.refs.set('refs/heads/feature/changelog', sha);
      addPull(state, repo, {
        title: 'Add changelog',
        body: 'Generated pull request.',
        user: 'moko-dev',
        at: repo.pushed_at,
        head: 'feature/changelog',
        base: repo.default_branch,
        headSha: sha,
        draft: false,
        maintainerCanModify: true,
      });
    };
  }
}
