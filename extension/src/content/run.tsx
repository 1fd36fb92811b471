import { type GuideMemory, observe, parseMemory } from '@wcoa/shared/guide';
import { messagesFor } from '@wcoa/shared/i18n';
import { detect, type PageModel } from '@wcoa/shared/webconfig';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { send } from '../messages.ts';
import { Layer, type RowBadge } from '../overlay/layer.tsx';
import { Overlay } from '../overlay/overlay.tsx';
import { overlayCss } from '../overlay/style.ts';
import { buildView, type OverlayView } from '../overlay/view.ts';
import { uiLang } from '../pages/lang.ts';
import type { LangSetting } from '../settings.ts';
import { hostsOverlay, isFrameset } from './frames.ts';
import { locateCodeRows, locateTarget } from './locate.ts';

const PANEL_WIDTH = 352;
const SETTLE_MS = 80;

/** Would the open panel sit on one of Web Config's controls? Then it starts folded. */
function panelWouldCover(doc: Document): boolean {
  const edge = window.innerWidth - PANEL_WIDTH;
  for (const control of Array.from(doc.querySelectorAll('input, select, button, textarea, a'))) {
    const r = control.getBoundingClientRect();
    if (r.width > 0 && r.right > edge && r.top < window.innerHeight) return true;
  }
  return false;
}

function badgesFor(doc: Document, view: OverlayView): RowBadge[] {
  if (view.model.page !== 'job-history') return [];
  const t = messagesFor(view.lang);
  return locateCodeRows(
    doc,
    view.jobCodes.map((j) => j.code),
  ).map(({ row, code }) => {
    const job = view.jobCodes.find((j) => j.code === code);
    const title = job?.cause
      ? t.causes.cause[job.cause].title
      : t.ui.overlay.codeUnknown.replace('{code}', String(code));
    return { row, label: `${code}: ${title}`, title, cause: job?.cause ?? null };
  });
}

/**
 * The content script, in every frame of an enabled printer: read the page, show the overlay in the
 * one frame that shows Web Config's content, follow the admin's edits. Reads no password field,
 * submits no form.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (isFrameset(document)) return;
  const hello = await send({ type: 'hello' });
  if (!hello.ok || !hello.data.enabled) return;
  const firstModel = detect(document, location.href);
  if (firstModel.page === 'not-webconfig') return;

  // Reported once per load, for the agent's printers view and status sheet; a down agent is fine.
  void send({ type: 'page-seen', url: location.href, pageModel: firstModel });
  if (!hostsOverlay(window)) return;

  const langSetting: LangSetting = hello.data.lang;
  const load = crypto.randomUUID();
  let memory: GuideMemory = parseMemory(hello.data.memory);
  let checklist: string[] = hello.data.checklist;
  let savedMemory = JSON.stringify(memory);
  const startCollapsed = panelWouldCover(document);

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
    // The page's own words (not the overlay's: it lives in a closed shadow root), bounded.
    const pageText = (document.body?.textContent ?? '').slice(0, 200_000);
    const view = buildView(lang, model, observed.guide, observed.deviceCode, pageText);
    host.dataset.page = model.page;
    host.dataset.step = observed.guide.step ?? '';
    host.dataset.hints = view.hints.join(' ');
    host.setAttribute('lang', lang);
    const target = observed.guide.target
      ? locateTarget(document, observed.guide.target, model.raw.currentStatus as string | undefined)
      : null;
    render(
      <>
        <Layer outline={target} badges={badgesFor(document, view)} panelWidth={PANEL_WIDTH} />
        <Overlay
          view={view}
          checklist={checklist}
          onChecklist={onChecklist}
          send={send}
          startCollapsed={startCollapsed}
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
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('change', schedule, true);
    document.removeEventListener('input', schedule, true);
  });
  update();
}
