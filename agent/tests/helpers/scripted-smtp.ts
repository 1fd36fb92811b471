import { createServer, type Server, type Socket } from 'node:net';
import { TLSSocket } from 'node:tls';

/**
 * Small scripted SMTP servers on loopback that fail the ways real servers do (closing at once,
 * saying nothing, no STARTTLS, STARTTLS refused, TLS 1.1 only, a certificate for another name, a
 * refused token), for tests that run the agent's real mail code over real sockets.
 */
export interface Script {
  /** null: say nothing at all; undefined: the default greeting. */
  greeting?: string | null;
  closeAtOnce?: boolean;
  ehlo?: (secure: boolean) => string[];
  /** A whole EHLO reply instead of the extensions (a refusal). */
  ehloReply?: string;
  starttls?: string;
  tls?: { key: string; cert: string; maxVersion?: 'TLSv1.1'; ciphers?: string };
  auth?: (line: string) => string | null;
  /** After AUTH: accept the mail (MAIL, RCPT, DATA and its body) as a server that delivers. */
  deliver?: boolean;
}

/** Servers started here; close them after the tests (closeScriptedServers). */
const servers: Server[] = [];

export function closeScriptedServers(): void {
  for (const s of servers.splice(0)) s.close();
}

/** Starts one scripted server on 127.0.0.1 and a free port; answers the port. */
export function serve(script: Script): Promise<number> {
  const server = createServer((raw) => {
    if (script.closeAtOnce) return void raw.destroy();
    if (script.greeting === null) return; // silent
    let socket: Socket = raw;
    let secure = false;
    let buffer = '';
    let inData = false;
    const say = (...lines: string[]) => socket.write(lines.map((l) => `${l}\r\n`).join(''));
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i).replace(/\r$/, '');
        buffer = buffer.slice(i + 1);
        const verb = line.split(' ')[0]!.toUpperCase();
        if (inData) {
          if (line === '.') {
            inData = false;
            say('250 2.0.0 queued');
          }
        } else if (script.deliver && (verb === 'MAIL' || verb === 'RCPT' || verb === 'RSET')) {
          say('250 2.1.0 ok');
        } else if (script.deliver && verb === 'DATA') {
          inData = true;
          say('354 go ahead');
        } else if (verb === 'EHLO' && script.ehloReply) {
          say(script.ehloReply);
        } else if (verb === 'EHLO') {
          const ext = script.ehlo?.(secure) ?? (secure ? ['AUTH XOAUTH2'] : ['STARTTLS']);
          say(
            ...['250-test.example', ...ext].map(
              (l, k, all) => `250${k === all.length - 1 ? ' ' : '-'}${l.replace(/^250[ -]/, '')}`,
            ),
          );
        } else if (verb === 'STARTTLS') {
          if (script.starttls) return say(script.starttls);
          say('220 2.0.0 ready');
          socket.off('data', onData);
          const t = new TLSSocket(socket, {
            isServer: true,
            key: script.tls!.key,
            cert: script.tls!.cert,
            ...(script.tls?.maxVersion
              ? { maxVersion: script.tls.maxVersion, minVersion: 'TLSv1' as const }
              : {}),
            ...(script.tls?.ciphers ? { ciphers: script.tls.ciphers } : {}),
          });
          t.on('error', () => {});
          t.on('data', onData);
          socket = t;
          secure = true;
        } else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else {
          const reply = script.auth?.(line);
          if (reply !== null && reply !== undefined) say(reply);
          else if (verb === 'AUTH' || !line.includes(' ')) say('535 5.7.8 Authentication failed.');
          else say('502 5.5.2 not here');
        }
      }
    };
    raw.on('error', () => {});
    raw.on('data', onData);
    say(script.greeting ?? '220 test.example ESMTP ready');
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}
