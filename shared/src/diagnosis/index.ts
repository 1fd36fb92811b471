export * from './catalog.ts';
export * from './cause-ids.ts';
export * from './explain.ts';
export * from './job-codes.ts';
export { capText, MAX_EXPLAIN_INPUT } from './limits.ts';
export * from './lint.ts';
export * from './printer-causes.ts';
export type { Confidence, EvidenceKind } from './recogniser.ts';
export { MAPPED_AADSTS_CODES } from './rules/identity.ts';
