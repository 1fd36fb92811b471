import { defineMessages } from '../define.ts';

export default defineMessages({
  en: {},
  pt: {},
});
