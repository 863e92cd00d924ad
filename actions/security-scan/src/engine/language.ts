import type { Language } from './rule.js';

const BY_EXTENSION: Record<string, Language> = {
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  py: 'python',
  pyw: 'python',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ksh: 'shell',
  go: 'go',
  rb: 'ruby',
  rake: 'ruby',
  gemspec: 'ruby',
  php: 'php',
  phtml: 'php',
  java: 'java',
  kt: 'java',
  kts: 'java',
  scala: 'java',
  groovy: 'java',
  gradle: 'java',
  rs: 'rust',
  cs: 'csharp',
  yml: 'yaml',
  yaml: 'yaml',
};

/** A TypeScript declaration file (`.d.ts`, `.d.mts`, `.d.cts`): types only, no code that runs. */
export function isDeclarationFile(name: string): boolean {
  return /\.d\.[mc]?ts$/i.test(name);
}

/**
 * The language of a file from its name, or undefined for other text (docs, data). Declaration files
 * have none, so no code rule reads `declare function eval(x: string): any` as a call (secret rules
 * apply to every file).
 */
export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (isDeclarationFile(name)) return undefined;
  if (/^(?:Dockerfile|Containerfile)(?:\..*)?$|\.dockerfile$/i.test(name)) return 'docker';
  if (/^(?:Makefile|GNUmakefile|Rakefile|Gemfile)$/.test(name))
    return name === 'Makefile' || name === 'GNUmakefile' ? 'shell' : 'ruby';
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

/** Every language that runs code, for rules about shell commands embedded anywhere. */
export const CODE_LANGUAGES: readonly Language[] = [
  'js',
  'python',
  'shell',
  'go',
  'ruby',
  'php',
  'java',
  'yaml',
  'docker',
];
