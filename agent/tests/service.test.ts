import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { tempHome, until } from '@wcoa/test/agent-process';
import { describe, expect, it } from 'vitest';
import {
  installService,
  localServiceInput,
  serviceFileBytes,
  serviceStatus,
  uninstallService,
} from '../src/service/service.ts';
import {
  type ServiceInput,
  type ServicePlatform,
  serviceCommands,
  serviceFile,
} from '../src/service/service-files.ts';

/** The start-at-login files for each platform, with that platform's paths, whatever OS runs the test. */

/** Ana's machine on each platform: her home, the agent's home, Node and the installed bin, in its own paths. */
const MACHINES: Record<ServicePlatform, Omit<ServiceInput, 'platform'>> = {
  linux: {
    userHome: '/home/ana',
    agentHome: '/home/ana/.local/share/wcoa',
    nodePath: '/usr/bin/node',
    binPath: '/usr/lib/node_modules/@wcoa/agent/bin/wcoa.js',
  },
  darwin: {
    userHome: '/Users/ana',
    agentHome: '/Users/ana/Library/Application Support/wcoa',
    nodePath: '/opt/homebrew/bin/node',
    binPath: '/opt/homebrew/lib/node_modules/@wcoa/agent/bin/wcoa.js',
  },
  win32: {
    userHome: 'C:\\Users\\Ana Silva',
    agentHome: 'C:\\Users\\Ana Silva\\AppData\\Local\\wcoa\\Data',
    nodePath: 'C:\\Program Files\\nodejs\\node.exe',
    binPath: 'C:\\Users\\Ana Silva\\AppData\\Roaming\\npm\\node_modules\\@wcoa\\agent\\bin\\wcoa.js',
  },
};
const onMachine = (platform: ServicePlatform): ServiceInput => ({ platform, ...MACHINES[platform] });

