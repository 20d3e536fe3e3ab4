// The endpoint client: idempotency key, problem+json parsing, sending with the retry policy.
export * from './idempotency.js';
export * from './problem.js';
export * from './client.js';
export * from './key-lookup.js';
