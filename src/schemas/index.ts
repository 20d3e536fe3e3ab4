// Framework-free schemas and Dutch validators: importable on a server (no Lit, DOM or i18next).
export {};
