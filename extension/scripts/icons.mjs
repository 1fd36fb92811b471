// Draws wcoa's brand mark (a blue tile, a white envelope, a green "ready" dot) and writes the
// extension's icons at 16, 32, 48 and 128 px to public/icon/<size>.png: `npm run icons -w extension`.
// Drawn from shapes with 4×4 supersampling and encoded with node:zlib, so no image library is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../public/icon');
const BLUE = [29, 79, 145];
const WHITE = [255, 255, 255];
const GREEN = [46, 157, 91];

const inRoundedSquare = (x, y, r) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w / 2;
};

/** The colour of the mark at (x, y) in [0,1]², or null outside it. */
function paint(x, y, size) {
  const stroke = size <= 16 ? 0.09 : size <= 32 ? 0.075 : 0.06;
  const dot = Math.hypot(x - 0.76, y - 0.76);
  if (dot <= 0.17) return GREEN;
  if (dot <= 0.22) return WHITE;
  if (!inRoundedSquare(x, y, 0.2)) return null;
  const [l, r, t, b] = [0.2, 0.8, 0.3, 0.7];
  const edges = [
    [
      [l, t],
      [r, t],
    ],
    [
      [r, t],
      [r, b],
    ],
    [
      [r, b],
      [l, b],
    ],
    [
      [l, b],
      [l, t],
    ],
    [
      [l, t],
      [0.5, 0.52],
    ],
    [
      [0.5, 0.52],
      [r, t],
    ],
  ];
  return edges.some(([a, c]) => nearSegment(x, y, a, c, stroke)) ? WHITE : BLUE;
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = sum[3];
      raw[o] = n ? Math.round(sum[0] / n) : 0;
      raw[o + 1] = n ? Math.round(sum[1] / n) : 0;
      raw[o + 2] = n ? Math.round(sum[2] / n) : 0;
      raw[o + 3] = Math.round((255 * n) / (ss * ss));
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(join(OUT, `${size}.png`), png(size));
console.log(`icons written to ${OUT}`);
