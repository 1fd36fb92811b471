export * from './agent-api.ts';
export * from './app-registration.ts';
export * from './instant.ts';
export * from './mail-age.ts';
export * from './origin.ts';
export * from './page-model.ts';
export * from './runtime-messages.ts';
export * from './tenant-findings.ts';
