// Mocha globals provided by @web/test-runner (the repo has no @types/mocha).
declare function describe(name: string, body: () => void): void;
declare function it(name: string, body: () => void | Promise<unknown>): void;
declare function beforeEach(body: () => void | Promise<unknown>): void;
declare function afterEach(body: () => void | Promise<unknown>): void;
