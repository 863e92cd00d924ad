import type { Logger } from '../../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import { type ArchivePart, partName } from '../part.js';
import { type ArchiveStore, manifestInZip, type StoredPart, storedPart, unzipFiles, zipPart } from './store.js';

const status = (e: unknown) => (e as { status?: number }).status;

type Release = { id: number; upload_url: string };
type Asset = { id: number; name: string; state: string };

/**
 * One release (tag `tag`, never marked latest) holding a zip asset per part: `audit-2026-W48.zip`,
 * `audit-2026-W48-addendum-1.zip`. An asset that is there is never replaced; one left half uploaded
 * by a killed run (state other than `uploaded`) is deleted and uploaded again.
 */
export class ReleaseStore implements ArchiveStore {
  readonly kind = 'release' as const;
  readonly location: string;

  constructor(
    private readonly github: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly tag: string,
    private readonly target: () => Promise<string | undefined>,
    private readonly logger: Logger,
  ) {
    this.location = `${owner}/${repo} release ${tag}`;
  }

  private async release(create: boolean): Promise<Release | undefined> {
    try {
      const { data } = await this.github.rest.repos.getReleaseByTag({
        owner: this.owner,
        repo: this.repo,
        tag: this.tag,
      });
      return data;
    } catch (error) {
      if (status(error) !== 404 || !create) {
        if (status(error) === 404) return undefined;
        throw error;
      }
    }
    const target = await this.target();
    const { data } = await this.github.rest.repos.createRelease({
      owner: this.owner,
      repo: this.repo,
      tag_name: this.tag,
      name: 'Audit archive',
      body: 'Weekly audit archives written by audit-archive: one zip per ISO week (and per late addendum), each with its manifest. Verify with `audit-archive` in `verify` mode or as docs/audit.md shows.',
      make_latest: 'false',
      ...(target ? { target_commitish: target } : {}),
    });
    this.logger.info(`Created release ${this.tag} for the audit archive.`);
    return data;
  }

  private async assets(release: Release): Promise<Asset[]> {
    return this.github.paginate(this.github.rest.repos.listReleaseAssets, {
      owner: this.owner,
      repo: this.repo,
      release_id: release.id,
      per_page: 100,
    });
  }

  private async download(asset: Asset): Promise<Uint8Array> {
    const { data } = await this.github.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: this.owner,
      repo: this.repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    return new Uint8Array(data as unknown as ArrayBuffer);
  }

  async index(weeks: readonly string[]): Promise<StoredPart[]> {
    const release = await this.release(false);
    if (!release) return [];
    const out: StoredPart[] = [];
    for (const a of await this.assets(release)) {
      const m = /^audit-(\d{4}-W\d{2})(?:-addendum-\d+)?\.zip$/.exec(a.name);
      if (!m || !weeks.includes(m[1]!) || a.state !== 'uploaded') continue;
      const manifest = manifestInZip(await this.download(a));
      if (manifest) out.push(storedPart(manifest));
    }
    return out;
  }

  async put(part: ArchivePart): Promise<'written' | 'present'> {
    const release = (await this.release(true))!;
    const name = `${partName(part.week, part.part)}.zip`;
    const existing = (await this.assets(release)).find((a) => a.name === name);
    if (existing?.state === 'uploaded') return 'present';
    if (existing)
      await this.github.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: existing.id });
    const zip = zipPart(part);
    await this.github.request({
      method: 'POST',
      url: release.upload_url,
      name,
      label: `Audit archive ${part.dir}`,
      data: Buffer.from(zip),
      headers: { 'content-type': 'application/zip', 'content-length': zip.length },
    });
    return 'written';
  }

  async read(week: string): Promise<Map<string, Uint8Array> | undefined> {
    const release = await this.release(false);
    if (!release) return undefined;
    const parts = (await this.assets(release)).filter((a) =>
      new RegExp(`^audit-${week}(?:-addendum-\\d+)?\\.zip$`).test(a.name),
    );
    if (parts.length === 0) return undefined;
    const out = new Map<string, Uint8Array>();
    for (const a of parts)
      for (const [path, data] of unzipFiles(await this.download(a)))
        if (path.startsWith(`${week}/`)) out.set(path.slice(week.length + 1), data);
    return out;
  }
}
