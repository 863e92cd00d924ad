import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from '../../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import { type ArchivePart, partName } from '../part.js';
import { type ArchiveStore, type PutResult, manifestInZip, type StoredPart, storedPart, unzipFiles } from './store.js';

/** Uploads files under `root` as a workflow artifact kept `retentionDays` (shared/artifacts/upload.ts in production). */
export type ArtifactUpload = (
  name: string,
  files: string[],
  root: string,
  retentionDays: number,
) => Promise<{ uploaded: boolean; name?: string; reason?: string }>;

/**
 * Each part as a workflow artifact `audit-archive-<week>[-addendum-<n>]` of the archiving run, kept
 * `retentionDays` (GitHub allows up to 400 where the repository or organization setting permits;
 * less is capped silently by GitHub). Known by name across the repository's runs, so a part is
 * uploaded once.
 */
export class ArtifactStore implements ArchiveStore {
  readonly kind = 'artifact' as const;
  readonly location: string;

  constructor(
    private readonly github: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly retentionDays: number,
    private readonly upload: ArtifactUpload,
    private readonly stagingDir: string,
    private readonly logger: Logger,
  ) {
    this.location = `${owner}/${repo} artifacts audit-archive-<week> (${retentionDays} days)`;
  }

  private static nameOf(week: string, part: string): string {
    return `audit-archive-${partName(week, part).slice('audit-'.length)}`;
  }

  /** The artifact of one name (exact-name listing, https://docs.github.com/rest/actions/artifacts). */
  private async named(name: string): Promise<{ id: number; name: string } | undefined> {
    const all = await this.github.paginate(this.github.rest.actions.listArtifactsForRepo, {
      owner: this.owner,
      repo: this.repo,
      name,
      per_page: 100,
    });
    return all.find((a) => !a.expired && a.name === name);
  }

  /** The parts of a week: the main one, then addenda 1, 2, … up to the first one absent. */
  private async find(prefix: string): Promise<{ id: number; name: string }[]> {
    const out: { id: number; name: string }[] = [];
    for (let n = 0; ; n++) {
      const a = await this.named(n === 0 ? prefix : `${prefix}-addendum-${n}`);
      if (!a) return out;
      out.push(a);
    }
  }

  private async download(id: number): Promise<Uint8Array> {
    const { data } = await this.github.rest.actions.downloadArtifact({
      owner: this.owner,
      repo: this.repo,
      artifact_id: id,
      archive_format: 'zip',
    });
    return new Uint8Array(data as ArrayBuffer);
  }

  async index(weeks: readonly string[]): Promise<StoredPart[]> {
    const out: StoredPart[] = [];
    for (const week of weeks)
      for (const a of await this.find(`audit-archive-${week}`)) {
        const m = manifestInZip(await this.download(a.id));
        if (m) out.push(storedPart(m));
      }
    return out;
  }

  async put(part: ArchivePart): Promise<PutResult> {
    const name = ArtifactStore.nameOf(part.week, part.part);
    if (await this.named(name)) return 'present';
    const root = join(this.stagingDir, name);
    rmSync(root, { recursive: true, force: true });
    const files: string[] = [];
    for (const [path, data] of part.files) {
      const file = join(root, part.dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      files.push(file);
    }
    const result = await this.upload(name, files.sort(), root, this.retentionDays);
    if (result.uploaded) return 'written';
    this.logger.warning(`Archive artifact ${name} not uploaded: ${result.reason ?? 'unknown reason'}.`);
    return 'skipped';
  }

  async read(week: string): Promise<Map<string, Uint8Array> | undefined> {
    const found = await this.find(`audit-archive-${week}`);
    if (found.length === 0) return undefined;
    const out = new Map<string, Uint8Array>();
    for (const a of found)
      for (const [path, data] of unzipFiles(await this.download(a.id)))
        if (path.startsWith(`${week}/`)) out.set(path.slice(week.length + 1), data);
    return out;
  }
}
