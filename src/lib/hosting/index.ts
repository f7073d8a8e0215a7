export * from './csp.ts';
export * from './origins.ts';
export * from './policy.ts';
export * from './headers-file.ts';
export * from './formats.ts';
