import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { handlers } from '../dev/mock-api/handlers';
import { loadDialstackAndInitialize } from '../src/index';
import type { LocaleCode, ThemeMode } from '../src/core/types';

const startMsw = mswLoader();

/** In Storybook the mock API runs in MSW's service worker; its test endpoint mints sessions. */
async function fetchClientSecret() {
  const response = await fetch('/__mock/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  return ((await response.json()) as { client_secret: string }).client_secret;
}

/**
 * The project annotations every story runs under, in Storybook and in the story tests
 * (`test/stories/stories.test.ts` composes the stories with these): the mock API in MSW's
 * service worker, one instance per story, and the theme/locale toolbar.
 */
const annotations: Preview = {
  parameters: {
    msw: { handlers: { api: handlers } },
    layout: 'padded',
    backgrounds: { disable: true },
  },
  globalTypes: {
    theme: {
      description: 'Element theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: ['light', 'dark', 'auto'],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Element locale',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'es', 'fr'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  loaders: [
    async (context) => {
      // The worker must be serving before the instance asks for its first secret.
      await startMsw(context);
      // Every story starts from the seed: a story that orders or deletes leaves nothing behind.
      await fetch('/__mock/reset', { method: 'POST' });
      // …and without the drafts an earlier story typed (onboarding keeps them per session).
      for (const key of Object.keys(sessionStorage))
        if (key.startsWith('dialstack:')) sessionStorage.removeItem(key);
      const dialstack = await loadDialstackAndInitialize({
        fetchClientSecret,
        apiUrl: location.origin,
      });
      return { dialstack };
    },
  ],
  decorators: [
    (story, { globals, loaded, parameters }) => {
      const theme = ((parameters.theme as ThemeMode | undefined) ?? globals.theme) as ThemeMode;
      loaded.dialstack.update({
        appearance: { theme, ...(parameters.appearance ?? {}) },
        locale: globals.locale as LocaleCode,
      });
      const dark =
        theme === 'dark' ||
        (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
      document.body.style.background = dark ? '#0f1115' : '#f6f7f9';
      return story();
    },
  ],
};

export default annotations;
