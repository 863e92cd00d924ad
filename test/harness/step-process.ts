import { spawn } from 'node:child_process';
import { CommandCollector, type WorkflowCommand } from './workflow-commands.js';

/** How one node process of a step ended and what it printed. */
export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** Stopped by `timeoutMs` (the runner's cancellation sequence). */
  timedOut: boolean;
  /** Stopped by `killAfterMs` or killRunningSteps() (SIGKILL, as when the runner machine is lost). */
  killed: boolean;
}

/** How to run one step's script. */
export interface ProcessOptions {
  node: string;
  script: string;
  cwd: string;
  env: Record<string, string>;
  killAfterMs?: number;
  /** SIGKILL as soon as a line of output satisfies this (crash injection at a known point). */
  killOn?: (line: string, stream: 'stdout' | 'stderr') => boolean;
  timeoutMs?: number;
  /** Waits of the cancellation sequence; the runner uses SIGINT, 7.5 s, SIGTERM, 2.5 s, then kills. */
  cancelGraceMs?: [number, number];
}

// Process groups still running: a test that times out must not leave an action running behind it.
const live = new Map<number, () => void>();
let exitHook = false;

/** SIGKILLs every step process group still running (cleanup() and process exit call it). */
export function killRunningSteps(): void {
  for (const [pid, markKilled] of live) {
    markKilled();
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

/**
 * Runs `node script` in its own process group, collecting output and workflow commands from both
 * streams as the runner's OutputManager does. On timeout it cancels like the runner
 * (actions/runner ProcessInvoker: SIGINT, then SIGTERM, then kill of the process tree).
 */
export function runProcess(opts: ProcessOptions): Promise<ProcessResult> {
  const child = spawn(opts.node, [opts.script], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let timedOut = false;
  let killed = false;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone between the check and the kill.
    }
  };
  const kill = () => {
    killed = true;
    signalGroup('SIGKILL');
  };
  if (child.pid !== undefined) live.set(child.pid, () => (killed = true));
  if (!exitHook) {
    exitHook = true;
    process.once('exit', killRunningSteps);
  }
  const collector = new CommandCollector((line, stream) => {
    if (!killed && opts.killOn?.(line, stream)) kill();
  });
  const out = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      out[stream] += chunk;
      collector.write(chunk, stream);
    });
  }
  const timers: NodeJS.Timeout[] = [];
  if (opts.killAfterMs !== undefined) {
    timers.push(setTimeout(kill, opts.killAfterMs));
  }
  if (opts.timeoutMs !== undefined) {
    const [toTerm, toKill] = opts.cancelGraceMs ?? [7500, 2500];
    timers.push(
      setTimeout(() => {
        timedOut = true;
        signalGroup('SIGINT');
        timers.push(setTimeout(() => signalGroup('SIGTERM'), toTerm));
        timers.push(setTimeout(() => signalGroup('SIGKILL'), toTerm + toKill));
      }, opts.timeoutMs),
    );
  }
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      for (const t of timers) clearTimeout(t);
      if (child.pid !== undefined) live.delete(child.pid);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      for (const t of timers) clearTimeout(t);
      if (child.pid !== undefined) live.delete(child.pid);
      collector.end();
      resolve({ exitCode, signal, ...out, commands: collector.commands, timedOut, killed });
    });
  });
}