describe('service files', () => {
  it('Linux: a systemd user unit under ~/.config/systemd/user, words quoted and specifiers escaped', () => {
    const file = serviceFile({ ...onMachine('linux'), agentHome: '/home/ana/.local/share/wcoa 100%' });
    expect(file.path).toBe('/home/ana/.config/systemd/user/wcoa-agent.service');
    expect(file.content).toContain(
      'ExecStart="/usr/bin/node" "/usr/lib/node_modules/@wcoa/agent/bin/wcoa.js" "start" "--home" "/home/ana/.local/share/wcoa 100%%"',
    );
    expect(file.content).toContain('WantedBy=default.target');
    expect(file.content).toContain('Restart=on-failure');
    expect(serviceFile({ ...onMachine('linux'), xdgConfigHome: '/srv/cfg' }).path).toBe(
      '/srv/cfg/systemd/user/wcoa-agent.service',
    );
    expect(serviceCommands(file, 'linux').enable).toEqual([
      ['systemctl', '--user', 'daemon-reload'],
      ['systemctl', '--user', 'enable', '--now', 'wcoa-agent.service'],
    ]);
  });

  it('macOS: a launchd agent in ~/Library/LaunchAgents, arguments as plist strings, XML escaped', () => {
    const file = serviceFile({ ...onMachine('darwin'), name: 'a&b' });
    expect(file.path).toBe('/Users/ana/Library/LaunchAgents/org.wcoa.a&b.plist');
    expect(file.content).toContain('<string>org.wcoa.a&amp;b</string>');
    expect(file.content).toContain(
      [
        '    <string>/opt/homebrew/bin/node</string>',
        '    <string>/opt/homebrew/lib/node_modules/@wcoa/agent/bin/wcoa.js</string>',
        '    <string>start</string>',
        '    <string>--home</string>',
        '    <string>/Users/ana/Library/Application Support/wcoa</string>',
      ].join('\n'),
    );
    expect(file.content).toContain('<key>RunAtLoad</key>\n  <true/>');
    expect(file.content).toContain(
      '<string>/Users/ana/Library/Application Support/wcoa/logs/service.log</string>',
    );
    expect(serviceCommands(file, 'darwin', 501).enable).toEqual([
      ['launchctl', 'bootstrap', 'gui/501', file.path],
    ]);
  });

  it('Windows: a Task Scheduler task at logon, with win32 paths and arguments quoted for CommandLineToArgvW', () => {
    const file = serviceFile({ ...onMachine('win32'), windowsUser: 'CONTOSO\\ana' });
    expect(file.path).toBe('C:\\Users\\Ana Silva\\AppData\\Local\\wcoa\\Data\\wcoa-agent.task.xml');
    expect(file.encoding).toBe('utf16le');
    expect(file.content.startsWith('<?xml version="1.0" encoding="UTF-16"?>\r\n')).toBe(true);
    expect(file.content).toContain(
      '<LogonTrigger>\r\n      <Enabled>true</Enabled>\r\n      <UserId>CONTOSO\\ana</UserId>',
    );
    expect(file.content).toContain('<Command>C:\\Program Files\\nodejs\\node.exe</Command>');
    expect(file.content).toContain(
      '<Arguments>&quot;C:\\Users\\Ana Silva\\AppData\\Roaming\\npm\\node_modules\\@wcoa\\agent\\bin\\wcoa.js&quot; start --home &quot;C:\\Users\\Ana Silva\\AppData\\Local\\wcoa\\Data&quot;</Arguments>',
    );
    expect(file.content).toContain('<ExecutionTimeLimit>PT0S</ExecutionTimeLimit>');
    expect(serviceCommands(file, 'win32').enable[0]).toEqual([
      'schtasks',
      '/Create',
      '/TN',
      'wcoa-agent',
      '/XML',
      file.path,
      '/F',
    ]);
  });

  it('writes the file and runs the enable commands; uninstall removes it (the runner records, no system touched)', () => {
    const dir = tempHome('wcoa-service-');
    const ran: string[] = [];
    const run = (argv: string[]) => {
      ran.push(argv.join(' '));
      return { ok: true, output: '' };
    };
    const input = { ...onMachine('linux'), userHome: dir, agentHome: join(dir, 'agent') };
    const { file, failed } = installService(input, run);
    expect(failed).toBeNull();
    expect(readFileSync(file.path, 'utf8')).toBe(file.content);
    expect(ran).toEqual([
      'systemctl --user daemon-reload',
      'systemctl --user enable --now wcoa-agent.service',
    ]);
    // A win32 path is not a path here (it would land in the cwd), so the Windows bytes are checked as
    // installService writes them, without writing.
    const winFile = serviceFile({ ...input, platform: 'win32', agentHome: 'C:\\wcoa' });
    const bytes = serviceFileBytes(winFile);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toBe(winFile.content);
    expect(uninstallService(input, run).existed).toBe(true);
    expect(existsSync(file.path)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

const userSystemd =
  process.platform === 'linux' && spawnSync('systemctl', ['--user', 'show-environment']).status === 0;
if (!userSystemd) {
  console.log(
    'service.test: no user systemd on this machine (systemctl --user); the live Linux test is skipped',
  );
}

describe.skipIf(!userSystemd)('service on this Linux user systemd', () => {
  it('install starts the agent (its runtime file appears), status says active, uninstall stops it', async () => {
    const agentHome = tempHome('wcoa-service-live-');
    const name = `wcoa-agent-test-${process.pid}`;
    const input = {
      ...localServiceInput(agentHome, name),
      binPath: join(import.meta.dirname, '../bin/wcoa.js'),
    };
    expect(input.userHome).toBe(homedir());
    try {
      const { failed } = installService(input);
      expect(failed).toBeNull();
      await until(async () => existsSync(join(agentHome, 'agent.json')) || undefined, 20_000);
      expect(serviceStatus(input).state).toBe('active');
    } finally {
      uninstallService(input);
    }
    expect(serviceStatus(input).installed).toBe(false);
  }, 60_000);
});
