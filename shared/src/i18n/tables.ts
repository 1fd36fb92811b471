import type { Shape } from './define.ts';
import type agent from './messages/agent.ts';
import type causes from './messages/causes.ts';
import type guide from './messages/guide.ts';
import type install from './messages/install.ts';
import type sheet from './messages/sheet.ts';
import type tenant from './messages/tenant.ts';
import type ui from './messages/ui.ts';

/**
 * One language's whole message table: every domain, shaped like English. Each domain's
 * English lives in messages/<domain>.ts, every other language's in locales/<lang>/<domain>.ts.
 */
export interface Messages {
  agent: Shape<(typeof agent)['en']>;
  causes: Shape<(typeof causes)['en']>;
  guide: Shape<(typeof guide)['en']>;
  install: Shape<(typeof install)['en']>;
  sheet: Shape<(typeof sheet)['en']>;
  tenant: Shape<(typeof tenant)['en']>;
  ui: Shape<(typeof ui)['en']>;
}
