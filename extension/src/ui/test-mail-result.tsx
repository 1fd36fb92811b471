import { describeCause } from '@wcoa/shared/diagnosis';
import type { Lang, PageMessages } from '@wcoa/shared/i18n';
import { format } from '@wcoa/shared/i18n';
import { isAgentSignInFailure, type TestMailResponse } from '@wcoa/shared/protocol';

/** A test mail's outcome, stage by stage, with its causes: shared by the overlay and the popup. */
export function TestMailResult({
  t,
  lang,
  result,
  onSignInAgain,
}: {
  t: PageMessages['ui'];
  lang: Lang;
  result: TestMailResponse;
  /** Offered when the agent's own sign-in failed: start it again. */
  onSignInAgain?: () => void;
}) {
  const m = t.testMail;
  const reached = ['dns', 'connect', 'tls', 'auth', 'send'] as const;
  if (isAgentSignInFailure(result)) {
    // The agent's sign-in, said as such: no stage list ("Failed at: Authentication (XOAUTH2)" would
    // blame the printer's setup) and Microsoft's own words once.
    return (
      <div class="result" data-testid="test-mail-result" data-ok="false" data-stage="agent-sign-in">
        <p class="bad">
          <strong>{format(m.agentSignInFailed, { account: result.from })}</strong>
        </p>
        <p class="small">{m.agentSignInNote}</p>
        {result.reply && (
          <p class="reply">
            <code>{result.reply}</code>
          </p>
        )}
        {onSignInAgain && (
          <button type="button" class="btn" data-testid="agent-signin-again" onClick={onSignInAgain}>
            {m.signInAgain}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="result" data-testid="test-mail-result" data-ok={String(result.ok)} data-stage={result.stage}>
      <p class={result.ok ? 'ok' : 'bad'}>
        <strong>{result.ok ? m.passed : format(m.failed, { stage: m.stages[result.stage] })}</strong>
      </p>
      <p class="muted">
        {format(m.from, {
          from: result.from,
          to: result.to,
          server: `${result.smtp.host}:${result.smtp.port}`,
        })}
      </p>
      <ol class="stages">
        {reached.map((stage) => {
          const ms = result.timings[stage];
          const label = stage === 'send' ? m.stages.data : m.stages[stage];
          const failedHere =
            !result.ok &&
            (result.stage === stage ||
              (stage === 'send' && ['sender', 'recipient', 'data'].includes(result.stage)));
          const state = failedHere ? 'bad' : ms === null ? 'skip' : 'ok';
          return (
            <li key={stage} class={`stage ${state}`}>
              <span class="mark">{state === 'ok' ? '✓' : state === 'bad' ? '✗' : '·'}</span> {label}
              {ms !== null && <span class="muted"> {Math.round(ms)} ms</span>}
            </li>
          );
        })}
      </ol>
      {result.reply && (
        <p class="reply">
          <code>{result.reply}</code>
        </p>
      )}
      {result.causes.length > 0 && (
        <div class="causes">
          <h4>{m.causesHeading}</h4>
          {result.causes.map((id, i) => {
            const cause = describeCause(id, lang);
            // A failed test opens its remedies: the likeliest cause first, open.
            return (
              <details key={id} data-cause={id} open={!result.ok && i === 0}>
                <summary>{cause.title}</summary>
                <ol>
                  {cause.remedy.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
              </details>
            );
          })}
        </div>
      )}
      {result.ok && (
        <p class="muted small" data-testid="test-mail-proves">
          {m.proves}
        </p>
      )}
    </div>
  );
}
