import { isDeclarationFile } from '../language.js';
import type { FileFacts, FileRule } from '../rule.js';

const KEY_BLOCK = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;
const SCRIPT_EXT = /\.(?:sh|bash|zsh|ksh|py|rb|pl|php|js|mjs|cjs|ts|exe|bin|run|command|ps1|bat|cmd|appimage)$/i;
const DATA_EXT =
  /\.(?:md|markdown|txt|rst|json|ya?ml|toml|ini|cfg|conf|csv|tsv|xml|html?|css|scss|svg|png|jpe?g|gif|webp|ico|pdf|lock|log|map)$/i;

const rule = (
  id: string,
  title: string,
  severity: FileRule['severity'],
  cwe: number,
  help: string,
  check: FileRule['check'],
): FileRule => ({
  kind: 'file',
  id: `permission/${id}`,
  category: 'file-permission',
  severity,
  cwe,
  title,
  help,
  check,
});

/** True for a `.env` file with at least one `NAME=value` line whose value is a literal. */
function envWithValues(file: FileFacts): boolean {
  if (!file.text) return false;
  return /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*["']?(?!\$)[^\s#"'$]{3,}/m.test(file.text);
}

/** Mode bits, committed key material and executable bits. */
export const PERMISSION_RULES: readonly FileRule[] = [
  rule(
    'world-writable',
    'World-writable file',
    'high',
    732,
    'Remove write permission for others: `chmod o-w <file>` and commit the mode change (`git update-index --chmod` cannot set it; fix it in the tree that is scanned).',
    (f) =>
      f.mode & 0o002
        ? `mode ${(f.mode & 0o7777).toString(8).padStart(4, '0')} lets every user write ${f.name}`
        : undefined,
  ),
  rule(
    'setuid-setgid',
    'setuid or setgid bit set',
    'high',
    250,
    'Clear the bits (`chmod u-s,g-s <file>`); a repository has no reason to ship privileged executables.',
    (f) =>
      f.mode & 0o6000
        ? `${f.name} has the ${f.mode & 0o4000 ? 'setuid' : 'setgid'} bit (mode ${(f.mode & 0o7777).toString(8)})`
        : undefined,
  ),
  rule(
    'private-key-file',
    'Private key file committed',
    'critical',
    312,
    'Remove the key from the repository and its history, revoke it, and keep keys in a secret store.',
    (f) => {
      if (
        /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|.*\.(?:ppk|key))$/.test(f.name) &&
        (f.text === undefined || KEY_BLOCK.test(f.text) || /PuTTY-User-Key-File/.test(f.text) || f.binary)
      ) {
        return `${f.name} looks like a private key`;
      }
      if (/\.(?:pem|crt|cer|key)$/i.test(f.name) && f.text && KEY_BLOCK.test(f.text))
        return `${f.name} contains a private key block`;
      return undefined;
    },
  ),
  rule(
    'keystore-file',
    'Keystore committed',
    'high',
    312,
    'Keystores (PKCS#12, JKS, BKS, keychains) hold private keys: remove them from the repository and load them from a secret store at run time.',
    (f) =>
      /\.(?:p12|pfx|jks|keystore|bks|jceks|kdbx|keychain|gpg|asc)$/i.test(f.name) &&
      !/\.pub\.asc$/i.test(f.name) &&
      (f.binary || !/PUBLIC KEY/.test(f.text ?? ''))
        ? `${f.name} is a keystore`
        : undefined,
  ),
  rule(
    'env-file-with-values',
    '.env file with values committed',
    'high',
    538,
    'Commit a `.env.example` with empty values instead, and add `.env` to .gitignore.',
    (f) =>
      /^\.env(?:\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+)?$/.test(f.name) && envWithValues(f)
        ? `${f.name} holds environment values`
        : undefined,
  ),
  rule(
    'credentials-file',
    'Credentials file committed',
    'high',
    312,
    'Remove the file from the repository and its history, rotate what it contains, and keep it outside version control.',
    (f) =>
      /^(?:\.netrc|_netrc|\.pgpass|\.git-credentials|\.htpasswd|credentials\.json|client_secret[\w.-]*\.json|\.s3cfg|\.dockercfg)$/.test(
        f.name,
      ) && f.size > 0
        ? `${f.name} is a credentials file`
        : undefined,
  ),
  rule(
    'executable-data-file',
    'Executable bit on a non-script file',
    'low',
    732,
    'Clear the bit (`chmod -x <file>`): data, documentation and images do not need to be executable.',
    (f) => {
      // A declaration file ends in `.ts` but holds no code to run.
      const data = DATA_EXT.test(f.name) || isDeclarationFile(f.name);
      if (!(f.mode & 0o111) || (SCRIPT_EXT.test(f.name) && !data)) return undefined;
      if (f.text?.startsWith('#!')) return undefined;
      return data ? `${f.name} is executable (mode ${(f.mode & 0o777).toString(8)})` : undefined;
    },
  ),
];
