// Internal building blocks. Import from the individual modules in elements so each bundles only
// what it uses; this barrel is for tests, stories and tooling.
export * from './audio-player';
export * from './audio-player-template';
export * from './badge';
export * from './button';
export * from './confirm-dialog';
export * from './dialog';
export * from './focus';
export * from './icon-styles';
export * from './icons';
export * from './menu';
export * from './roving-list';
export * from './states';
export * from './toast';
