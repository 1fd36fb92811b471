import { type ExpectedEndpoint, epsonJobCodeText, parseEndpoint } from '@wcoa/shared/diagnosis';
import { type GuideMemory, observe } from '@wcoa/shared/guide';
import { type Lang, pageMessagesFor } from '@wcoa/shared/i18n';
import { hasMessages } from '@wcoa/shared/i18n/loaded';
import { detect, type PageModel, pageTextOf } from '@wcoa/shared/webconfig';
import { render } from 'preact';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { send } from '../messages.ts';
import { Layer, type RowBadge } from '../overlay/layer.tsx';
import { type Layout, Overlay } from '../overlay/overlay.tsx';
import { overlayCss } from '../overlay/style.ts';
import { buildView, type OverlayView } from '../overlay/view.ts';
import type { LangSetting } from '../settings.ts';
import { uiLang } from '../ui/lang.ts';
import { takeWelcome } from './handoff.ts';
import { loadFile, messagesFile } from './load.ts';
import { locateCodeRows, locateTarget } from './locate.ts';
import {
  choosePlacement,
  PANEL_MARGIN,
  PANEL_WIDTH,
  protectedBoxes,
  TAB_WIDTH,
  tabTop,
} from './placement.ts';
import { reportPage } from './report.ts';

const SETTLE_MS = 80;
const DEFAULT_LAYOUT: Layout = { dock: 'right', collapsed: false };

/** The part of the viewport the panel (or its tab) leaves to badges. */
function layerBounds(layout: Layout, width: number): { left: number; right: number } {
  const taken = layout.collapsed ? TAB_WIDTH : PANEL_WIDTH + 2 * PANEL_MARGIN;
  return layout.dock === 'right' ? { left: 0, right: width - taken } : { left: taken, right: width };
}

function badgesFor(doc: Document, view: OverlayView): RowBadge[] {
  if (view.model.page !== 'job-history') return [];
  const t = pageMessagesFor(view.lang);
  return locateCodeRows(
    doc,
    view.jobCodes.map((j) => j.code),
  ).map(({ row, code }) => {
    const job = view.jobCodes.find((j) => j.code === code);
    // Epson's own words for the code first (361 "the connection expired" is not 370 "sign in again").
    const epson = epsonJobCodeText(code, view.lang);
    const title = job?.cause
      ? (epson?.state ?? t.causes.cause[job.cause].title)
      : t.ui.overlay.codeUnknown.replace('{code}', String(code));
    return { row, label: `${code}: ${title}`, title, cause: job?.cause ?? null };
  });
}

/**
 * The message table of `lang`: loaded with the overlay, or here when the page speaks another (the
 * worker is then told, after the overlay is drawn: rememberLang).
 */
