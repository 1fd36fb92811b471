import { jobCodeLines } from '@wcoa/shared/diagnosis';
import { guideOnPage, PREREQUISITES, stepText } from '@wcoa/shared/guide';
import { format, pageMessagesFor } from '@wcoa/shared/i18n';
import { GUIDE_PAGES, TEST_MAIL_PAGES } from '@wcoa/shared/webconfig';
import { useState } from 'preact/hooks';
import type { Send } from '../messages.ts';
import {
  openTenantCheckMessage,
  TenantChecklistItem,
  TenantMark,
  useTenantReport,
} from '../tenant/checklist-item.tsx';
import { tenantPrerequisites } from '../tenant/prerequisites.ts';
import { CauseCard } from '../ui/cause-card.tsx';
import { DeviceCodeHelper } from '../ui/device-code.tsx';
import { RichText } from '../ui/rich-text.tsx';
import { TestMail } from '../ui/test-mail.tsx';
import type { OverlayView } from './view.ts';

export interface Layout {
  dock: 'left' | 'right';
  collapsed: boolean;
}

export interface OverlayProps {
  view: OverlayView;
  checklist: readonly string[];
  onChecklist: (checked: string[]) => void;
  send: Send;
  /** Start folded (the panel would cover Web Config's own controls). */
  startCollapsed?: boolean;
  /**
   * Where the panel is, when the caller decides (the content script measures what the panel would
   * cover); without it the panel keeps its own state.
   */
  placement?: Layout;
  /** The admin docked, folded or opened the panel. */
  onLayout?: (layout: Layout) => void;
  /** Job-history rows per code, to bring one into view from the panel. */
  onShowRow?: (code: number) => void;
}

function Guide({ view }: { view: OverlayView }) {
  const { guide, lang } = view;
  const messages = pageMessagesFor(lang);
  // Web Config's labels as this page words them (the page's own word, else its language's verified one).
  const g = guideOnPage(lang, view.pageText, view.model.lang);
  const t = messages.ui.overlay;
  if (!guide || guide.status === 'idle') return null;
  if (guide.status === 'complete') {
    return (
      <div class="section" data-testid="guide">
        <div class="done">{t.done}</div>
        {g.variants[guide.variant].complete.slice(1).map((line) => (
          <p class="small muted" key={line}>
            <RichText text={line} />
          </p>
        ))}
      </div>
    );
  }
  if (!guide.step) return null;
  const text = stepText(g, guide.variant, guide.step);
  const blocked = guide.status === 'blocked';
  // A blocker replaces the step: what stopped the sign-in and its remedy first, the step after.
  return (
    <div class="section" data-testid="guide">
      <h3>{g.variants[guide.variant].title}</h3>
      {blocked && (
        <div data-testid="guide-blockers">
          {guide.blockers.map((id) => (
            <CauseCard key={id} id={id} lang={lang} open />
          ))}
        </div>
      )}
      <div class={blocked ? 'blocked' : 'step'}>
        <div class="count">{format(t.stepOf, { n: guide.position, total: guide.total })}</div>
        <div class="title">{blocked ? format(t.afterBlocker, { step: text.title }) : text.title}</div>
        {!blocked &&
          text.action.map((line) => (
            <p key={line}>
              <RichText text={line} />
            </p>
          ))}
        {guide.signIn && view.deviceCode && (
          <p class="small" data-testid="sign-in-waiting" role="status">
            {g.deviceCode.waiting} {format(g.deviceCode.expiresIn, { minutes: guide.signIn.minutesLeft })}
          </p>
        )}
        {guide.target && !blocked && <p class="small muted">{t.outlineHint}</p>}
        <div class="progress" aria-hidden="true">
          <span style={{ width: `${Math.round(((guide.position - 1) / guide.total) * 100)}%` }} />
        </div>
      </div>
    </div>
  );
}

function Checklist({
  view,
  checked,
  onChange,
  send,
}: {
  view: OverlayView;
  checked: readonly string[];
  onChange: (ids: string[]) => void;
  send: Send;
}) {
  const tenantReport = useTenantReport(send);
  const tenantStates = tenantPrerequisites(tenantReport);
  const messages = pageMessagesFor(view.lang);
  const items = messages.guide.prerequisites.items;
  const t = messages.ui.overlay;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...new Set([...checked, id])] : checked.filter((c) => c !== id));
  return (
    <details class="section checklist" data-testid="checklist" open={checked.length < PREREQUISITES.length}>
      <summary>
        <h3 style={{ display: 'inline' }}>
          {t.checklistHeading} ({checked.length}/{PREREQUISITES.length})
        </h3>
      </summary>
      <p class="small muted">{t.checklistNote}</p>
      <TenantChecklistItem
        lang={view.lang}
        report={tenantReport}
        onOpen={() => void send(openTenantCheckMessage(view.model.fields.account))}
      />
      {PREREQUISITES.map((p) => (
        <label key={p.id}>
          <input
            type="checkbox"
            data-prerequisite={p.id}
            data-testid={`prerequisite-${p.id}`}
            checked={checked.includes(p.id)}
            onChange={(e) => toggle(p.id, e.currentTarget.checked)}
          />
          <span>
            <RichText text={items[p.id].title} />
            <TenantMark id={p.id} states={tenantStates} lang={view.lang} />
          </span>
        </label>
      ))}
    </details>
  );
}

/** Brings the job-history row with this code into view (the explanation stays in the panel, off the table). */
function ShowRow({
  code,
  label,
  onShowRow,
}: {
  code: number;
  label: string;
  onShowRow?: (code: number) => void;
}) {
  if (!onShowRow) return null;
  return (
    <button type="button" class="link" data-testid={`show-row-${code}`} onClick={() => onShowRow(code)}>
      {label}
    </button>
  );
}

