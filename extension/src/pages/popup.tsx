import { format, messagesFor } from '@wcoa/shared/i18n';
import type { AgentConnection } from '@wcoa/shared/protocol';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../messages.ts';
import { CONTENT_SCRIPT_FILE } from '../printers/content-scripts.ts';
import { enableOrigin } from '../printers/enable.ts';
import { sheetQuery } from '../printers/sheet-url.ts';
import { type LangSetting, printersItem, langSetting as storedLangSetting } from '../settings.ts';
import { AgentNotice } from '../ui/agent-notice.tsx';
import { uiLang } from '../ui/lang.ts';
import { TestMail } from '../ui/test-mail.tsx';
import { readActiveTab, type TabReading } from './read-tab.ts';

type PageState = { kind: 'reading' } | { kind: 'unreadable' } | { kind: 'read'; tab: TabReading };

/** The toolbar popup: the agent's state, what this page is, enabling, a test mail, the options. */
export function Popup() {
  const [langSetting, setLangSetting] = useState<LangSetting>('auto');
  const [agent, setAgent] = useState<AgentConnection | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'reading' });
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    storedLangSetting().then(setLangSetting);
    send({ type: 'agent-status' }).then((reply) => reply.ok && setAgent(reply.data));
    readActiveTab()
      .then(async (tab) => {
        if (!tab) return setPage({ kind: 'unreadable' });
        setPage({ kind: 'read', tab });
        setEnabled((await printersItem.getValue()).includes(tab.origin));
      })
      .catch(() => setPage({ kind: 'unreadable' }));
  }, []);

  const model = page.kind === 'read' ? page.tab.model : null;
  const lang = uiLang(langSetting, model?.lang);
  const t = messagesFor(lang).ui;
  const p = t.popup;
  // The page's language is also the one the worker's refusals are worded in (messages.ts).
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const enable = async () => {
    if (page.kind !== 'read') return;
    const ok = await enableOrigin(page.tab.origin);
    setEnabled(ok);
    if (!ok) return setNote(p.enableDenied);
    // Show the overlay now, without a reload: the permission was just granted.
    await browser.scripting
      .executeScript({ target: { tabId: page.tab.tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] })
      .then(() => setNote(null))
      .catch(() => setNote(p.reload));
  };

  return (
    <main class="popup">
      <h1>{t.product}</h1>
      <section>
        {agent?.running && (
          <p class={agent.paired ? 'ok' : ''} data-testid="agent-status">
            {format(t.agent.running, { version: agent.version ?? '?' })}
            {agent.paired ? ` · ${t.agent.paired}` : ''}
          </p>
        )}
        {agent && !agent.running && <AgentNotice t={t} problem="agent-down" />}
        {agent?.running && !agent.paired && <AgentNotice t={t} problem="not-paired" />}
      </section>
      <section>
        <h2>{p.thisPage}</h2>
        {page.kind === 'reading' && <p class="muted">{p.detecting}</p>}
        {page.kind === 'unreadable' && <p class="muted">{p.cannotRead}</p>}
        {model && model.page === 'not-webconfig' && <p data-testid="page-kind">{p.notWebConfig}</p>}
        {model && model.page !== 'not-webconfig' && (
          <>
            <p data-testid="page-kind" data-page={model.page}>
              <strong>{t.pages[model.page]}</strong>
            </p>
            {model.model && <p class="muted">{format(p.model, { model: model.model })}</p>}
            {enabled ? (
              <>
                <p class="ok">{p.enabled}</p>
                <button
                  type="button"
                  class="secondary"
                  data-testid="open-sheet"
                  onClick={() =>
                    browser.tabs.create({
                      url: `${browser.runtime.getURL('/sheet.html')}?${sheetQuery(page.kind === 'read' ? page.tab.origin : '')}`,
                    })
                  }
                >
                  {messagesFor(lang).sheet.view.sheet}
                </button>
              </>
            ) : (
              <button type="button" data-testid="enable-printer" onClick={enable}>
                {p.enable}
              </button>
            )}
          </>
        )}
        {note && <p class="bad">{note}</p>}
      </section>
      {model && (model.fields.account || model.fields.sender) && (
        <section>
          <h2>{t.testMail.heading}</h2>
          <TestMail t={t} lang={lang} model={model} send={send} />
        </section>
      )}
      <p>
        <button
          type="button"
          class="secondary"
          data-testid="open-options"
          onClick={() => browser.runtime.openOptionsPage()}
        >
          {p.options}
        </button>
      </p>
    </main>
  );
}
