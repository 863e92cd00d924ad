import { describe, expect, it } from 'vitest';
import { machine, missingPackages, POLICY_RC_D, provisionTools, type System } from './provision-tools.js';

/** A machine that records commands and gains the tools once apt-get install ran. */
function fake(opts: { isRoot: boolean; have: string[]; policy?: boolean; sudo?: boolean }) {
  const have = new Set(opts.have);
  const commands: string[] = [];
  const system: System = {
    isRoot: opts.isRoot,
    has: (tool) => have.has(tool),
    exists: (path) => path === '/usr/bin/apt-get' || (path === POLICY_RC_D && opts.policy === true),
    run(command, args, input) {
      commands.push([command, ...args].join(' ') + (input ? ` <<< ${JSON.stringify(input.split('\n').at(-2))}` : ''));
      if (command === 'sudo' && opts.sudo === false) throw new Error('a password is required');
      if (args.includes('install')) for (const t of ['promtool', 'prometheus-pushgateway', 'git']) have.add(t);
    },
    log: () => {},
  };
  return { system, commands };
}

describe('provisionTools', () => {
  it('does nothing where the tools are installed (this machine, after a first run)', () => {
    const { system, commands } = fake({ isRoot: false, have: ['promtool', 'prometheus-pushgateway', 'git'] });
    provisionTools(system);
    expect(commands).toEqual([]);
    expect(missingPackages(machine)).toEqual([]);
  });

  it('non-root (GitHub-hosted runner): sudo apt-get with a policy-rc.d that keeps the daemons off, removed after', () => {
    const { system, commands } = fake({ isRoot: false, have: ['git'] });
    provisionTools(system);
    expect(commands).toEqual([
      'sudo -n true',
      `sudo -n tee ${POLICY_RC_D} <<< "exit 101"`,
      `sudo -n chmod 755 ${POLICY_RC_D}`,
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus prometheus-pushgateway',
      `sudo -n rm -f ${POLICY_RC_D}`,
    ]);
  });

  it("root in a container: apt-get directly, the container's own policy-rc.d left alone", () => {
    const { system, commands } = fake({ isRoot: true, have: ['promtool', 'prometheus-pushgateway'], policy: true });
    provisionTools(system);
    expect(commands).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git',
    ]);
  });

  it('without root or sudo: fails with the command to run, never skips', () => {
    const { system } = fake({ isRoot: false, have: [], sudo: false });
    expect(() => provisionTools(system)).toThrow(
      'cannot install them without root or sudo; install them first: sudo apt-get install -y prometheus prometheus-pushgateway git',
    );
  });
});
