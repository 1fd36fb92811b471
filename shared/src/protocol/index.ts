export * from './agent-api.ts';
export * from './agent-call.ts';
export * from './app-registration.ts';
export * from './endpoints.ts';
export * from './instant.ts';
export * from './page-model.ts';
export * from './runtime-messages.ts';
export * from './tenant-findings.ts';
