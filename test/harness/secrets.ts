import type { ActionRun } from './action-run.js';

/**
 * Secrets of a run that appear in clear where a user could read them: the log (stdout and stderr,
 * except the `::add-mask::` line that registers the value), the job summary, annotations and outputs.
 * The runner would replace them with `***` in the log, but a value printed before its mask, written to
 * the summary or to a file is already out; our actions must never print one (docs/testing.md).
 * `extra` adds values the test knows are secret (e.g. a fake secret planted in a fixture).
 */
export function leakedSecrets(run: ActionRun, extra: string[] = []): string[] {
  const log = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('::add-mask::'))
    .join('\n');
  const annotations = run.annotations.map((a) => `${a.title ?? ''} ${a.file ?? ''} ${a.message}`).join('\n');
  const places = [log, run.summary, annotations, ...Object.values(run.outputs)];
  const secrets = [...new Set([...run.masks, ...extra])].filter((s) => s.length >= 4);
  return secrets.filter((secret) => places.some((text) => text.includes(secret)));
}
