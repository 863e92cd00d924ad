import { InputError } from '../../../../shared/core/errors.js';

/** One required file: satisfied when any of its candidate paths exists on the default branch. */
export interface RequiredFile {
  /** As the user wrote it, e.g. `SECURITY.md` or `.github/dependabot.yml|.github/dependabot.yaml`. */
  name: string;
  /** Paths from the repository root, any of which satisfies the requirement. */
  paths: string[];
}

/**
 * Where GitHub looks for a bare community file name: the root, `.github/` and `docs/`
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-file-location,
 * https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository).
 */
export const COMMUNITY_DIRS: readonly string[] = ['', '.github/', 'docs/'];

/** The default `required-files`. */
export const DEFAULT_REQUIRED_FILES = 'SECURITY.md, CODEOWNERS, .github/dependabot.yml|.github/dependabot.yaml';

// Paths go into GraphQL string literals: allow only characters that need no escaping there.
const SAFE_PATH = /^(?!\/)(?!.*\/\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\-/]+(?<!\/)$/;

/** Parses the `required-files` entries; throws InputError naming a bad path. */
export function parseRequiredFiles(entries: readonly string[], inputName = 'required-files'): RequiredFile[] {
  return entries.map((entry) => {
    const alternatives = entry
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const paths: string[] = [];
    for (const alt of alternatives) {
      if (!SAFE_PATH.test(alt))
        throw new InputError(
          inputName,
          entry,
          'expected file paths relative to the repository root (letters, digits, . _ - /), alternatives separated by |',
        );
      if (alt.includes('/')) paths.push(alt);
      else for (const dir of COMMUNITY_DIRS) paths.push(`${dir}${alt}`);
    }
    return { name: alternatives.join('|'), paths: [...new Set(paths)] };
  });
}
