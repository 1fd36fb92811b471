/**
 * The sheet's CSS: a plain two-column layout like the printer's own status sheet, sized for A4
 * on paper and readable on screen. No external resources (the sheet is shown in a srcdoc iframe
 * and printed by a Chromium with no network).
 */
export const SHEET_CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
html { font: 10pt/1.35 "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: #111; background: #fff; }
/* Japanese glyph shapes from a Japanese font first (fonts-noto-cjk on Debian; .ci/run installs it). */
html:lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", sans-serif; }
body { margin: 0; }
.sheet { max-width: 182mm; margin: 0 auto; padding: 8mm 0; }
@media print { .sheet { padding: 0; max-width: none; } }
header { border-bottom: 2px solid #111; margin-bottom: 4mm; display: grid; grid-template-columns: 1fr auto; align-items: end; }
h1 { font-size: 16pt; margin: 0; grid-column: 1 / -1; }
.model { font-weight: bold; margin: 1mm 0; }
.printed { margin: 1mm 0; text-align: right; }
h2 { font-size: 11pt; margin: 5mm 0 1.5mm; padding-bottom: 0.5mm; border-bottom: 1px solid #888; break-after: avoid; }
h2.beyond { border-bottom: 2px solid #111; font-size: 12pt; margin-top: 7mm; }
h3 { font-size: 10pt; margin: 0 0 1mm; }
section { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-weight: normal; width: 45%; padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
th::after { content: " :"; }
td { padding: 0.6mm 0; vertical-align: top; word-break: break-word; }
td ul { margin: 0; padding-left: 4mm; }
.seen { margin: 0 0 1mm; font-size: 8.5pt; color: #444; }
.not-seen { color: #666; font-style: italic; }
.ok { color: #0a6b2b; }
.warn { color: #8a5300; font-weight: bold; }
.bad { color: #a50e0e; font-weight: bold; }
.note { font-size: 8.5pt; color: #333; margin: 1mm 0 0; }
#causes > ol { padding-left: 5mm; }
#causes > ol > li { margin-bottom: 3mm; break-inside: avoid; }
#causes li.blocker h3 { color: #a50e0e; }
.remedy { margin: 1mm 0; padding-left: 5mm; }
.source { font-size: 8.5pt; color: #444; margin: 0; word-break: break-all; }
footer { margin-top: 6mm; padding-top: 2mm; border-top: 1px solid #888; font-size: 8pt; color: #444; }
`;
