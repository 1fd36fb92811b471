export * from './page-model.ts';
