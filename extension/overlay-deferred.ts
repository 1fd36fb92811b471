import { type Plugin, parseAst } from 'vite';
import { OVERLAY_START } from './src/content/overlay-start.ts';
import { unlistedBuild } from './unlisted-build.ts';

/**
 * In the overlay's build only: the bundle (WXT's IIFE, which runs the overlay as it is evaluated)
 * becomes the body of a function left on the isolated world's global (content/overlay-start.ts),
 * so that the file can be injected at document_start into every frame of an enabled printer's host
 * and cost each only its parse; the gate calls it in the one frame that shows the overlay. The whole
 * chunk is wrapped (still valid JavaScript), so it does not matter which plugin minifies it.
 *
 * The bundle's long strings (the lexicons and terms, as JSON.parse's arguments) are lifted out of the
 * function to the file's top level. V8 scans a lazy function's text twice, once as the file is loaded
 * and again when it is first called, and scanning those strings again was most of the call's compile
 * (docs/performance.md, stop 38): at the top level they are read once, as the file loads.
 */
export function overlayDeferredPlugin(entry = '/entrypoints/overlay.ts'): Plugin {
  let globalName: string | null = null;
  return {
    name: 'wcoa-overlay-deferred',
    configResolved(config) {
      const built = unlistedBuild(config);
      globalName = built.entry.endsWith(entry) ? (built.name ?? null) : null;
    },
    renderChunk(code, chunk) {
      if (globalName === null || !chunk.isEntry) return null;
      const { body, texts } = liftLongStrings(code);
      // WXT ends the file with the IIFE's global name (the script's result for executeScript), which
      // now lives inside the function: declared outside as well, it stays a name, undefined.
      const names = [globalName, ...texts.map((text, i) => `${TEXT_PREFIX}${i}=${text}`)];
      return {
        code: `var ${names.join(',')};globalThis.${OVERLAY_START}=function(){${body}\n};\n`,
        map: null,
      };
    },
  };
}

/** Strings shorter than this stay where they are: lifting them would save nothing measurable. */
export const LIFT_MIN_LENGTH = 1024;
const TEXT_PREFIX = '__wcoaText';

type Node = { type: string; start: number; end: number; [key: string]: unknown };
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/**
 * The code with each string literal, or template literal without substitutions, of at least
 * LIFT_MIN_LENGTH characters replaced by a name, and those literals' texts, in the names' order.
 * Left in place: a tagged template's (its tag gets the strings themselves) and a property's or a
 * class member's name, where a name would mean something else.
 */
export function liftLongStrings(code: string): { body: string; texts: string[] } {
  const found: Node[] = [];
  const visit = (node: Node): void => {
    if (node.end - node.start >= LIFT_MIN_LENGTH && isPlainString(node)) {
      found.push(node);
      return;
    }
    if (node.type === 'TaggedTemplateExpression') return;
    const namedByKey =
      (node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') &&
      node.computed !== true;
    for (const [key, value] of Object.entries(node)) {
      if (namedByKey && key === 'key') continue;
      if (Array.isArray(value)) for (const item of value) isNode(item) && visit(item);
      else if (isNode(value)) visit(value);
    }
  };
  visit(parseAst(code) as unknown as Node);
  found.sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  const texts = found.map((node, i) => {
    body += `${code.slice(at, node.start)}${TEXT_PREFIX}${i}`;
    at = node.end;
    return code.slice(node.start, node.end);
  });
  return { body: body + code.slice(at), texts };
}

function isPlainString(node: Node): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string';
  return node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0;
}
