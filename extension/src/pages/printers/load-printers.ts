import { send } from '../../messages.ts';
import type { LoadPrinters } from './printers-view.tsx';

/** The printers the agent has seen, through the service worker. */
export const loadPrinters: LoadPrinters = () => send({ type: 'printers' });
