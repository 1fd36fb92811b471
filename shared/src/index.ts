export * from './diagnosis/index.ts';
export * from './guide/index.ts';
export * from './i18n/index.ts';
export * from './protocol/index.ts';
export * from './webconfig/index.ts';
