import { messagesFor } from '@wcoa/shared/i18n';
import type { Plugin } from 'vite';

/**
 * The head every extension page (options, popup, sheet) shares, written once: each entrypoint's
 * index.html holds only what is its own (its script, WXT's manifest meta tags), and this adds the
 * character set, the viewport and the title (the product's name) to each at build time.
 */
export function pageHeadPlugin(): Plugin {
  return {
    name: 'wcoa-page-head',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
      {
        tag: 'meta',
        attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1' },
        injectTo: 'head-prepend',
      },
      { tag: 'title', children: messagesFor('en').install.extension.name, injectTo: 'head-prepend' },
    ],
  };
}
