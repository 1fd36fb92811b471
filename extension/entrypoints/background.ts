import { defineBackground } from 'wxt/utils/define-background';
import { startServiceWorker } from '../src/sw/main.ts';

export default defineBackground(startServiceWorker);
