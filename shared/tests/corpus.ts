import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CauseId, isCauseId } from '../src/diagnosis/index.ts';

/** One case of the error-text corpus (corpus/README.md). */
export interface CorpusCase {
  file: string;
  expected: CauseId | 'none';
  also: CauseId[];
  note: string;
  text: string;
}

const corpusDir = join(import.meta.dirname, 'corpus');

/** `=== <id|none> [also: id …] [-- note]` then the text (see corpus/README.md). */
export function readCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.corpus'))) {
    let current: (Omit<CorpusCase, 'text'> & { lines: string[] }) | undefined;
    const flush = () => {
      if (current) cases.push({ ...current, text: current.lines.join('\n') });
    };
    for (const line of readFileSync(join(corpusDir, file), 'utf8').split('\n')) {
      const header = /^=== (\S+)(?: also: (.+?))?\s*(?: -- (.*))?$/.exec(line);
      if (header) {
        flush();
        const [, expected = '', also = '', note = ''] = header;
        const ids = also.split(/\s+/).filter(Boolean);
        for (const id of [expected, ...ids]) {
          if (id !== 'none' && !isCauseId(id)) throw new Error(`${file}: unknown cause id "${id}"`);
        }
        current = { file, expected: expected as CauseId | 'none', also: ids as CauseId[], note, lines: [] };
      } else if (line.startsWith('===')) {
        throw new Error(`${file}: unreadable header "${line}"`);
      } else if (current) {
        current.lines.push(line);
      }
    }
    flush();
  }
  return cases.map((c) => ({ ...c, text: c.text.replace(/\n+$/, '') }));
}
