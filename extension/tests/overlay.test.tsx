import { currentStep, emptyMemory } from '@wcoa/shared/guide';
import { messagesFor } from '@wcoa/shared/i18n';
import type { RuntimeMessage } from '@wcoa/shared/protocol';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure } from '../src/messages.ts';
import { Overlay } from '../src/overlay/overlay.tsx';
import { buildView } from '../src/overlay/view.ts';
import type { Send } from '../src/ui/test-mail.tsx';
import { model } from './model.ts';
import { renderRoot } from './render-root.ts';

const root = renderRoot();
afterEach(() => {
  vi.useRealTimers();
});

const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);
const flush = () => act(async () => {});

/**
 * The overlay's one injected send: the checklist asks it for the last tenant report (none here);
 * every other message goes to the test's own fake.
 */
function overlaySend(send: Send): Send {
  return ((message: RuntimeMessage) =>
    message.type === 'tenant-report'
      ? Promise.resolve({ ok: true, data: null })
      : send(message as never)) as unknown as Send;
}

function show(
  page: ReturnType<typeof model>,
  send: Send,
  lang: 'en' | 'pt-PT' = 'en',
  checklist: string[] = [],
) {
  const view = buildView(lang, page, currentStep(page, emptyMemory()), null);
  const onChecklist = vi.fn();
  act(() => {
    render(
      <Overlay view={view} checklist={checklist} onChecklist={onChecklist} send={overlaySend(send)} />,
      root,
    );
  });
  return { onChecklist };
}

const emailPage = model('email-server-basic', {
  authMethod: 'oauth2',
  emailService: 'exchange-online',
  currentStatus: 'signed-in',
  account: 'scan@contoso.com',
  sender: 'scan@contoso.com',
  smtpServer: 'smtp.office365.com',
  smtpPort: 587,
  secureConnection: 'starttls',
  certificateValidation: true,
});

describe('the overlay panel', () => {
  it('shows the current step in the page’s language', () => {
    const page = model('email-server-basic', { authMethod: 'off', oauthOffered: true }, 'pt');
    show(page, vi.fn(), 'pt-PT');
    const guide = byTestId('guide')?.textContent ?? '';
    expect(guide).toContain(messagesFor('pt-PT').guide.steps['choose-oauth2'].title);
    expect(guide).toContain('Passo 4 de 13');
  });

  it('quotes each label as this page words it (a Portuguese page that kept an English label)', () => {
    const page = model('email-server-basic', { authMethod: 'off', oauthOffered: true }, 'pt');
    const pageText = 'Servidor de e-mail > Básico  Authentication Method : Desligado';
    const view = buildView('pt-PT', page, currentStep(page, emptyMemory()), null, {}, pageText);
    act(() => {
      render(<Overlay view={view} checklist={[]} onChecklist={vi.fn()} send={overlaySend(vi.fn())} />, root);
    });
    expect(view.guide?.step).toBe('choose-oauth2');
    const guide = byTestId('guide')?.textContent ?? '';
    expect(guide).toContain('Authentication Method');
    expect(guide).not.toContain('Método de autenticação');
  });

  it('remembers the checklist through its callback', () => {
    const { onChecklist } = show(emailPage, vi.fn(), 'en', ['tenant-smtp-auth']);
    const box = root.querySelector<HTMLInputElement>('input[data-prerequisite="security-defaults-off"]')!;
    act(() => {
      box.click();
    });
    expect(onChecklist).toHaveBeenCalledWith(['tenant-smtp-auth', 'security-defaults-off']);
  });

  it('folds to a tab and opens again', () => {
    show(emailPage, vi.fn());
    act(() => {
      (byTestId('overlay-collapse') as HTMLButtonElement).click();
    });
    expect(byTestId('overlay-panel')).toBeNull();
    act(() => {
      (byTestId('overlay-tab') as HTMLButtonElement).click();
    });
    expect(byTestId('overlay-panel')).not.toBeNull();
  });
});

