import type { Messages } from '@wcoa/shared/i18n';
import { format } from '@wcoa/shared/i18n';
import { useState } from 'preact/hooks';

/** The device code a printer (or the agent) shows: copy it, open Microsoft's page. */
export function DeviceCodeHelper({
  t,
  userCode,
  verificationUri,
  expiresAt,
}: {
  t: Messages['ui'];
  userCode: string;
  verificationUri: string;
  expiresAt?: string | number | null;
}) {
  const [copied, setCopied] = useState(false);
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
      <p class="row">
        <button type="button" class="btn" onClick={open} data-testid="device-code-open">
          {t.deviceCode.open}
        </button>
        <span class="small muted">{verificationUri}</span>
      </p>
      {expiry && !Number.isNaN(expiry.getTime()) && (
        <p class="small muted">{format(t.deviceCode.expires, { time: expiry.toLocaleTimeString() })}</p>
      )}
    </div>
  );
}
