import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
};
var ScanError = class extends Error {
};

export {
  UsageError,
  ScanError
};
