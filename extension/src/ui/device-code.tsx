import { isMicrosoftVerificationUri } from '@wcoa/shared/guide';
import type { PageMessages } from '@wcoa/shared/i18n';
import { format } from '@wcoa/shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../messages.ts';

type Verdict = 'microsoft' | 'checking' | 'refused';

function hostOf(uri: string): string {
  try {
    return new URL(uri).host;
  } catch {
    return uri.slice(0, 100);
  }
}

/**
 * Whether the link is Microsoft's verification page: at once for Microsoft's own hosts; for any
 * other host, only if the paired agent's explicit configuration lists it (the emulators, a
 * sovereign proxy). A page on the printer's address is not trusted to say where to sign in.
 */
function useVerdict(verificationUri: string, send: Send): Verdict {
  const own = isMicrosoftVerificationUri(verificationUri);
  const [verdict, setVerdict] = useState<Verdict>(own ? 'microsoft' : 'checking');
  useEffect(() => {
    if (own) return setVerdict('microsoft');
    setVerdict('checking');
    let live = true;
    void send({ type: 'device-link-hosts' }).then(
      (reply) => {
        const hosts = reply.ok ? reply.data.hosts : [];
        if (live) setVerdict(isMicrosoftVerificationUri(verificationUri, hosts) ? 'microsoft' : 'refused');
      },
      () => live && setVerdict('refused'),
    );
    return () => {
      live = false;
    };
  }, [verificationUri, own, send]);
  return verdict;
}

/** The device code a printer (or the agent) shows: copy it, open Microsoft's page. */
export function DeviceCodeHelper({
  t,
  userCode,
  verificationUri,
  expiresAt,
  send,
}: {
  t: PageMessages['ui'];
  userCode: string;
  verificationUri: string;
  expiresAt?: string | number | null;
  send: Send;
}) {
  const [copied, setCopied] = useState(false);
  const verdict = useVerdict(verificationUri, send);
  if (verdict === 'refused') {
    return (
      <div class="devicecode" data-testid="device-code-untrusted">
        <h4>{t.deviceCode.heading}</h4>
        <p class="bad">{format(t.deviceCode.notMicrosoft, { host: hostOf(verificationUri) })}</p>
      </div>
    );
  }
  const copy = async () => {
    await navigator.clipboard.writeText(userCode).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const open = () => window.open(verificationUri, '_blank', 'noopener,noreferrer');
  const expiry = expiresAt ? new Date(expiresAt) : null;
  return (
    <div class="devicecode" data-testid="device-code">
      <h4>{t.deviceCode.heading}</h4>
      <p class="small">{t.deviceCode.instructions}</p>
      <div class="row">
        <span class="code" data-testid="device-code-value">
          {userCode}
        </span>
        <button type="button" class="btn secondary" onClick={copy}>
          {copied ? t.deviceCode.copied : t.deviceCode.copy}
        </button>
      </div>
      {verdict === 'microsoft' && (
        <p class="row">
          <button type="button" class="btn" onClick={open} data-testid="device-code-open">
            {t.deviceCode.open}
          </button>
          <span class="small muted">{verificationUri}</span>
        </p>
      )}
      {expiry && !Number.isNaN(expiry.getTime()) && (
        <p class="small muted">{format(t.deviceCode.expires, { time: expiry.toLocaleTimeString() })}</p>
      )}
    </div>
  );
}