const loading = new Map<Lang, Promise<boolean>>();
function loadMessages(lang: Lang): Promise<boolean> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = loadFile(messagesFile(lang)).then(
      () => hasMessages(lang),
      () => false,
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** This printer speaks `lang`: the worker remembers it, so the next first visit loads that table at once. */
function rememberLang(lang: Lang): void {
  void send({ type: 'overlay-messages', lang });
}

/**
 * The overlay, loaded by the gate (content/gate.ts) into the one frame of a Web Config page that
 * shows Web Config's content: read the page, show the overlay, follow the admin's edits. Reads no
 * password field, submits no form. Nothing wakes the service worker before its first render.
 */
export async function runOverlay(): Promise<void> {
  const hello = await takeWelcome();
  // No table: the gate found this frame not to host the overlay (it may have loaded it early).
  if (!hello.ok || !hello.data.enabled || !hello.data.table) return;
  const firstModel = detect(document, location.href);
  if (firstModel.page === 'not-webconfig') return;
  // The page's language's table before anything shows (the gate loaded the one the worker guessed).
  const firstLang = uiLang(hello.data.lang, firstModel.lang);
  if (!hasMessages(firstLang) && !(await loadMessages(firstLang))) {
    void reportPage(firstModel);
    return;
  }

  const ctx = new ContentScriptContext('overlay');
  const langSetting: LangSetting = hello.data.lang;
  const load = crypto.randomUUID();
  // Read back by the service worker (parseMemory), which keeps the schema out of the page.
  let memory = hello.data.memory as GuideMemory;
  let checklist: string[] = hello.data.checklist;
  let savedMemory = JSON.stringify(memory);
  const expectedEndpoints = (hello.data.expectedEndpoints ?? [])
    .map(parseEndpoint)
    .filter((e): e is ExpectedEndpoint => e !== null);
  // The admin's layout for this printer; the page decides where it actually fits.
  let preferred: Layout = hello.data.layout ?? DEFAULT_LAYOUT;
  // The admin opened the panel over the page on purpose: respected until the page shows something new.
  let openedOver: string | null = null;
  let shownRow: Element | null = null;

  const onLayout = (next: Layout) => {
    // Folding keeps the side the admin chose (the panel may only have been moved off it for now).
    preferred = next.collapsed ? { ...preferred, collapsed: true } : next;
    next = preferred;
    openedOver = next.collapsed ? null : pageSignature;
    void send({ type: 'overlay-layout', layout: next });
    update();
  };
  const onShowRow = (code: number) => {
    const row = locateCodeRows(document, [code])[0]?.row ?? null;
    shownRow = row;
    row?.scrollIntoView({ block: 'center' });
    update();
  };
  let pageSignature = '';

  const onChecklist = (checked: string[]) => {
    checklist = checked;
    void send({ type: 'checklist', checked });
    update();
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'wcoa-overlay',
    mode: 'closed',
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    css: overlayCss,
    isolateEvents: true,
    onMount: (container) => {
      const root = document.createElement('div');
      root.className = 'root';
      container.append(root);
      return root;
    },
    onRemove: (root) => {
      if (root) render(null, root);
    },
  });
  ui.mount();
  const host = ui.shadowHost;

  function update(): void {
    const root = ui.mounted;
    if (!root) return;
    const model: PageModel = detect(document, location.href);
    const observed = observe(memory, model, {
      load,
      // innerText, not textContent: the device-code prompt as shown, its blocks kept apart.
      text: document.body?.innerText ?? '',
      documentStart: performance.timeOrigin,
    });
    memory = observed.memory;
    const serialised = JSON.stringify(memory);
    if (serialised !== savedMemory) {
      savedMemory = serialised;
      void send({ type: 'guide-memory', memory });
    }
    const lang = uiLang(langSetting, model.lang);
    if (!hasMessages(lang)) {
      // Drawn again once the page's language's table is in (nothing to draw it with until then).
      void loadMessages(lang).then((loaded) => {
        if (!loaded) return;
        rememberLang(lang);
        update();
      });
      return;
    }
    // The page's own words (not the overlay's: it lives in a closed shadow root), bounded.
    const pageText = pageTextOf(document.body);
    const view = buildView(lang, model, observed.guide, observed.deviceCode, { expectedEndpoints }, pageText);
    // Never hide the printer: measure what the panel would cover on the page as laid out now.
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const boxes = protectedBoxes(document, viewport);
    pageSignature = `${model.page}|${(model.fields.message ?? []).join('|')}`;
    const shadow = root.getRootNode() as ShadowRoot;
    // The panel's whole content height (not its height now, which a lowered panel cuts short).
    const panelHeight = shadow.querySelector('.panel')?.scrollHeight || viewport.height;
    const chosen = choosePlacement(preferred, boxes, viewport, panelHeight);
    const placement: Layout =
      openedOver === pageSignature && !preferred.collapsed ? preferred : chosen.layout;
    const tabHeight = shadow.querySelector('.tab')?.getBoundingClientRect().height || 160;
    root.style.setProperty('--tab-top', `${tabTop(placement.dock, boxes, viewport, tabHeight)}px`);
    const panelTop = openedOver === pageSignature ? PANEL_MARGIN : chosen.top;
    root.style.setProperty('--panel-top', `${panelTop}px`);
    host.dataset.page = model.page;
    host.dataset.dock = placement.collapsed ? 'tab' : placement.dock;
    host.dataset.placement = openedOver === pageSignature ? 'chosen' : chosen.reason;
    // The admin's own choice for this printer, whatever the page allows now.
    host.dataset.layout = `${preferred.dock}${preferred.collapsed ? ' folded' : ''}`;
    host.dataset.step = observed.guide.step ?? '';
    host.dataset.hints = view.hints.join(' ');
    host.setAttribute('lang', lang);
    const target = observed.guide.target
      ? locateTarget(document, observed.guide.target, model.raw.currentStatus as string | undefined)
      : null;
    render(
      <>
        <Layer
          outline={shownRow?.isConnected ? shownRow : target}
          badges={badgesFor(document, view)}
          bounds={layerBounds(placement, viewport.width)}
        />
        <Overlay
          view={view}
          checklist={checklist}
          onChecklist={onChecklist}
          send={send}
          placement={placement}
          onLayout={onLayout}
          onShowRow={view.jobCodes.length > 0 ? onShowRow : undefined}
        />
      </>,
      root,
    );
  }

  // Follow the admin: form edits and any change Web Config's own scripts make to the page.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(update, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  if (document.body) {
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  document.addEventListener('change', schedule, true);
  document.addEventListener('input', schedule, true);
  window.addEventListener('resize', schedule);
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  ctx.onInvalidated(() => {
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, { capture: true });
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('change', schedule, true);
    document.removeEventListener('input', schedule, true);
  });
  update();
  // After the first render (the first word to the worker, which slept until now): the report feeds
  // the agent's printers view, nothing on screen waits for it.
  if (firstLang !== hello.data.table) rememberLang(firstLang);
  void reportPage(firstModel);
}
