import { parseEndpoint } from '@wcoa/shared/diagnosis';
import { format, LANG_NAMES, LANGS } from '@wcoa/shared/i18n';
import type { AgentConnection } from '@wcoa/shared/protocol';
import { AGENT_DEFAULT_PORT, PAIRING_CODE_EXAMPLE, PairingCodeSchema } from '@wcoa/shared/protocol';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../messages.ts';
import { enableOrigin } from '../printers/enable.ts';
import { parsePrinterAddress } from '../printers/printer-address.ts';
import { revokePrinter, setAllSites } from '../printers/printers.ts';
import { sheetQuery } from '../printers/sheet-url.ts';
import {
  agentPortItem,
  allSitesItem,
  expectedEndpointsItem,
  type LangSetting,
  langItem,
  pairingItem,
  printersItem,
  tourSeenItem,
} from '../settings.ts';
import { mailboxFromHash } from '../tenant/link.ts';
import { TenantCheck } from '../tenant/tenant-check.tsx';
import { AgentNotice } from '../ui/agent-notice.tsx';
import { uiLang, uiMessages } from '../ui/lang.ts';
import { type Note, NoteLine, Submit, TextField, TextInput } from './form.tsx';
import { PortField, portOf } from './port-field.tsx';
import { loadPrinters } from './printers/load-printers.ts';
import { PrintersView } from './printers/printers-view.tsx';

