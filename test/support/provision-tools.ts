/**
 * Installs the tools the tests run when a machine lacks them (a fresh Debian/Ubuntu machine or a
 * GitHub-hosted runner): Debian's promtool (package prometheus), the Pushgateway and git. Called once
 * per test run by test/support/global-setup.ts, so `npm ci && npm test` needs nothing installed by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { requireBinary } from './prometheus-tools.js';

/** The Debian package of each tool the tests run. */
export const PACKAGES: Readonly<Record<string, string>> = {
  promtool: 'prometheus',
  'prometheus-pushgateway': 'prometheus-pushgateway',
  git: 'git',
};
/** While it exists, invoke-rc.d and deb-systemd-invoke start no service (exit 101: "action forbidden"). */
export const POLICY_RC_D = '/usr/sbin/policy-rc.d';
const POLICY = '#!/bin/sh\n# Written by the MokoStandards tests while installing packages.\nexit 101\n';

/** What provisioning touches on the machine; tests replace it. */
export interface System {
  isRoot: boolean;
  has(tool: string): boolean;
  exists(path: string): boolean;
  /** Runs a command (argument array, never a shell); throws when it fails. */
  run(command: string, args: string[], input?: string): void;
  log(line: string): void;
}

/** The real machine. */
export const machine: System = {
  isRoot: process.getuid?.() === 0,
  has(tool) {
    try {
      requireBinary(tool);
      return true;
    } catch {
      return false;
    }
  },
  exists: existsSync,
  run(command, args, input) {
    execFileSync(command, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'inherit', 'inherit'], input });
  },
  log: (line) => console.log(line),
};

/** The Debian packages of the tools the tests need that are not installed. */
export function missingPackages(system: System = machine): string[] {
  return [...new Set(Object.keys(PACKAGES).filter((t) => !system.has(t)))].map((t) => PACKAGES[t]!);
}

/**
 * Installs the missing tools with apt-get, as root or through passwordless sudo (GitHub-hosted
 * runners), with a policy-rc.d in place so the packages do not start their own prometheus and
 * pushgateway daemons: the tests start theirs on free ports and stop them by PID. A policy-rc.d already
 * on the machine (containers have one) is left as it is. Throws with the command to run when it cannot.
 */
export function provisionTools(system: System = machine): void {
  const packages = missingPackages(system);
  if (packages.length === 0) return;
  const manual = `install them first: sudo apt-get install -y ${packages.join(' ')}`;
  if (!system.exists('/usr/bin/apt-get')) throw new Error(`The tests need ${packages.join(', ')}; ${manual}`);
  const prefix = system.isRoot ? [] : ['sudo', '-n'];
  const run = (args: string[], input?: string) => {
    const [command, ...rest] = [...prefix, ...args];
    system.run(command!, rest, input);
  };
  if (!system.isRoot) {
    try {
      run(['true']);
    } catch {
      throw new Error(`The tests need ${packages.join(', ')} and cannot install them without root or sudo; ${manual}`);
    }
  }
  system.log(
    `Installing ${packages.join(', ')} with apt-get${system.isRoot ? '' : ' (sudo)'}; their daemons stay off.`,
  );
  const ownPolicy = !system.exists(POLICY_RC_D);
  if (ownPolicy) {
    run(['tee', POLICY_RC_D], POLICY);
    run(['chmod', '755', POLICY_RC_D]);
  }
  try {
    const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
    run([...apt, 'update', '-qq']);
    run([...apt, 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } finally {
    if (ownPolicy) run(['rm', '-f', POLICY_RC_D]);
  }
  const still = missingPackages(system);
  if (still.length > 0) throw new Error(`apt-get did not install ${still.join(', ')}; ${manual}`);
}
