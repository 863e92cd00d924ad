import picomatch from 'picomatch';
import type { Selection } from './config.js';
import type { RepoInfo } from './repos.js';

/** The repositories a run targets, and those left out with the reason (shown before anything is written). */
export interface SelectionResult {
  selected: RepoInfo[];
  excluded: { name: string; reason: string }[];
}

function matcher(globs: string[] | undefined): ((name: string) => boolean) | undefined {
  if (!globs || globs.length === 0) return undefined;
  return picomatch(globs, { nocase: true });
}

function propertyMatches(repo: RepoInfo, wanted: Record<string, string | string[]>): string | undefined {
  for (const [name, allowed] of Object.entries(wanted)) {
    const want = (Array.isArray(allowed) ? allowed : [allowed]).map((v) => v.toLowerCase());
    const have = repo.properties[name];
    const values = (Array.isArray(have) ? have : have == null ? [] : [have]).map((v) => v.toLowerCase());
    if (!values.some((v) => want.includes(v))) return `custom property ${name}=${values.join(',') || '(unset)'}`;
  }
  return undefined;
}

/**
 * Why a repository is not targeted, or undefined when it is. Pure: no API calls. The globs are compiled
 * once per selection, not once per repository.
 */
function exclusionReason(s: Selection): (repo: RepoInfo) => string | undefined {
  const exclude = matcher(s.exclude);
  const include = matcher(s.include);
  const names = matcher(s.names);
  return (repo) => {
    if (repo.archived && !s.archived) return 'archived';
    if (repo.fork && !s.forks) return 'fork';
    if (exclude?.(repo.name)) return 'excluded by name';
    if (include?.(repo.name)) return undefined;
    if (names && !names(repo.name)) return 'name does not match';
    if (s.topics && !s.topics.some((t) => repo.topics.includes(t.toLowerCase()))) return 'no matching topic';
    if (s.visibility && !s.visibility.includes(repo.visibility as 'public')) return `visibility ${repo.visibility}`;
    if (s.languages && !s.languages.some((l) => l.toLowerCase() === (repo.language ?? '').toLowerCase())) {
      return `language ${repo.language ?? '(none)'}`;
    }
    if (s.properties) return propertyMatches(repo, s.properties);
    return undefined;
  };
}

/** Applies the selection filters to a listing. */
export function selectRepos(repos: RepoInfo[], s: Selection): SelectionResult {
  const result: SelectionResult = { selected: [], excluded: [] };
  const reasonFor = exclusionReason(s);
  for (const repo of repos) {
    const reason = reasonFor(repo);
    if (reason) result.excluded.push({ name: repo.name, reason });
    else result.selected.push(repo);
  }
  return result;
}
