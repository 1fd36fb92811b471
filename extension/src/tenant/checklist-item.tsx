import { isTenantCause } from '@wcoa/shared/diagnosis';
import type { PrerequisiteId, PrerequisiteState } from '@wcoa/shared/guide';
import { format, type Lang, pageMessagesFor } from '@wcoa/shared/i18n';
import type { TenantReport } from '@wcoa/shared/protocol';
import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../messages.ts';
import type { tenantPrerequisites } from './prerequisites.ts';

/**
 * The last pre-flight's report, from the service worker (content scripts may not read extension
 * storage): asked on mount and again whenever the printer's tab comes back into view, as it does
 * when the admin returns from the options page's check. `send` is the overlay's own (injected, as
 * everywhere in the overlay), so a test or another host hands in its own.
 */
export function useTenantReport(send: Send): TenantReport | null {
  const [report, setReport] = useState<TenantReport | null>(null);
  useEffect(() => {
    const ask = () => {
      if (document.visibilityState === 'hidden') return;
      void send({ type: 'tenant-report' }).then((reply) => {
        if (reply.ok) setReport(reply.data);
      });
    };
    ask();
    document.addEventListener('visibilitychange', ask);
    window.addEventListener('focus', ask);
    return () => {
      document.removeEventListener('visibilitychange', ask);
      window.removeEventListener('focus', ask);
    };
  }, [send]);
  return report;
}

/** The overlay checklist's first item: "Check my tenant", and what it found last time. */
export function TenantChecklistItem({
  lang,
  report,
  onOpen,
}: {
  lang: Lang;
  report: TenantReport | null;
  onOpen: () => void;
}) {
  const messages = pageMessagesFor(lang);
  const t = messages.tenant;
  const blocking = report?.findings.filter(isTenantCause) ?? [];
  return (
    <div
      class="row"
      data-testid="tenant-checklist-item"
      data-findings={blocking.map((f) => f.causeId).join(' ')}
    >
      <span>
        {t.checklistItem}
        {report && (
          <span class={`small ${blocking.length > 0 ? 'bad' : 'ok'}`}>
            {' '}
            · {blocking.length > 0 ? format(t.found, { count: blocking.length }) : t.clean}
          </span>
        )}
      </span>
      <button type="button" class="btn secondary" data-testid="tenant-open" onClick={onOpen}>
        {t.openCheck}
      </button>
    </div>
  );
}

/** A prerequisite's state as the pre-flight saw it (nothing when it did not check it). */
export function TenantMark({
  id,
  states,
  lang,
}: {
  id: PrerequisiteId;
  states: ReturnType<typeof tenantPrerequisites>;
  lang: Lang;
}) {
  const state: PrerequisiteState | undefined = states[id];
  if (!state) return null;
  const words = pageMessagesFor(lang).guide.prerequisites.state;
  return (
    <span
      class={`small ${state === 'met' ? 'ok' : state === 'missing' ? 'bad' : 'muted'}`}
      data-tenant-state={state}
    >
      {' '}
      ({words[state]})
    </span>
  );
}

/**
 * The overlay's request to open the check, with the printer's account (the service worker keeps it
 * only when it is an address: OpenTenantCheckMessageSchema).
 */
export function openTenantCheckMessage(account: string | undefined) {
  const mailbox = account?.trim();
  return { type: 'open-tenant-check', ...(mailbox ? { mailbox } : {}) } as const;
}
