import { withBase62Crc } from '../../actions/security-scan/src/engine/checksums.js';
import type { SeedFile } from './model.js';

/** Languages the generator spreads across repositories, with file extension and a typical source file. */
export const LANGUAGES = [
  { name: 'TypeScript', ext: 'ts', dir: 'src' },
  { name: 'JavaScript', ext: 'js', dir: 'lib' },
  { name: 'Python', ext: 'py', dir: 'app' },
  { name: 'Go', ext: 'go', dir: 'cmd' },
  { name: 'Java', ext: 'java', dir: 'src/main/java' },
  { name: 'Ruby', ext: 'rb', dir: 'lib' },
  { name: 'PHP', ext: 'php', dir: 'src' },
  { name: 'Shell', ext: 'sh', dir: 'scripts' },
  { name: 'Rust', ext: 'rs', dir: 'src' },
  { name: 'C#', ext: 'cs', dir: 'src' },
] as const;

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function pick(random: () => number, alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

/**
 * Fake credentials in real formats, built at run time so no literal secret sits in the source. GitHub tokens
 * carry the CRC32 checksum of their random part, so scanners that verify checksums still report them
 * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 */
export function plantedSecret(random: () => number): { kind: string; line: string } {
  const kinds = ['github', 'aws', 'slack', 'stripe', 'pem'] as const;
  const kind = kinds[Math.floor(random() * kinds.length)]!;
  switch (kind) {
    case 'github': {
      return { kind, line: `GITHUB_TOKEN = "${['gh', 'p_'].join('')}${withBase62Crc(pick(random, B62, 30))}"` };
    }
    case 'aws':
      return {
        kind,
        line: `aws_access_key_id = ${['AK', 'IA'].join('')}${pick(random, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
      };
    case 'slack':
      return {
        kind,
        line: `SLACK_TOKEN = "${['xo', 'xb'].join('')}-${pick(random, '0123456789', 11)}-${pick(random, '0123456789', 12)}-${pick(random, B62, 24)}"`,
      };
    case 'stripe':
      return { kind, line: `stripe_key = "${['sk', '_live_'].join('')}${pick(random, B62, 24)}"` };
    default: {
      const lines = Array.from({ length: 6 }, () => pick(random, `${B62}+/`, 64));
      return {
        kind,
        line: ['-----BEGIN RSA', ' PRIVATE KEY-----', '\n', lines.join('\n'), '\n-----END RSA PRIVATE KEY-----'].join(
          '',
        ),
      };
    }
  }
}

// Planted in generated repositories for scans to find; not code of ours (hence the suppressions).
const DANGEROUS: Record<string, string> = {
  // moko-ignore: dangerous/js-eval planted sample
  ts: 'export function run(input: string) {\n  return eval(input);\n}\n',
  // moko-ignore: dangerous/js-child-process-exec planted sample
  js: "const { exec } = require('child_process');\nexports.run = (name) => exec('ls ' + name);\n",
  py: 'import subprocess\n\ndef run(name):\n    return subprocess.call("ls " + name, shell=True)\n',
  go: 'package main\n\nimport "os/exec"\n\nfunc run(name string) { exec.Command("sh", "-c", "ls "+name).Run() }\n',
  sh: '#!/bin/sh\ncurl -fsSL https://example.com/install.sh | sh\nchmod 777 /tmp/cache\n',
  rb: 'def run(name)\n  system("ls #{name}")\nend\n',
  php: '<?php\nfunction run($name) { return shell_exec("ls " . $name); }\n',
  java: 'class Run { void run(String n) throws Exception { Runtime.getRuntime().exec("ls " + n); } }\n',
  rs: 'fn main() { std::process::Command::new("sh").arg("-c").arg(std::env::args().nth(1).unwrap()).status().unwrap(); }\n',
  cs: 'class Run { void Go(string n) { System.Diagnostics.Process.Start("cmd.exe", "/c " + n); } }\n',
};

/** A harmless source file for a language. */
export function sourceFile(ext: string, name: string, i: number): string {
  switch (ext) {
    case 'py':
      return `def ${name.replace(/-/g, '_')}_${i}(x):\n    return x * ${i}\n`;
    case 'go':
      return `package main\n\nfunc F${i}(x int) int { return x * ${i} }\n`;
    case 'sh':
      return `#!/bin/sh\nset -eu\necho "${name} step ${i}"\n`;
    default:
      return `// ${name} module ${i}\nexport const value${i} = ${i};\n`;
  }
}

/** Dangerous code for the language (eval, shell built from strings, curl | sh). */
export function dangerousFile(ext: string): string {
  return DANGEROUS[ext] ?? DANGEROUS.sh!;
}

/** A CI workflow; `insecure` adds an untrusted expression in `run:` and an unpinned third-party action. */
export function ciWorkflow(insecure: boolean): SeedFile {
  const lines = [
    'name: CI',
    'on:',
    '  push:',
    '    branches: [main]',
    insecure ? '  pull_request_target:' : '  pull_request:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    ...(insecure
      ? ['      - uses: some-org/lint-action@main', `      - run: echo "${'$'}{{ github.event.pull_request.title }}"`]
      : []),
    '      - run: make test',
    '',
  ];
  return { content: lines.join('\n') };
}