/** The side panel: the guide, the hints, the checklist, the test mail; collapsible to a tab. */
export function Overlay({
  view,
  checklist,
  onChecklist,
  send,
  startCollapsed = false,
  placement,
  onLayout,
  onShowRow,
}: OverlayProps) {
  const [own, setOwn] = useState<Layout>({ dock: 'right', collapsed: startCollapsed });
  const layout = placement ?? own;
  const change = (next: Layout) => {
    setOwn(next);
    onLayout?.(next);
  };
  const messages = pageMessagesFor(view.lang);
  const t = messages.ui;
  const { model, lang } = view;
  if (layout.collapsed) {
    return (
      <button
        type="button"
        class={`tab ${layout.dock}`}
        data-testid="overlay-tab"
        title={t.overlay.open}
        aria-label={t.overlay.open}
        aria-expanded="false"
        onClick={() => change({ ...layout, collapsed: false })}
      >
        {t.product.replace('Web Config ', '')}
        {view.hints.length > 0 && <span class="badge">{view.hints.length}</span>}
      </button>
    );
  }
  const guided = GUIDE_PAGES.has(model.page);
  const other = layout.dock === 'right' ? 'left' : 'right';
  return (
    <aside
      class={`panel ${layout.dock}`}
      data-testid="overlay-panel"
      data-dock={layout.dock}
      aria-label={t.product}
    >
      <header class="head">
        <div class="brand">
          {t.product}
          <span class="page">
            {t.pages[model.page]}
            {model.model ? ` · ${model.model}` : ''}
          </span>
        </div>
        <button
          type="button"
          class="icon"
          data-testid="overlay-dock"
          title={t.overlay.dock[other]}
          aria-label={t.overlay.dock[other]}
          onClick={() => change({ dock: other, collapsed: false })}
        >
          {other === 'left' ? '⇤' : '⇥'}
        </button>
        <button
          type="button"
          class="icon"
          data-testid="overlay-collapse"
          title={t.overlay.collapse}
          aria-label={t.overlay.collapse}
          aria-expanded="true"
          onClick={() => change({ ...layout, collapsed: true })}
        >
          {layout.dock === 'right' ? '›' : '‹'}
        </button>
      </header>
      <div class="body">
        {guided && <Guide view={view} />}
        {view.deviceCode && (
          <div class="section">
            <DeviceCodeHelper
              t={t}
              userCode={view.deviceCode.userCode}
              verificationUri={view.deviceCode.verificationUri}
              send={send}
            />
          </div>
        )}
        {view.findings.filter((id) => !view.guide?.blockers.includes(id)).length > 0 && (
          <div class="section" data-testid="findings">
            <h3>{t.overlay.hintsHeading}</h3>
            {view.findings
              .filter((id) => !view.guide?.blockers.includes(id))
              .map((id) => (
                <CauseCard key={id} id={id} lang={lang} />
              ))}
          </div>
        )}
        {view.messages.some((m) => m.causes.length > 0) && (
          <div class="section" data-testid="messages">
            <h3>{t.overlay.messagesHeading}</h3>
            {view.messages
              .filter((m) => m.causes.length > 0)
              .map((m) => (
                <div key={m.text}>
                  <p class="small muted">“{m.text}”</p>
                  {m.causes
                    .filter((id) => !view.guide?.blockers.includes(id))
                    .map((id, i) => (
                      <CauseCard key={id} id={id} lang={lang} open={i === 0} />
                    ))}
                </div>
              ))}
          </div>
        )}
        {model.page === 'job-history' && (
          <div class="section" data-testid="job-codes">
            <h3>{t.overlay.jobHistoryHeading}</h3>
            {view.jobCodes.length === 0 && <p class="muted">{t.overlay.jobHistoryNone}</p>}
            {view.jobCodes.map((job) =>
              job.cause ? (
                <div key={job.code} data-testid={`job-code-${job.code}`}>
                  <p>
                    <strong>{format(t.overlay.codeLabel, { code: job.code })}</strong>{' '}
                    <span class="muted">{format(t.overlay.rowCount, { count: job.count })}</span>{' '}
                    <ShowRow code={job.code} label={t.overlay.showRow} onShowRow={onShowRow} />
                  </p>
                  <p class="small" data-testid="epson-job-code">
                    {jobCodeLines(job.code, lang)[0]}
                  </p>
                  <CauseCard id={job.cause} lang={lang} />
                </div>
              ) : (
                <p key={job.code} class="small" data-testid={`job-code-${job.code}`}>
                  <strong>{format(t.overlay.codeLabel, { code: job.code })}</strong>{' '}
                  {format(t.overlay.codeUnknown, { code: job.code })}{' '}
                  <ShowRow code={job.code} label={t.overlay.showRow} onShowRow={onShowRow} />
                </p>
              ),
            )}
          </div>
        )}
        {TEST_MAIL_PAGES.has(model.page) && (
          <div class="section">
            <h3>{t.testMail.heading}</h3>
            <TestMail t={t} lang={lang} model={model} send={send} />
          </div>
        )}
        {(guided || model.page === 'job-history') && (
          <Checklist view={view} checked={checklist} onChange={onChecklist} send={send} />
        )}
        {!guided && model.page !== 'job-history' && !TEST_MAIL_PAGES.has(model.page) && (
          <div class="section">
            <p class="muted">{t.overlay.noGuideHere}</p>
          </div>
        )}
        <div class="section">
          <button
            type="button"
            class="btn secondary"
            data-testid="open-sheet"
            onClick={() => void send({ type: 'open-sheet' })}
          >
            {pageMessagesFor(lang).sheet.view.sheet}
          </button>
        </div>
      </div>
    </aside>
  );
}
