/**
 * The script scan worker threads start from when the action runs from its bundle: a tiny module
 * that loads this action's chunk through the shared bundle's registry and serves scan batches.
 * From TypeScript sources (tests) there is no bundle, and the scan stays on one thread.
 */
export function bundledWorkerScript(moduleUrl: string): URL | undefined {
  if (!/\/dist\/[^/]+\.js$/.test(moduleUrl)) return undefined;
  const index = new URL('./index.js', moduleUrl).href;
  const source = `import { actions } from ${JSON.stringify(index)};\nconst m = await actions['security-scan']();\nawait m.serveScanWorker();\n`;
  // Node accepts data: URLs as worker modules; they may import absolute file: URLs.
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
