import { stringify } from 'yaml';

/**
 * The files a platform team keeps in its standards repository, written over the demo checkout:
 * the bulk-update configuration (rolling standards out to a pilot group first), the standard files
 * it distributes, and the workflow that runs the collection.
 */
export function demoFiles(org: string, pilot: string[]): Record<string, string> {
  const bulkUpdate = {
    $schema: 'https://raw.githubusercontent.com/mokoconsulting-tech/standards/main/docs/bulk-update-config.schema.json',
    // A pilot group first: a handful of repositories, then the whole organization once it looks right.
    selection: { names: pilot, archived: false, forks: false },
    operations: [
      {
        type: 'files',
        files: [
          { source: 'standards/SECURITY.md', target: 'SECURITY.md' },
          { source: 'standards/CODE_OF_CONDUCT.md', target: 'CODE_OF_CONDUCT.md', replace: false },
          { source: 'standards/CONTRIBUTING.md', target: 'CONTRIBUTING.md', template: true },
        ],
      },
      {
        type: 'labels',
        labels: [
          { name: 'security', color: 'd73a4a', description: 'Security-related work' },
          { name: 'standards', color: '0e8a16', description: 'Rolled out by MokoStandards' },
        ],
      },
    ],
    delivery: { mode: 'pull-request', labels: ['standards'] },
  };
  const security = `# Security policy\n\nReport vulnerabilities to security@${org}.example.com. We answer within two working days.\n`;
  return {
    '.github/bulk-update.yml': `# Standards rollout, read by the bulk-update action.\n${stringify(bulkUpdate)}`,
    'standards/SECURITY.md': security,
    'standards/CODE_OF_CONDUCT.md':
      '# Code of conduct\n\nWe follow the Contributor Covenant 2.1. Report incidents to conduct@example.com.\n',
    'standards/CONTRIBUTING.md':
      '# Contributing to {{ repo.name }}\n\nOpen pull requests against `{{ repo.defaultBranch }}`; CI must pass.\n',
    'SECURITY.md': security,
    '.github/CODEOWNERS': `* @${org}/platform\n`,
    '.github/workflows/moko.yml': WORKFLOW,
  };
}

// The workflow a platform team would commit to run the collection; actions pinned by full SHA.
const WORKFLOW = `name: MokoStandards
on:
  schedule:
    - cron: '0 2 * * *'
  workflow_dispatch: {}
permissions:
  contents: read
jobs:
  standards:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      security-events: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: mokoconsulting-tech/standards/actions/health-check@v3
      - uses: mokoconsulting-tech/standards/actions/security-scan@v3
      - uses: mokoconsulting-tech/standards/actions/bulk-update@v3
        with:
          dry-run: true
`;
