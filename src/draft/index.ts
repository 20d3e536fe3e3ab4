// Draft persistence per form instance (sessionStorage): answers, step, pending send, expiry, "sent".
export * from './draft-store.js';
