export * from './cause-ids.ts';
