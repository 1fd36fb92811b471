import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIFT_MIN_LENGTH, liftLongStrings, overlayDeferredPlugin } from '../overlay-deferred.ts';
import { overlayMessageFiles } from '../overlay-messages.ts';
import { loadFile, messagesFile, OVERLAY_FILE, startOverlay } from '../src/content/load.ts';
import { OVERLAY_START } from '../src/content/overlay-start.ts';

type Hook = (...args: unknown[]) => unknown;
/** The plugin as Vite drives it: the resolved config of one build, then its entry chunk. */
function built(entry: string, code: string): string | null {
  const plugin = overlayDeferredPlugin();
  (plugin.configResolved as Hook)({ build: { lib: { entry, name: 'overlay' } } });
  const out = (plugin.renderChunk as Hook)(code, { isEntry: true }) as { code: string } | null;
  return out?.code ?? null;
}

/** `code` evaluated in a context of its own, whose global object it returns (its own globalThis). */
function evaluated(code: string): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  scope.globalThis = scope;
  runInNewContext(code, scope);
  return scope;
}

// What WXT makes of an unlisted script: an IIFE under the entry's name that runs it, and the name
// again at the end (the script's result for executeScript).
const WXT_OUTPUT = 'var overlay=(function(){globalThis.ran=(globalThis.ran??0)+1;return 1})();';

describe("the overlay's file only defines its start", () => {
  it('evaluated (as a content script or an import), runs nothing until started, then runs once', () => {
    const code = built('/repo/extension/entrypoints/overlay.ts', WXT_OUTPUT);
    const scope = evaluated(`${code}\noverlay;`);
    expect(scope.ran).toBeUndefined();
    expect(typeof scope[OVERLAY_START]).toBe('function');
    (scope[OVERLAY_START] as () => void)();
    expect(scope.ran).toBe(1);
  });

  it('leaves every other build as WXT wrote it', () => {
    expect(built('/repo/extension/entrypoints/page-report.ts', WXT_OUTPUT)).toBeNull();
  });
});

describe("the overlay's long strings are read as its file loads, not again when it starts", () => {
  const long = (seed: string) => seed.repeat(Math.ceil(LIFT_MIN_LENGTH / seed.length) + 1);
  // A backtick and a substitution's opening: the template literal below must escape both.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text itself, not a template
  const json = JSON.stringify({ words: [long('Servidor de correo electrónico '), '日本語', 'a`b${c}'] });
  // A chunk as the bundler writes one: JSON.parse of a template literal and of a quoted string, a
  // long template with a substitution, a tagged template, a long property name, short strings.
  const chunk = [
    `var overlay=(function(){`,
    `const a=JSON.parse(\`${json.replace(/[`\\$]/g, (c) => `\\${c}`)}\`);`,
    `const b=JSON.parse(${JSON.stringify(json)});`,
    `const x=7,c=\`${long('x')}\${x}\`;`,
    `const tag=(s)=>s.raw[0].length,d=tag\`${long('t')}\`;`,
    `const e={${JSON.stringify(long('k'))}:1};`,
    `const f='short';`,
    `globalThis.result={a,b,c,d,e,f};return 1})();`,
  ].join('');

  it('lifts each long plain string once, and what the code computes is the same', () => {
    const { body, texts } = liftLongStrings(chunk);
    // The two JSON texts; not the template with a substitution, the tagged one, the name nor 'short'.
    expect(texts).toHaveLength(2);
    expect(texts.map((t) => new Function(`return ${t}`)())).toEqual([json, json]);
    expect(body).not.toContain('Servidor de correo');
    const scope = evaluated(built('/repo/extension/entrypoints/overlay.ts', chunk)!);
    expect(scope.result).toBeUndefined();
    (scope[OVERLAY_START] as () => void)();
    expect(scope.result).toEqual(evaluated(chunk).result);
    expect((scope.result as { a: unknown }).a).toEqual(JSON.parse(json));
  });

  it('lifts them out of the start: the function holds no string that long', () => {
    const code = built('/repo/extension/entrypoints/overlay.ts', chunk)!;
    const start = code.indexOf(`globalThis.${OVERLAY_START}=function(){`);
    expect(start).toBeGreaterThan(0);
    expect(code.slice(0, start)).toContain('Servidor de correo');
    expect(code.slice(start)).not.toContain('Servidor de correo');
  });
});

describe('the gate loading into a frame what the worker may have injected already', () => {
  const scope = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete scope[OVERLAY_START];
    delete scope.__wcoaMessages;
    delete scope.__wcoaGuideTemplates;
  });

  it('fetches neither the overlay nor a table that is in, and starts the overlay once', async () => {
    const start = vi.fn();
    scope[OVERLAY_START] = start;
    new Function(overlayMessageFiles().find((f) => f.relativeDest.endsWith('/de.js'))!.contents)();
    await expect(loadFile(OVERLAY_FILE)).resolves.toBeUndefined();
    await expect(loadFile(messagesFile('de'))).resolves.toBeUndefined();
    expect(start).not.toHaveBeenCalled();
    startOverlay();
    startOverlay();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('imports what is not (here, where no extension serves the file, the import fails)', async () => {
    new Function(overlayMessageFiles().find((f) => f.relativeDest.endsWith('/de.js'))!.contents)();
    await expect(loadFile(messagesFile('fr'))).rejects.toThrow();
    await expect(loadFile(OVERLAY_FILE)).rejects.toThrow();
    // Nothing to start before the file is in.
    expect(() => startOverlay()).not.toThrow();
  });
});