function useStored<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }, initial: T) {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

export function Options() {
  const lang = useStored<LangSetting>(langItem, 'auto');
  const printers = useStored<string[]>(printersItem, []);
  const allSites = useStored<boolean>(allSitesItem, false);
  const storedPort = useStored<number>(agentPortItem, AGENT_DEFAULT_PORT);
  const t = uiMessages(lang).ui;
  const o = t.options;
  // The page's language is also the one the worker's refusals are worded in (messages.ts).
  useEffect(() => {
    document.documentElement.lang = uiLang(lang);
  }, [lang]);

  const tourSeen = useStored<boolean | null>(tourSeenItem, null);
  const endpoints = useStored<string[]>(expectedEndpointsItem, []);
  const [status, setStatus] = useState<AgentConnection | null>(null);
  const [lookPort, setLookPort] = useState('');
  const [lookNote, setLookNote] = useState<Note>(null);
  const [endpointText, setEndpointText] = useState<string | null>(null);
  const [endpointNote, setEndpointNote] = useState<Note>(null);
  const [code, setCode] = useState('');
  const [port, setPort] = useState('');
  const [pairNote, setPairNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState('');
  const [addNote, setAddNote] = useState<Note>(null);

  const refresh = async (port?: number) => {
    const reply = await send(port === undefined ? { type: 'agent-status' } : { type: 'agent-status', port });
    if (reply.ok) setStatus(reply.data);
    return reply.ok ? reply.data : null;
  };
  // The pairing state stays current: asked again every few seconds, and at once when it changes.
  useEffect(() => {
    void (async () => {
      const first = await refresh();
      // Not on the port we know: the agent may be on its default one.
      if (first && !first.running && !first.url.endsWith(`:${AGENT_DEFAULT_PORT}`)) {
        const found = await refresh(AGENT_DEFAULT_PORT);
        if (found?.running)
          setLookNote({ tone: 'ok', text: format(o.agentFound, { port: AGENT_DEFAULT_PORT }) });
      }
    })();
    const timer = setInterval(() => void refresh(), 4000);
    const unwatch = pairingItem.watch(() => void refresh());
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      unwatch();
      window.removeEventListener('focus', onFocus);
    };
  }, []);

  const portInvalid = format(o.portInvalid, { port: AGENT_DEFAULT_PORT });
  const lookAgain = async (event: Event) => {
    event.preventDefault();
    const n = portOf(lookPort, storedPort);
    if (n === null) return setLookNote({ tone: 'bad', text: portInvalid });
    const found = await refresh(n);
    setLookNote(
      found?.running
        ? { tone: 'ok', text: format(o.agentFound, { port: n }) }
        : { tone: 'bad', text: format(o.agentNotFound, { port: n }) },
    );
  };

  const saveEndpoints = async (event: Event) => {
    event.preventDefault();
    const lines = (endpointText ?? endpoints.join('\n'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 20);
    const bad = lines.find((l) => parseEndpoint(l) === null);
    if (bad !== undefined)
      return setEndpointNote({ tone: 'bad', text: format(o.endpointsInvalid, { line: bad }) });
    await expectedEndpointsItem.setValue(lines);
    setEndpointText(null);
    setEndpointNote({ tone: 'ok', text: o.endpointsSaved });
  };
  const statePort = status ? new URL(status.url).port || String(AGENT_DEFAULT_PORT) : '';
  const pairingState = !status
    ? null
    : !status.running
      ? { id: 'down', text: format(o.stateDown, { port: statePort }) }
      : status.paired
        ? { id: 'paired', text: format(o.statePaired, { port: statePort }) }
        : { id: 'not-paired', text: format(o.stateNotPaired, { port: statePort }) };

  const pair = async (event: Event) => {
    event.preventDefault();
    const parsedCode = PairingCodeSchema.safeParse(code);
    if (!parsedCode.success)
      return setPairNote({ tone: 'bad', text: format(o.codeFormat, { example: PAIRING_CODE_EXAMPLE }) });
    const portNumber = portOf(port, storedPort);
    if (portNumber === null) return setPairNote({ tone: 'bad', text: portInvalid });
    setBusy(true);
    setPairNote({ tone: 'ok', text: o.pairing });
    const reply = await send({ type: 'pair', code, port: portNumber });
    setBusy(false);
    if (reply.ok) {
      setStatus(reply.data);
      setCode('');
      setPairNote({ tone: 'ok', text: format(o.pairedOk, { port: portNumber }) });
    } else if (reply.error.code === 'agent-down') {
      setStatus({ running: false, paired: false, version: null, url: `http://127.0.0.1:${portNumber}` });
      setPairNote(null);
    } else if (reply.error.code === 'pairing-code-invalid' || reply.error.code === 'rate-limited') {
      setPairNote({ tone: 'bad', text: o.codeInvalid });
      await refresh();
    } else {
      setPairNote({ tone: 'bad', text: format(t.agent.error, { message: reply.error.message }) });
    }
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePrinterAddress(address);
    if (!parsed.ok) return setAddNote({ tone: 'bad', text: o.errors[parsed.error] });
    const enabled = await enableOrigin(parsed.origin);
    if (enabled) {
      setAddress('');
      setAddNote({ tone: 'ok', text: format(o.added, { origin: parsed.origin }) });
    } else {
      setAddNote({ tone: 'bad', text: format(o.denied, { origin: parsed.origin }) });
    }
  };

  const toggleAllSites = (event: Event) => setAllSites((event.currentTarget as HTMLInputElement).checked);
  // Both port fields (looking for the agent, pairing) read the same way.
  const portField = { label: o.portLabel, stored: storedPort };

  return (
    <main>
      <h1>{o.title}</h1>

      {tourSeen === false && (
        <section class="tour" data-testid="tour" aria-labelledby="tour-heading">
          <h2 id="tour-heading">{o.tour.heading}</h2>
          <ol>
            <li>{o.tour.panel}</li>
            <li>{o.tour.fold}</li>
            <li>{o.tour.options}</li>
          </ol>
          <button type="button" data-testid="tour-done" onClick={() => void tourSeenItem.setValue(true)}>
            {o.tour.done}
          </button>
        </section>
      )}

      <section>
        <h2>{o.pairingHeading}</h2>
        <p class="muted">{o.pairingHelp}</p>
        {pairingState && (
          <p data-testid="pairing-state" data-state={pairingState.id} role="status">
            {format(o.pairingNow, { state: pairingState.text })}
          </p>
        )}
        <p data-testid="agent-status">
          {status?.running && status.paired && (
            <span class="ok">
              {format(t.agent.running, { version: status.version ?? '?' })} · {t.agent.paired}
            </span>
          )}
          {status?.running && !status.paired && (
            <span>{format(t.agent.running, { version: status.version ?? '?' })}</span>
          )}
        </p>
        {status && !status.running && <AgentNotice t={t} problem="agent-down" />}
        {status && !status.running && (
          <form onSubmit={lookAgain} data-testid="agent-port-form">
            <h3>{o.agentPortHeading}</h3>
            <p class="muted">{o.agentPortHelp}</p>
            <div class="row">
              <PortField
                id="agent-port"
                testid="agent-port-input"
                value={lookPort}
                onInput={setLookPort}
                {...portField}
              />
              <Submit testid="agent-port-retry" label={o.agentLookAgain} />
            </div>
          </form>
        )}
        <NoteLine note={lookNote} testid="agent-port-result" />
        {status?.running && !status.paired && <AgentNotice t={t} problem="not-paired" />}
        <form onSubmit={pair}>
          <div class="row">
            <div>
              <TextField
                id="pair-code"
                label={o.codeLabel}
                autocomplete="off"
                placeholder={PAIRING_CODE_EXAMPLE}
                value={code}
                onInput={setCode}
              />
            </div>
            <div>
              <PortField id="pair-port" value={port} onInput={setPort} {...portField} />
            </div>
          </div>
          <p>
            <Submit testid="pair-submit" label={o.pairButton} disabled={busy} />
          </p>
          <NoteLine note={pairNote} testid="pair-result" />
        </form>
      </section>

      <section>
        <h2>{o.languageHeading}</h2>
        <select
          data-testid="language"
          value={lang}
          onChange={(e) => langItem.setValue(e.currentTarget.value as LangSetting)}
        >
          <option value="auto">{o.languageAuto}</option>
          {LANGS.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANG_NAMES[code] ?? code}
            </option>
          ))}
        </select>
      </section>

      <section>
        <h2>{o.printersHeading}</h2>
        <p class="muted">{o.printersHelp}</p>
        <form onSubmit={add}>
          <label for="add-printer">{o.addLabel}</label>
          <div class="row">
            <TextInput
              id="add-printer"
              testid="add-printer-input"
              autocomplete="off"
              placeholder={o.addPlaceholder}
              value={address}
              onInput={setAddress}
            />
            <Submit testid="add-printer-submit" label={o.addButton} />
          </div>
          <NoteLine note={addNote} testid="add-printer-result" />
        </form>
        {printers.length === 0 ? (
          <p class="muted">{o.none}</p>
        ) : (
          <ul class="printers" data-testid="printers">
            {printers.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button type="button" class="secondary" onClick={() => revokePrinter(origin)}>
                  {o.revoke}
                </button>
              </li>
            ))}
          </ul>
        )}
        <label class="row">
          <input type="checkbox" data-testid="all-sites" checked={allSites} onChange={toggleAllSites} />
          <span>{o.allSitesLabel}</span>
        </label>
        <p class="muted">{o.allSitesHelp}</p>
        <PrintersView
          embedded
          lang={uiLang(lang)}
          load={loadPrinters}
          sheetUrl={(id) => `${browser.runtime.getURL('/sheet.html')}?${sheetQuery({ id })}`}
        />
        <form onSubmit={saveEndpoints} data-testid="endpoints-form">
          <h3>{o.endpointsHeading}</h3>
          <p class="muted">{o.endpointsHelp}</p>
          <label for="expected-endpoints">{o.endpointsLabel}</label>
          <textarea
            id="expected-endpoints"
            data-testid="expected-endpoints"
            rows={2}
            spellcheck={false}
            placeholder="smtp.example.org:587"
            value={endpointText ?? endpoints.join('\n')}
            onInput={(e) => setEndpointText(e.currentTarget.value)}
          />
          <p>
            <Submit testid="expected-endpoints-save" label={o.endpointsSave} />
          </p>
          <NoteLine note={endpointNote} testid="expected-endpoints-result" />
        </form>
      </section>

      <TenantCheck lang={uiLang(lang)} initialMailbox={mailboxFromHash(location.hash)} />
    </main>
  );
}
