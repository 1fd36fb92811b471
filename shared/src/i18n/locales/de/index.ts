import type { Messages } from '../../tables.ts';
import agent from './agent.ts';
import causes from './causes.ts';
import guide from './guide.ts';
import install from './install.ts';
import sheet from './sheet.ts';
import tenant from './tenant.ts';
import ui from './ui.ts';

/** This language's whole table (the same file in every locales/<lang> directory). */
const messages: Messages = { agent, causes, guide, install, sheet, tenant, ui };
export default messages;
