import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import { EmailAddressSchema, type TenantReport } from '@wcoa/shared/protocol';
import { useEffect, useState } from 'preact/hooks';
import { Submit, TextField } from '../pages/form.tsx';
import { GraphReadError } from './checks.ts';
import { TenantFindings } from './findings-view.tsx';
import { graphGetter, runTenantChecks } from './run-checks.ts';
import {
  DEFAULT_TENANT_CONFIG,
  parseTenantConfig,
  registrationOf,
  type TenantConfig,
  tenantConfigItem,
  tenantReportItem,
} from './settings.ts';
import { canSignIn, redirectUri, SignInCancelled, signIn, type WebAuthFlow } from './sign-in.ts';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'error'; text: string };

export interface TenantCheckProps {
  lang: Lang;
  /** The printer's account when the page that opened us knew it (options.html#tenant?mailbox=…). */
  initialMailbox?: string;
  /** Tests may hand in their own web auth flow; the product uses browser.identity's. */
  flow?: WebAuthFlow;
}

function errorText(error: unknown, t: ReturnType<typeof messagesFor>['tenant']): string {
  if (error instanceof SignInCancelled) return t.cancelled;
  if (error instanceof GraphReadError)
    return format(t.graphFailed, { code: error.code, message: error.message });
  const message = error instanceof Error ? error.message : String(error);
  return format(t.signInFailed, { message: message.split('\n')[0] ?? message });
}

/** "Check my tenant": the settings, the button, and the last findings. */
export function TenantCheck({ lang, initialMailbox = '', flow }: TenantCheckProps) {
  const t = messagesFor(lang).tenant;
  const [config, setConfig] = useState<TenantConfig>(DEFAULT_TENANT_CONFIG);
  const [mailbox, setMailbox] = useState(initialMailbox);
  const [report, setReport] = useState<TenantReport | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // The form appears once the stored settings are in, so they never overwrite what the admin types.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    Promise.all([tenantConfigItem.getValue(), tenantReportItem.getValue()]).then(([stored, last]) => {
      setConfig(stored);
      setReport(last);
      if (!initialMailbox && last?.mailbox) setMailbox(last.mailbox);
      setLoaded(true);
    });
    // The worker adopts the agent's registration (at pairing, and whenever this page asks for the
    // agent's state) or IT's policy: take it as it arrives, keeping what the admin typed elsewhere.
    return tenantConfigItem.watch((stored, previous) =>
      setConfig((current) => ({
        ...current,
        clientId: stored.clientId,
        source: stored.source,
        ...(current.authority === previous?.authority ? { authority: stored.authority } : {}),
      })),
    );
  }, [initialMailbox]);

  const registration = registrationOf(config);

  const field = (key: 'authority' | 'graphUrl') => (value: string) => setConfig({ ...config, [key]: value });

  const run = async (event: Event) => {
    event.preventDefault();
    if (!registration) return setStatus({ kind: 'error', text: t.registrationMissing });
    const parsed = parseTenantConfig(config);
    if (!parsed) return setStatus({ kind: 'error', text: t.settingsInvalid });
    const printerMailbox = mailbox.trim();
    if (printerMailbox && !EmailAddressSchema.safeParse(printerMailbox).success) {
      return setStatus({ kind: 'error', text: t.mailboxInvalid });
    }
    await tenantConfigItem.setValue(parsed);
    try {
      setStatus({ kind: 'busy', text: t.signingIn });
      const auth = await signIn(parsed, flow);
      setStatus({ kind: 'busy', text: t.checking });
      const next = await runTenantChecks(graphGetter(parsed.graphUrl, auth.accessToken), {
        account: auth.account.username,
        ...(printerMailbox ? { mailbox: printerMailbox } : {}),
      });
      await tenantReportItem.setValue(next);
      setReport(next);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, t) });
    }
  };

  const busy = status.kind === 'busy';
  return (
    <section id="tenant" data-testid="tenant-check">
      <h2>{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      {loaded && (
        <form onSubmit={run}>
          {canSignIn() ? (
            <p class="muted">
              {t.redirectHelp} <code data-testid="tenant-redirect">{redirectUri()}</code>
            </p>
          ) : (
            <p class="bad">{t.identityMissing}</p>
          )}
          {registration ? (
            <p class="muted" data-testid="tenant-registration" data-source={registration.source}>
              {format(registration.source === 'policy' ? t.registrationFromPolicy : t.registrationFromAgent, {
                clientId: registration.clientId,
              })}
            </p>
          ) : (
            <div class="notice" data-testid="tenant-registration-missing">
              <p>{t.registrationMissing}</p>
              <code>{t.setupCommand}</code>
            </div>
          )}
          <TextField
            id="tenant-authority"
            label={t.authorityLabel}
            value={config.authority}
            onInput={field('authority')}
          />
          <TextField
            id="tenant-graph"
            label={t.graphLabel}
            value={config.graphUrl}
            onInput={field('graphUrl')}
          />
          <TextField
            id="tenant-mailbox"
            label={t.mailboxLabel}
            autocomplete="off"
            placeholder={t.mailboxPlaceholder}
            value={mailbox}
            onInput={setMailbox}
          />
          <p>
            <Submit testid="tenant-run" label={t.run} disabled={busy || !canSignIn() || !registration} />
          </p>
          {status.kind !== 'idle' && (
            <p data-testid="tenant-status" class={status.kind === 'error' ? 'bad' : 'muted busy'}>
              {status.text}
            </p>
          )}
        </form>
      )}
      {report && !busy && <TenantFindings report={report} lang={lang} />}
    </section>
  );
}
