/**
 * The assignment syntaxes gitleaks' generator writes each sample secret in (its
 * `GenerateSampleSecrets`): config files (INI, JSON, XML, YAML), languages (C#, Go, Java, Kotlin, PHP,
 * Python), Logstash, Java system properties and the five Make assignment operators. `id` is the rule's
 * identifier word (`snyk`), `s` the secret.
 */
export function sampleSyntaxes(id: string, s: string): string[] {
  const I = id.toUpperCase();
  const samples = [
    `${id}Token="${s}"`,
    `${id}Token = "${s}"`,
    `${id}Token=${s}`,
    `${id}Token = ${s}`,
    `{\n    "${id}_token": "${s}"\n}`,
    `{"config.ini": "${I}_TOKEN=${s}\\nBACKUP_ENABLED=true"}`,
    `<${id}Token>\n    ${s}\n</${id}Token>`,
    `${id}_token: ${s}`,
    `${id}_token: '${s}'`,
    `${id}_token: "${s}"`,
    `string ${id}Token = "${s}";`,
    `var ${id}Token string = "${s}"`,
    `${id}Token := "${s}"`,
    `${id}Token := \`${s}\``,
    `String ${id}Token = "${s}";`,
    `var ${id}Token = "${s}"`,
    `$${id}Token .= "${s}"`,
    `${id}Token = '${s}'`,
    `${id}Token = "${s}"`,
    `System.setProperty("${I}_TOKEN", "${s}")`,
    `  "${id}Token" => "${s}"`,
    `${id}_TOKEN = "${s}"`,
    `${id}_TOKEN := "${s}"`,
    `${id}_TOKEN ::= "${s}"`,
    `${id}_TOKEN :::= "${s}"`,
    `${id}_TOKEN ?= "${s}"`,
  ];
  for (const [i, sample] of samples.entries()) SYNTAX_OF.set(sample, SYNTAX_NAMES[i] ?? '?');
  return samples;
}

/** The syntax each generated sample was written in. */
export const SYNTAX_OF = new Map<string, string>();

/** Names of the syntaxes, in `sampleSyntaxes` order (for per-syntax recall). */
export const SYNTAX_NAMES = [
  'ini quoted',
  'ini quoted spaced',
  'ini bare',
  'ini bare spaced',
  'json',
  'json escaped newline',
  'xml element over lines',
  'yaml bare',
  'yaml single quote',
  'yaml double quote',
  'c#',
  'go var',
  'go short',
  'go backticks',
  'java',
  'kotlin',
  'php .=',
  'python single quote',
  'python double quote',
  'java setProperty',
  'logstash =>',
  'make =',
  'make :=',
  'make ::=',
  'make :::=',
  'make ?=',
] as const;
