// Storybook's browser code reads `process.env` and `global` (Vite defines them for Storybook).
// Imported first by the story tests, so it runs before Storybook's modules evaluate.
const scope = globalThis as { process?: unknown; global?: unknown };
scope.process ??= { env: { NODE_ENV: 'test' } };
scope.global ??= globalThis;
export {};
