/**
 * The end-to-end tests use the product's own Chromium finder (the agent prints PDFs with it):
 * one place decides which browser runs, WCOA_CHROMIUM first. Never downloads one.
 */
export { findChromium, NoChromiumError } from '@wcoa/agent/chromium';
