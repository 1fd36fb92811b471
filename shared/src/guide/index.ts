export * from './device-code.ts';
export * from './engine.ts';
export * from './memory.ts';
export * from './memory-schema.ts';
export * from './prerequisites.ts';
export * from './steps.ts';
export * from './text.ts';
export * from './variants.ts';
