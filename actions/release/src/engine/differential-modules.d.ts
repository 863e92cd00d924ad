// Minimal types of the two untyped packages the differential test compares against (dev dependencies).
declare module '@semantic-release/commit-analyzer' {
  /** semantic-release's analyzeCommits step: the release type a list of commits asks for, or null. */
  export function analyzeCommits(
    pluginConfig: { preset?: string },
    context: { commits: { hash: string; message: string }[]; logger: { log(...a: unknown[]): void }; cwd: string },
  ): Promise<'major' | 'minor' | 'patch' | null>;
}

declare module 'conventional-changelog-conventionalcommits' {
  /** The conventionalcommits preset: parser options and changelog writer options. */
  export default function createPreset(config?: unknown): {
    parser: Record<string, unknown>;
    writer: { transform?: (commit: unknown, context: unknown) => unknown };
  };
}
