import { posix, win32 } from 'node:path';

/**
 * The files that start the agent at login, one per platform, built as pure functions of where
 * things are (paths joined with the platform's own rules, so they can be tested on any OS):
 * a systemd user unit (Linux), a launchd agent (macOS), a Task Scheduler task (Windows).
 */

export type ServicePlatform = 'linux' | 'darwin' | 'win32';

export interface ServiceInput {
  platform: ServicePlatform;
  /** The user's home folder (os.homedir()). */
  userHome: string;
  /** The agent's home (config, store, logs). */
  agentHome: string;
  /** The Node.js executable and the installed CLI script (bin/wcoa.js). */
  nodePath: string;
  binPath: string;
  /** Linux: XDG_CONFIG_HOME when set. Windows: the user (DOMAIN\\name) the task runs as. */
  xdgConfigHome?: string;
  windowsUser?: string;
  /** The service's name (tests use their own). */
  name?: string;
}

export interface ServiceFile {
  kind: 'systemd user unit' | 'launchd agent' | 'scheduled task';
  name: string;
  path: string;
  content: string;
  /** Bytes as the platform's tool wants them (Task Scheduler: UTF-16 LE with a BOM). */
  encoding: 'utf8' | 'utf16le';
}

export const DEFAULT_SERVICE_NAME = 'wcoa-agent';

/** A systemd ExecStart word: double-quoted, with \, " escaped and % and $ doubled (specifiers, variables). */
function systemdWord(arg: string): string {
  return `"${arg.replace(/[\\"]/g, '\\$&').replace(/%/g, '%%').replace(/\$/g, '$$$$')}"`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A Windows command-line argument as CommandLineToArgvW reads it back. */
function windowsArg(arg: string): string {
  if (arg && !/[\s"]/.test(arg)) return arg;
  return `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
}

export function serviceFile(input: ServiceInput): ServiceFile {
  const name = input.name ?? DEFAULT_SERVICE_NAME;
  const args = [input.binPath, 'start', '--home', input.agentHome];
  switch (input.platform) {
    case 'linux': {
      const dir = posix.join(input.xdgConfigHome || posix.join(input.userHome, '.config'), 'systemd', 'user');
      const content = [
        '[Unit]',
        'Description=Web Config OAuth Assistant agent (wcoa)',
        'After=network-online.target',
        '',
        '[Service]',
        'Type=simple',
        `ExecStart=${[input.nodePath, ...args].map(systemdWord).join(' ')}`,
        // The agent logs to its home; the journal keeps only what it prints on failure.
        'Environment=WCOA_LOG_STDOUT=0',
        'Restart=on-failure',
        'RestartSec=5',
        '',
        '[Install]',
        'WantedBy=default.target',
        '',
      ].join('\n');
      return {
        kind: 'systemd user unit',
        name,
        path: posix.join(dir, `${name}.service`),
        content,
        encoding: 'utf8',
      };
    }
    case 'darwin': {
      const label = `org.wcoa.${name}`;
      const log = posix.join(input.agentHome, 'logs', 'service.log');
      const content = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        '<dict>',
        '  <key>Label</key>',
        `  <string>${xml(label)}</string>`,
        '  <key>ProgramArguments</key>',
        '  <array>',
        ...[input.nodePath, ...args].map((a) => `    <string>${xml(a)}</string>`),
        '  </array>',
        '  <key>EnvironmentVariables</key>',
        '  <dict>',
        '    <key>WCOA_LOG_STDOUT</key>',
        '    <string>0</string>',
        '  </dict>',
        '  <key>RunAtLoad</key>',
        '  <true/>',
        '  <key>KeepAlive</key>',
        '  <dict>',
        '    <key>SuccessfulExit</key>',
        '    <false/>',
        '  </dict>',
        '  <key>StandardOutPath</key>',
        `  <string>${xml(log)}</string>`,
        '  <key>StandardErrorPath</key>',
        `  <string>${xml(log)}</string>`,
        '</dict>',
        '</plist>',
        '',
      ].join('\n');
      return {
        kind: 'launchd agent',
        name: label,
        path: posix.join(input.userHome, 'Library', 'LaunchAgents', `${label}.plist`),
        content,
        encoding: 'utf8',
      };
    }
    case 'win32': {
      const user = input.windowsUser ?? '';
      const content = [
        '<?xml version="1.0" encoding="UTF-16"?>',
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
        '  <RegistrationInfo>',
        '    <Description>Web Config OAuth Assistant agent (wcoa): starts at logon</Description>',
        '  </RegistrationInfo>',
        '  <Triggers>',
        '    <LogonTrigger>',
        '      <Enabled>true</Enabled>',
        ...(user ? [`      <UserId>${xml(user)}</UserId>`] : []),
        '    </LogonTrigger>',
        '  </Triggers>',
        '  <Principals>',
        '    <Principal id="Author">',
        ...(user ? [`      <UserId>${xml(user)}</UserId>`] : []),
        '      <LogonType>InteractiveToken</LogonType>',
        '      <RunLevel>LeastPrivilege</RunLevel>',
        '    </Principal>',
        '  </Principals>',
        '  <Settings>',
        '    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>',
        '    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>',
        '    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>',
        '    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>',
        '    <RestartOnFailure>',
        '      <Interval>PT1M</Interval>',
        '      <Count>3</Count>',
        '    </RestartOnFailure>',
        '  </Settings>',
        '  <Actions Context="Author">',
        '    <Exec>',
        `      <Command>${xml(input.nodePath)}</Command>`,
        `      <Arguments>${xml(args.map(windowsArg).join(' '))}</Arguments>`,
        `      <WorkingDirectory>${xml(input.agentHome)}</WorkingDirectory>`,
        '    </Exec>',
        '  </Actions>',
        '</Task>',
        '',
      ].join('\r\n');
      return {
        kind: 'scheduled task',
        name,
        path: win32.join(input.agentHome, `${name}.task.xml`),
        content,
        encoding: 'utf16le',
      };
    }
  }
}

/** The commands that enable, disable and query the service (program and arguments, no shell). */
export function serviceCommands(file: ServiceFile, platform: ServicePlatform, uid = 0) {
  switch (platform) {
    case 'linux':
      return {
        enable: [
          ['systemctl', '--user', 'daemon-reload'],
          ['systemctl', '--user', 'enable', '--now', `${file.name}.service`],
        ],
        disable: [['systemctl', '--user', 'disable', '--now', `${file.name}.service`]],
        afterRemove: [['systemctl', '--user', 'daemon-reload']],
        status: ['systemctl', '--user', 'is-active', `${file.name}.service`],
      };
    case 'darwin':
      return {
        enable: [['launchctl', 'bootstrap', `gui/${uid}`, file.path]],
        disable: [['launchctl', 'bootout', `gui/${uid}`, file.path]],
        afterRemove: [],
        status: ['launchctl', 'print', `gui/${uid}/${file.name}`],
      };
    case 'win32':
      return {
        enable: [
          ['schtasks', '/Create', '/TN', file.name, '/XML', file.path, '/F'],
          ['schtasks', '/Run', '/TN', file.name],
        ],
        disable: [
          ['schtasks', '/End', '/TN', file.name],
          ['schtasks', '/Delete', '/TN', file.name, '/F'],
        ],
        afterRemove: [],
        status: ['schtasks', '/Query', '/TN', file.name, '/FO', 'LIST'],
      };
  }
}
