import { join } from 'node:path';
import { tempHome } from '@wcoa/test/agent-process';
import { createTestCa, type TestCa } from '@wcoa/test/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { AgentError } from '../src/errors.ts';
import { MailService } from '../src/mail/service.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { HistoryStore } from '../src/store/history.ts';
import { Store } from '../src/store/store.ts';
import { closeScriptedServers, type Script, serve } from './helpers/scripted-smtp.ts';

/**
 * The test-mail policy (mail/service.ts) over real sockets: the one retry with a renewed token is
 * decided by the SMTP reply's code (535 after AUTH), whatever the reply's words; the allow-lists
 * refuse before any token is asked for; every attempt is filed in the history.
 */

const ACCOUNT = 'printer@contoso.example';
let ca: TestCa;

beforeAll(async () => {
  ca = await createTestCa();
});
afterAll(() => {
  closeScriptedServers();
  ca.dispose();
});

/** A server that refuses the first token it sees with `refusal` and accepts the next one. */
async function refusingFirst(refusal: string): Promise<number> {
  const leaf = await ca.issue(['127.0.0.1']);
  let seen = 0;
  const script: Script = {
    tls: leaf,
    deliver: true,
    auth: (line) => {
      if (!line.startsWith('AUTH XOAUTH2 ')) return null;
      seen += 1;
      return seen === 1 ? refusal : '235 2.7.0 Authentication successful';
    },
  };
  return serve(script);
}

function setup(port: number) {
  const home = tempHome('wcoa-mail-service-');
  const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
  store.upsertAccount({ id: ACCOUNT, email: ACCOUNT, tenant: 'contoso.example', state: 'signed-in' });
  const config = loadConfig(join(home, 'config.json'), {
    WCOA_SMTP_HOST: '127.0.0.1',
    WCOA_SMTP_PORT: String(port),
  });
  const history = new HistoryStore(store.db);
  const asked: Array<{ rejected?: string }> = [];
  const service = new MailService({
    config,
    configPath: join(home, 'config.json'),
    store,
    accounts: {
      accessToken: async (_account, opts = {}) => {
        asked.push(opts);
        return `token-${asked.length}`;
      },
    },
    history,
    logger: { info: () => {} },
    extraCa: ca.caCertPem,
  });
  return { store, history, service, asked };
}

describe('the mail service', () => {
  it('retries once with a renewed token when AUTH ends on 535, whatever the words say', async () => {
    // No "535" in the text a regex would have read: the code is the reply's, the words are anyone's.
    const port = await refusingFirst('535 5.7.8 Not accepted, try again (really)');
    const { store, history, service, asked } = setup(port);
    const result = await service.testMail({ account: ACCOUNT }, 'en');
    expect(result.ok).toBe(true);
    expect(asked).toEqual([{}, { rejected: 'token-1' }]);
    expect(result.transcript).toContain('* 535 5.7.8: token renewed, trying once more');
    const filed = history.testMails({ id: 'none', origin: 'none' });
    expect(filed).toEqual([]); // sent from the CLI: filed under no printer
    store.close();
  });

  it('does not retry when AUTH fails with another code (a temporary 454)', async () => {
    const port = await refusingFirst('454 4.7.0 Temporary authentication failure 535');
    const { store, service, asked } = setup(port);
    const result = await service.testMail({ account: ACCOUNT, printerId: 'p1' }, 'en');
    expect(result).toMatchObject({ ok: false, stage: 'auth' });
    expect(asked).toEqual([{}]);
    expect(result.transcript.some((line) => line.includes('token renewed'))).toBe(false);
    store.close();
  });

  it('files the result under the printer it was sent for, typed as the protocol says', async () => {
    const port = await refusingFirst('454 4.7.0 Temporary authentication failure');
    const { store, history, service } = setup(port);
    await service.testMail({ account: ACCOUNT, printerId: 'p1' }, 'en');
    expect(history.testMails({ id: 'p1', origin: 'http://10.0.0.5' })).toEqual([
      expect.objectContaining({ account: ACCOUNT, ok: false, stage: 'auth', smtpPort: port }),
    ]);
    store.close();
  });

  it('refuses another recipient and a host outside the allow-list before asking for a token', async () => {
    const { store, service, asked } = setup(25);
    await expect(service.testMail({ account: ACCOUNT, to: 'someone@else.example' }, 'en')).rejects.toEqual(
      expect.objectContaining({
        code: 'recipient-not-allowed',
        params: { to: 'someone@else.example', config: 'config.json' },
      }),
    );
    await expect(service.testMail({ account: ACCOUNT, to: 'x@else.example' }, 'en')).rejects.toBeInstanceOf(
      AgentError,
    );
    await expect(
      service.testMail({ account: ACCOUNT, smtp: { host: 'mail.evil.example', port: 587 } }, 'en'),
    ).rejects.toMatchObject({ code: 'smtp-host-not-allowed', params: { host: 'mail.evil.example' } });
    await expect(service.testMail({ account: 'nobody@contoso.example' }, 'en')).rejects.toMatchObject({
      code: 'account-unknown',
    });
    expect(asked).toEqual([]);
    store.close();
  });
});
