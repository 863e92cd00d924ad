/**
 * Test helpers around Debian's real Prometheus tools (`apt-get install -y prometheus
 * prometheus-pushgateway`): promtool to lint expositions, a Pushgateway on 127.0.0.1. Used by unit
 * and end-to-end tests only. The test command installs missing binaries first (provision-tools.ts, from
 * test/support/global-setup.ts); a binary still missing fails with the install command, never skips.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APT = 'apt-get install -y prometheus prometheus-pushgateway';

/** Absolute path of a Prometheus binary in /usr/bin or on PATH; throws with the install command. */
export function requireBinary(
  name: string,
  dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(path.delimiter)],
): string {
  for (const dir of dirs.filter((d) => d !== '')) {
    try {
      accessSync(path.join(dir, name), constants.X_OK);
      return path.join(dir, name);
    } catch {
      // not here
    }
  }
  throw new Error(`${name} is missing: install the Prometheus tools with \`${APT}\` (as root).`);
}

/** `promtool check metrics` on `text`: exit code and combined output. */
export function promtoolCheck(text: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(requireBinary('promtool'), ['check', 'metrics'], (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: `${stdout}${stderr}` });
    });
    child.stdin?.end(text);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running Pushgateway. */
export interface TestPushgateway {
  url: string;
  /** The gateway's own /metrics (every pushed group). */
  scrape(): Promise<string>;
  stop(): Promise<void>;
}

/** Starts /usr/bin/prometheus-pushgateway on a free 127.0.0.1 port and waits until it is ready. */
export async function startPushgateway(): Promise<TestPushgateway> {
  const binary = requireBinary('prometheus-pushgateway');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pushgateway-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(
    binary,
    [`--web.listen-address=127.0.0.1:${port}`, `--persistence.file=${path.join(dataDir, 'data')}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/-/ready`)).ok)
        return { url, scrape: async () => (await fetch(`${url}/metrics`)).text(), stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`pushgateway did not become ready: ${log}`);
}

/** `promtool <args…>`: exit code and combined output (e.g. `check rules f.yml`, `test rules t.yml`). */
export function promtool(args: readonly string[], cwd?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    execFile(requireBinary('promtool'), [...args], { cwd }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: typeof error?.code === 'number' ? error.code : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** A running Prometheus server. */
export interface TestPrometheus {
  url: string;
  /** An instant PromQL query: the vector's samples as `{ labels, value }`. */
  query(expr: string): Promise<{ metric: Record<string, string>; value: number }[]>;
  stop(): Promise<void>;
}

/**
 * Starts /usr/bin/prometheus on a free 127.0.0.1 port, scraping `targets` (host:port, e.g. a
 * Pushgateway, with honor_labels as its docs ask) every second, with its data in a temporary folder
 * removed on stop. Only the process started here is stopped.
 */
export async function startPrometheus(targets: readonly string[]): Promise<TestPrometheus> {
  const binary = requireBinary('prometheus');
  const dir = await mkdtemp(path.join(tmpdir(), 'prometheus-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = [
    'global: { scrape_interval: 1s, evaluation_interval: 1s }',
    'scrape_configs:',
    '  - job_name: pushgateway',
    '    honor_labels: true',
    `    static_configs: [{ targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}] }]`,
  ].join('\n');
  await writeFile(path.join(dir, 'prometheus.yml'), `${config}\n`);
  let log = '';
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${path.join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const query = async (expr: string) => {
    const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(expr)}`);
    const body = (await res.json()) as {
      status: string;
      error?: string;
      data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
    };
    if (body.status !== 'success') throw new Error(`PromQL ${expr}: ${body.error ?? res.status}`);
    return (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/-/ready`)).ok) return { url, query, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`prometheus did not become ready: ${log}`);
}