describe('the test mail in the overlay', () => {
  it('an extension updated under the page says to reload it, not that the agent answered', async () => {
    const reload = messagesFor('en').agent.errors['extension-reloaded'];
    show(emailPage, vi.fn(async () => failure('extension-reloaded', reload)) as unknown as Send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('extension-reloaded')?.textContent).toBe(reload);
    // An agent's error keeps its framing.
    show(emailPage, vi.fn(async () => failure('invalid-request', 'bad')) as unknown as Send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('test-mail-error')?.textContent).toBe(
      messagesFor('en').ui.agent.error.replace('{message}', 'bad'),
    );
  });

  it('says the agent is down with the command to start it', async () => {
    const send = vi.fn(async () => failure('agent-down', 'fetch failed')) as unknown as Send;
    show(emailPage, send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('agent-down')?.textContent).toContain('npm start');
    expect(send).toHaveBeenCalledWith({
      type: 'test-mail',
      request: {
        account: 'scan@contoso.com',
        from: 'scan@contoso.com',
        smtp: { host: 'smtp.office365.com', port: 587 },
      },
    });
  });

  it('offers the agent’s sign-in when it holds no token, shows the code, and waits for it', async () => {
    vi.useFakeTimers();
    const calls: RuntimeMessage['type'][] = [];
    let signedIn = false;
    const send = (async (message: RuntimeMessage) => {
      calls.push(message.type);
      if (message.type === 'test-mail') return failure('account-unknown', 'no such account');
      if (message.type === 'signin') {
        return {
          ok: true,
          data: {
            id: 's1',
            userCode: 'ABCD-EFGH',
            verificationUri: 'https://microsoft.com/devicelogin',
            expiresAt: new Date().toISOString(),
          },
        };
      }
      if (message.type === 'accounts') {
        return {
          ok: true,
          data: [
            {
              id: 's1',
              email: 'scan@contoso.com',
              tenant: 't',
              state: signedIn ? 'signed-in' : 'signing-in',
              updatedAt: new Date().toISOString(),
            },
          ],
        };
      }
      throw new Error(`unexpected ${message.type}`);
    }) as unknown as Send;
    show(emailPage, send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    act(() => (byTestId('agent-signin') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('device-code-value')?.textContent).toBe('ABCD-EFGH');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2100);
    });
    expect(byTestId('agent-signed-in')).toBeNull();
    signedIn = true;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2100);
    });
    expect(byTestId('agent-signed-in')).not.toBeNull();
    expect(calls).toEqual(['test-mail', 'signin', 'accounts', 'accounts']);
  });

  it('shows a failed test stage by stage with its causes', async () => {
    const send = (async () => ({
      ok: true,
      data: {
        ok: false,
        stage: 'auth',
        reply:
          '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
        transcript: [],
        timings: { dns: 1, connect: 20, tls: 30, auth: 40, send: null },
        causes: ['smtp-auth-disabled', 'security-defaults-on'],
        from: 'scan@contoso.com',
        to: 'scan@contoso.com',
        smtp: { host: 'smtp.office365.com', port: 587 },
        at: new Date().toISOString(),
      },
    })) as unknown as Send;
    show(emailPage, send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    const result = byTestId('test-mail-result')!;
    expect(result.getAttribute('data-ok')).toBe('false');
    expect(result.querySelectorAll('.stage.ok')).toHaveLength(3);
    expect(result.querySelector('.stage.bad')?.textContent).toContain('XOAUTH2');
    expect([...result.querySelectorAll('[data-cause]')].map((e) => e.getAttribute('data-cause'))).toEqual([
      'smtp-auth-disabled',
      'security-defaults-on',
    ]);
    // A failed test opens its remedies; "what a pass proves" only under a pass.
    expect(result.querySelector<HTMLDetailsElement>('[data-cause="smtp-auth-disabled"]')?.open).toBe(true);
    expect(byTestId('test-mail-proves')).toBeNull();
  });

  const result = (over: object) =>
    (async () => ({
      ok: true,
      data: {
        ok: true,
        stage: 'ok',
        reply: '250 2.0.0 OK',
        transcript: [],
        timings: { dns: 1, connect: 20, tls: 30, auth: 40, send: 50 },
        causes: [],
        from: 'scan@contoso.com',
        to: 'scan@contoso.com',
        smtp: { host: 'smtp.office365.com', port: 587 },
        at: new Date().toISOString(),
        ...over,
      },
    })) as unknown as Send;

  it('says which account the test uses and why the agent signs in on its own', () => {
    show(emailPage, result({}));
    const text = byTestId('test-mail-accounts')?.textContent ?? '';
    expect(text).toContain('scan@contoso.com');
    expect(text).toContain('signs in on its own');
  });

  it('a pass says what it proves', async () => {
    show(emailPage, result({}));
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('test-mail-proves')).not.toBeNull();
  });

  it('the agent’s revoked sign-in is reported as the agent’s, with Microsoft’s text once and a way to sign in again', async () => {
    const aadsts =
      'AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-01-01.';
    const signin = vi.fn(async () => ({ ok: false, error: { code: 'agent-down', message: 'down' } }));
    const send = (async (message: RuntimeMessage) =>
      message.type === 'signin'
        ? signin()
        : result({
            ok: false,
            stage: 'auth',
            reply: aadsts,
            transcript: [`* token: ${aadsts}`],
            timings: { dns: null, connect: null, tls: null, auth: 12, send: null },
            causes: ['sign-in-expired'],
          })(message as never)) as unknown as Send;
    show(emailPage, send);
    act(() => (byTestId('test-mail-send') as HTMLButtonElement).click());
    await vi.waitFor(async () => {
      await flush();
      expect(byTestId('test-mail-result')).not.toBeNull();
    });
    const box = byTestId('test-mail-result')!;
    expect(box.getAttribute('data-stage')).toBe('agent-sign-in');
    expect(box.textContent).not.toContain('Failed at');
    expect(box.textContent).toContain('agent’s own sign-in');
    expect(box.textContent?.split('AADSTS700082')).toHaveLength(2); // Microsoft's text exactly once
    act(() => (byTestId('agent-signin-again') as HTMLButtonElement).click());
    await flush();
    expect(signin).toHaveBeenCalled();
  });
});
