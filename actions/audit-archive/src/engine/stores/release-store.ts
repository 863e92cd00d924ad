import type { Logger } from '../../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import { type ArchivePart, partName } from '../part.js';
import {
  type ArchiveStore,
  type PutResult,
  manifestInZip,
  type StoredPart,
  storedPart,
  unzipFiles,
  zipPart,
} from './store.js';

type Release = { id: number; tag_name: string; draft: boolean; upload_url: string };
type Asset = { id: number; name: string; state: string };

/**
 * A release per part, tag `<prefix>-2026-W48` (`<prefix>-2026-W48-addendum-1` for a late addendum),
 * never marked latest, holding the part as one zip asset. Made as a draft, the asset attached, then
 * published: that works with immutable releases (assets can only be added before publication) and a
 * published release is never touched again. A draft left by a killed run is completed by the next one.
 */
export class ReleaseStore implements ArchiveStore {
  readonly kind = 'release' as const;
  readonly location: string;

  constructor(
    private readonly github: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly prefix: string,
    private readonly target: () => Promise<string | undefined>,
    private readonly logger: Logger,
  ) {
    this.location = `${owner}/${repo} releases ${prefix}-<week>`;
  }

  private tagOf(week: string, part: string): string {
    return `${this.prefix}-${partName(week, part).slice('audit-'.length)}`;
  }

  /** Every release of the repository (drafts included: GitHub's by-tag lookup does not see them), of this archive. */
  private async releases(): Promise<Release[]> {
    const all = await this.github.paginate(this.github.rest.repos.listReleases, {
      owner: this.owner,
      repo: this.repo,
      per_page: 100,
    });
    return all.filter((r) => r.tag_name.startsWith(`${this.prefix}-`));
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

  /** The published parts of `week`: release and its uploaded zip. */
  private async parts(week: string, releases: readonly Release[]): Promise<{ release: Release; asset: Asset }[]> {
    const out: { release: Release; asset: Asset }[] = [];
    const tag = new RegExp(`^${this.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${week}(-addendum-\\d+)?$`);
    for (const release of releases) {
      const m = tag.exec(release.tag_name);
      if (!m || release.draft) continue;
      const name = `audit-${week}${m[1] ?? ''}.zip`;
      const asset = (await this.assets(release)).find((a) => a.name === name && a.state === 'uploaded');
      if (asset) out.push({ release, asset });
    }
    return out;
  }

  async index(weeks: readonly string[]): Promise<StoredPart[]> {
    const releases = await this.releases();
    const out: StoredPart[] = [];
    for (const week of weeks)
      for (const { asset } of await this.parts(week, releases)) {
        const manifest = manifestInZip(await this.download(asset));
        if (manifest) out.push(storedPart(manifest));
      }
    return out;
  }

  async put(part: ArchivePart): Promise<PutResult> {
    const tag = this.tagOf(part.week, part.part);
    let release = (await this.releases()).find((r) => r.tag_name === tag);
    if (release && !release.draft) return 'present';
    if (!release) {
      const target = await this.target();
      ({ data: release } = await this.github.rest.repos.createRelease({
        owner: this.owner,
        repo: this.repo,
        tag_name: tag,
        name: `Audit archive ${part.dir}`,
        body: `Audit logs of ISO week ${part.week}${part.part === 'main' ? '' : ` (${part.part}: logs that arrived after the week was archived)`}: ${part.manifest.logs.length} logs, ${part.manifest.records} records. Verify with audit-archive in verify mode, or as docs/audit.md shows.`,
        draft: true,
        make_latest: 'false',
        ...(target ? { target_commitish: target } : {}),
      }));
    }
    const name = `${partName(part.week, part.part)}.zip`;
    const existing = (await this.assets(release)).find((a) => a.name === name);
    // A draft's asset left half uploaded by a killed run is replaced; drafts are not yet the archive.
    if (existing && existing.state !== 'uploaded')
      await this.github.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: existing.id });
    if (existing?.state !== 'uploaded') {
      const zip = zipPart(part);
      await this.github.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data: Buffer.from(zip),
        headers: { 'content-type': 'application/zip', 'content-length': zip.length },
      });
    }
    await this.github.rest.repos.updateRelease({
      owner: this.owner,
      repo: this.repo,
      release_id: release.id,
      draft: false,
      make_latest: 'false',
    });
    this.logger.debug(`Published release ${tag}.`);
    return 'written';
  }

  async read(week: string): Promise<Map<string, Uint8Array> | undefined> {
    const parts = await this.parts(week, await this.releases());
    if (parts.length === 0) return undefined;
    const out = new Map<string, Uint8Array>();
    for (const { asset } of parts)
      for (const [path, data] of unzipFiles(await this.download(asset)))
        out.set(path.startsWith(`${week}/`) ? path.slice(week.length + 1) : `../${path}`, data);
    return out;
  }
}
