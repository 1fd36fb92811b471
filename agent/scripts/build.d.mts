/** Builds dist/ (see build.mjs); resolves to the names of the files written. */
export function buildAgent(opts?: { quiet?: boolean }): Promise<string[]>;
/** The file in dist/ that lists each chunk's imports and bundled modules (see build.mjs). */
export const CHUNK_GRAPH: string;
/** What CHUNK_GRAPH holds: each chunk's file name → its imports and the source modules bundled in it. */
export type ChunkGraph = Record<
  string,
  { imports: Array<{ path: string; kind: string; external: boolean }>; modules: string[] }
>;
