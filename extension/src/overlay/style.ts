/**
 * The overlay's look, inside its own shadow root (Web Config's styles cannot reach it, ours cannot
 * leak out). A side panel fixed to the left or right edge that pushes nothing, folding to a tab.
 * No text smaller than 13 px.
 */
export const overlayCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.root {
  --ink: #1b2230; --muted: #5d6778; --line: #dfe4ec; --accent: #0a5cad; --accent-soft: #e8f1fb;
  --ok: #17803a; --ok-soft: #e9f6ee; --bad: #b3261e; --bad-soft: #fcefee; --warn: #a15c00; --warn-soft: #fff5e6;
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: var(--ink);
}
.panel {
  position: fixed; top: var(--panel-top, 12px); z-index: 2147483646;
  width: 340px; max-height: calc(100vh - 12px - var(--panel-top, 12px)); overflow: auto;
  background: #fff; border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 10px 30px rgba(20, 30, 50, .18), 0 2px 6px rgba(20, 30, 50, .08);
}
.panel.right { right: 12px; }
.panel.left { left: 12px; }
.head {
  position: sticky; top: 0; display: flex; align-items: center; gap: 8px;
  padding: 10px 12px; background: linear-gradient(135deg, #0a5cad, #1877d2); color: #fff;
  border-radius: 12px 12px 0 0;
}
.head .brand { font-weight: 650; font-size: 13px; flex: 1; }
.head .page { display: block; font-weight: 400; font-size: 13px; opacity: .9; }
.icon { border: 0; background: rgba(255,255,255,.18); color: #fff; width: 26px; height: 26px; border-radius: 6px; cursor: pointer; font-size: 15px; line-height: 1; }
.icon:hover { background: rgba(255,255,255,.3); }
.body { padding: 10px 12px 12px; }
.section { padding: 10px 0; border-top: 1px solid var(--line); }
.section:first-child { border-top: 0; padding-top: 2px; }
h3 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 650; }
h4 { margin: 8px 0 4px; font-size: 13px; }
p { margin: 4px 0; }
.step { background: var(--accent-soft); border-radius: 8px; padding: 8px 10px; }
.step .count, .blocked .count { font-size: 13px; color: var(--accent); font-weight: 600; }
.blocked .count { color: var(--bad); }
.step .title, .blocked .title { font-weight: 650; font-size: 14px; margin: 2px 0; }
.progress { height: 4px; background: #d4e3f5; border-radius: 2px; margin-top: 6px; overflow: hidden; }
.progress > span { display: block; height: 100%; background: var(--accent); }
.done { background: var(--ok-soft); color: var(--ok); border-radius: 8px; padding: 8px 10px; font-weight: 600; }
.blocked { background: var(--bad-soft); border-radius: 8px; padding: 8px 10px; }
.blocked .progress > span { background: var(--bad); }
.cause { border: 1px solid var(--line); border-left: 3px solid var(--warn); border-radius: 6px; padding: 6px 8px; margin: 6px 0; background: #fff; }
.cause.blocker { border-left-color: var(--bad); }
.cause summary { cursor: pointer; font-weight: 600; }
.cause ol { margin: 6px 0 2px; padding-left: 18px; }
.cause li { margin: 2px 0; }
.cause .src { font-size: 13px; color: var(--muted); word-break: break-all; }
.muted { color: var(--muted); }
.small { font-size: 13px; }
.ok { color: var(--ok); }
.bad { color: var(--bad); }
button.btn { font: inherit; font-weight: 600; padding: 6px 12px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.btn:hover { filter: brightness(1.08); }
button.btn.secondary { background: #fff; color: var(--accent); }
button.btn:disabled { opacity: .6; cursor: default; }
.row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.code { font: 600 20px/1.2 ui-monospace, 'SF Mono', Menlo, Consolas, monospace; letter-spacing: .08em; padding: 6px 10px; border: 1px dashed var(--accent); border-radius: 6px; background: var(--accent-soft); user-select: all; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; background: #eef1f6; padding: 1px 5px; border-radius: 4px; font-size: 13px; }
.notice { border-left: 3px solid var(--bad); background: var(--bad-soft); padding: 6px 10px; border-radius: 0 6px 6px 0; margin: 6px 0; }
.checklist label { display: flex; gap: 8px; align-items: flex-start; padding: 3px 0; cursor: pointer; }
.checklist input { margin-top: 2px; }
ol.stages { list-style: none; padding: 0; margin: 6px 0; }
ol.stages li { padding: 1px 0; }
ol.stages .ok .mark { color: var(--ok); } ol.stages .bad .mark { color: var(--bad); } ol.stages .skip { color: var(--muted); }
.reply code { display: block; white-space: pre-wrap; word-break: break-word; }
.tab {
  position: fixed; top: var(--tab-top, 40%); z-index: 2147483646; writing-mode: vertical-rl;
  border: 0; border-radius: 8px 0 0 8px; padding: 12px 6px; cursor: pointer;
  background: linear-gradient(180deg, #0a5cad, #1877d2); color: #fff; font: 600 13px system-ui, sans-serif;
  box-shadow: -2px 4px 14px rgba(20, 30, 50, .25);
}
.tab.right { right: 0; }
.tab.left { left: 0; border-radius: 0 8px 8px 0; }
.tab:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible { outline: 3px solid #f29900; outline-offset: 2px; }
button.link { font: inherit; border: 0; background: none; color: var(--accent); text-decoration: underline; cursor: pointer; padding: 0; }
.tab .badge { writing-mode: horizontal-tb; display: inline-block; margin-top: 6px; background: #fff; color: var(--bad); border-radius: 9px; padding: 0 6px; font-size: 13px; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483645; }
.outline { position: fixed; border: 2px solid #f29900; border-radius: 6px; box-shadow: 0 0 0 4px rgba(242, 153, 0, .25); transition: all .15s ease; }
.rowhint {
  position: fixed; pointer-events: auto; padding: 2px 8px; border-radius: 10px;
  background: var(--bad); color: #fff; font-size: 13px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  box-shadow: 0 2px 6px rgba(0,0,0,.2); cursor: help;
}
`;
