/** Builds dist/ (see build.mjs); resolves to the names of the files written. */
export function buildAgent(opts?: { quiet?: boolean }): Promise<string[]>;
