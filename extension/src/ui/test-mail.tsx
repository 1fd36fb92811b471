import type { Lang, PageMessages } from '@wcoa/shared/i18n';
import { format } from '@wcoa/shared/i18n';
import type { SigninResponse, TestMailRequest, TestMailResponse } from '@wcoa/shared/protocol';
import type { PageModel } from '@wcoa/shared/webconfig';
import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../messages.ts';
import { AgentNotice } from './agent-notice.tsx';
import { DeviceCodeHelper } from './device-code.tsx';
import { TestMailResult } from './test-mail-result.tsx';

export type { Send };

/** The test request from what the page shows: the account, the sender, the SMTP server and port. */
export function testMailRequest(model: PageModel): TestMailRequest | null {
  const { account, sender, smtpServer, smtpPort } = model.fields;
  const mailbox = account ?? sender;
  if (!mailbox?.includes('@')) return null;
  const request: TestMailRequest = { account: mailbox };
  if (sender?.includes('@')) request.from = sender;
  if (smtpServer && smtpPort) request.smtp = { host: smtpServer, port: smtpPort };
  return request;
}

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'result'; result: TestMailResponse }
  | { kind: 'agent'; problem: 'agent-down' | 'not-paired' }
  | { kind: 'needs-signin'; account: string }
  | { kind: 'signing-in'; account: string; signin: SigninResponse }
  | { kind: 'signed-in' }
  | { kind: 'error'; message: string; reloaded?: boolean };

/** The extension itself was reloaded under the page: its own words, not "the agent answered". */
function errorState(error: { code: string; message: string }): State {
  return { kind: 'error', message: error.message, reloaded: error.code === 'extension-reloaded' };
}

/** One click: the service worker asks the agent to send through Microsoft, stage by stage. */
export function TestMail({
  t,
  lang,
  model,
  send,
}: {
  t: PageMessages['ui'];
  lang: Lang;
  model: PageModel;
  send: Send;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const request = testMailRequest(model);
  const m = t.testMail;

  const run = async () => {
    if (!request) return;
    setState({ kind: 'sending' });
    const reply = await send({ type: 'test-mail', request });
    if (reply.ok) return setState({ kind: 'result', result: reply.data });
    const code = reply.error.code;
    if (code === 'agent-down' || code === 'not-paired') return setState({ kind: 'agent', problem: code });
    if (code === 'account-not-signed-in' || code === 'account-unknown') {
      return setState({ kind: 'needs-signin', account: request.account });
    }
    setState(errorState(reply.error));
  };

  const signin = async (account: string) => {
    const reply = await send({ type: 'signin', request: { email: account } });
    if (reply.ok) return setState({ kind: 'signing-in', account, signin: reply.data });
    const code = reply.error.code;
    if (code === 'agent-down' || code === 'not-paired') return setState({ kind: 'agent', problem: code });
    setState(errorState(reply.error));
  };

  // While the agent waits for Microsoft, watch its accounts until this one is signed in.
  useEffect(() => {
    if (state.kind !== 'signing-in') return;
    const timer = setInterval(async () => {
      const reply = await send({ type: 'accounts' });
      if (!reply.ok) return;
      const account = reply.data.find(
        (a) => a.id === state.signin.id || a.email?.toLowerCase() === state.account.toLowerCase(),
      );
      if (account?.state === 'signed-in') setState({ kind: 'signed-in' });
    }, 2000);
    return () => clearInterval(timer);
  }, [state]);

  return (
    <div data-testid="test-mail">
      <div class="row">
        <button
          type="button"
          class="btn"
          data-testid="test-mail-send"
          disabled={!request || state.kind === 'sending'}
          onClick={run}
        >
          {state.kind === 'sending' ? m.sending : m.button}
        </button>
      </div>
      {!request && <p class="small muted">{m.needAccount}</p>}
      {request && (
        <div class="small" data-testid="test-mail-accounts">
          <p>{format(m.whichAccount, { account: request.account })}</p>
          <p class="muted">{m.whyAgent}</p>
        </div>
      )}
      {state.kind === 'result' && (
        <TestMailResult
          t={t}
          lang={lang}
          result={state.result}
          onSignInAgain={request ? () => void signin(request.account) : undefined}
        />
      )}
      {state.kind === 'agent' && <AgentNotice t={t} problem={state.problem} />}
      {state.kind === 'needs-signin' && (
        <div class="notice" data-testid="needs-signin">
          <p>{format(m.notSignedIn, { account: state.account })}</p>
          <button type="button" class="btn" data-testid="agent-signin" onClick={() => signin(state.account)}>
            {m.signInOnAgent}
          </button>
        </div>
      )}
      {state.kind === 'signing-in' && (
        <>
          <DeviceCodeHelper
            t={t}
            userCode={state.signin.userCode}
            verificationUri={state.signin.verificationUri}
            expiresAt={state.signin.expiresAt}
            send={send}
          />
          <p class="small muted">{m.signingIn}</p>
        </>
      )}
      {state.kind === 'signed-in' && (
        <p class="ok" data-testid="agent-signed-in">
          {m.signedInRetry}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="bad" data-testid={state.reloaded ? 'extension-reloaded' : 'test-mail-error'}>
          {state.reloaded ? state.message : format(t.agent.error, { message: state.message })}
        </p>
      )}
    </div>
  );
}
