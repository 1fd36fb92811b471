import type { Transcript } from './transcript.ts';

/**
 * The longest `AUTH XOAUTH2 <initial response>` line sent inline: RFC 5321 §4.5.3.1.4's 512-octet
 * command line, which every conforming server accepts. Longer (real Entra tokens make 1.5–2.5 KB
 * lines) the client sends `AUTH XOAUTH2` alone and the response after the server's `334`
 * (RFC 4954 §4): Dovecot 2.3 refuses a line over ~1 KiB (`500 5.5.2 Line too long`), Postfix cuts
 * at 2048 bytes.
 */
export const INLINE_AUTH_LIMIT = 512;

/** The command the agent authenticates with: a token, never a password. */
export const AUTH_COMMAND = 'AUTH XOAUTH2';

/** The key the handler is registered under in nodemailer's customAuth (it sends AUTH XOAUTH2 itself). */
export const XOAUTH2_HANDLER = 'WCOA-XOAUTH2';

interface AuthReply {
  status: number;
  response: string;
}

/** What nodemailer hands a custom auth handler (the part used here). */
interface AuthContext {
  auth: { user?: string; options?: { token?: string } };
  sendCommand(command: string): Promise<AuthReply>;
}

/** The SASL XOAUTH2 initial response (base64 of `user=U^Aauth=Bearer T^A^A`). */
export function xoauth2Response(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`, 'utf8').toString('base64');
}

class AuthRefused extends Error {}

/**
 * A nodemailer `customAuth` handler for XOAUTH2: inline when the line fits, two-step otherwise,
 * and a `334` error challenge answered with an empty line (RFC 4954 §4, Google's XOAUTH2 spec) so
 * the server sends its final 5xx. It tells the transcript what each client line was, so the
 * transcript shows every line in order without the token (redaction by what was sent).
 */
export function xoauth2Handler(transcript: Transcript) {
  return async (ctx: AuthContext): Promise<void> => {
    const user = ctx.auth.user ?? '';
    const token = ctx.auth.options?.token ?? '';
    const response = xoauth2Response(user, token);
    transcript.secret(token, response);
    const send = (line: string, shown: string) => {
      transcript.nextClientLine(shown);
      return ctx.sendCommand(line);
    };
    const twoStep = async (): Promise<AuthReply> => {
      const ready = await send(AUTH_COMMAND, AUTH_COMMAND);
      if (ready.status !== 334) return ready;
      return send(response, `[XOAUTH2 response, ${response.length} bytes, redacted]`);
    };
    const inline = `${AUTH_COMMAND} ${response}`;
    let reply: AuthReply;
    if (inline.length + 2 <= INLINE_AUTH_LIMIT) {
      reply = await send(inline, `${AUTH_COMMAND} [XOAUTH2 response redacted]`);
      // A server with a shorter limit than RFC 5321's: the two-step form needs no long line.
      if (reply.status === 500 && /line|long|length/i.test(reply.response)) reply = await twoStep();
    } else {
      reply = await twoStep();
    }
    // A 334 here is the server's error challenge (base64 JSON): the client answers with an empty line.
    if (reply.status === 334) reply = await send('', '(empty line)');
    if (reply.status !== 235) throw new AuthRefused(reply.response);
  };
}
