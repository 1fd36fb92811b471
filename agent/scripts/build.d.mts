/** Builds dist/ (see build.mjs); resolves to the names of the files written. */
export function buildAgent(opts?: { quiet?: boolean }): Promise<string[]>;
/** The file in dist/ that lists each chunk's imports and bundled modules (see build.mjs). */
export const CHUNK_GRAPH: string;
