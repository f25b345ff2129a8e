/**
 * The stories' `play` functions (interaction tests) run headlessly in CI: each story with a
 * `play` is composed with the project's Storybook annotations (Storybook's portable stories:
 * the same MSW service worker serving the mock API, the same loaders and decorators), rendered
 * into the page and played, inside the @web/test-runner pass on Debian's Chromium
 * (`npm run test:stories`). A play function fails its test by throwing (`expect` from
 * `storybook/test`). A story whose parameters say `a11y: { test: 'error' }` (the a11y addon's
 * "violations fail" mode: each locale and the custom appearance) must also pass axe once played.
 */
import './browser-globals';
import { expect } from '@open-wc/testing';
import { composeStories, type composeStory } from 'storybook/preview-api';
import { setProjectAnnotations } from '@storybook/web-components';
// @ts-expect-error -- the renderer's preview entry (render, renderToCanvas) ships no types
import * as webComponentsPreview from '@storybook/web-components/entry-preview';
import annotations from '../../.storybook/annotations';
import * as onboarding from '../../stories/account-onboarding.stories';
import * as callHistory from '../../stories/call-history.stories';
import * as callLogs from '../../stories/call-logs.stories';
import * as dialPlan from '../../stories/dial-plan.stories';
import * as dialPlanPanel from '../../stories/dial-plan-panel.stories';
import * as hostIntegration from '../../stories/host-integration.stories';
import * as numbersAndDevices from '../../stories/onboarding-numbers-devices.stories';
import * as ordering from '../../stories/phone-number-ordering.stories';
import * as phoneNumbers from '../../stories/phone-numbers.stories';
import * as voicemails from '../../stories/voicemails.stories';

// The web-components renderer's own annotations (render, mount) and the project's, for every
// story composed below.
const project = setProjectAnnotations([webComponentsPreview, annotations]);

type ComposedStory = ReturnType<typeof composeStory>;

const files = {
  onboarding,
  callHistory,
  callLogs,
  dialPlan,
  dialPlanPanel,
  hostIntegration,
  numbersAndDevices,
  ordering,
  phoneNumbers,
  voicemails,
};

for (const [file, module] of Object.entries(files)) {
  const stories = composeStories(
    module as unknown as Parameters<typeof composeStories>[0],
    project,
  ) as Record<string, ComposedStory>;
  const played = Object.entries(stories).filter(([, story]) => story.play);
  if (played.length === 0) continue;
  describe(`stories: ${module.default.title ?? file}`, function () {
    this.timeout(30_000);
    let canvas: HTMLElement;
    beforeEach(() => {
      canvas = document.createElement('div');
      document.body.append(canvas);
    });
    afterEach(() => {
      canvas.remove();
    });
    for (const [name, story] of played) {
      it(story.storyName ?? name, async () => {
        await story.run({ canvasElement: canvas });
        const a11y = story.parameters.a11y as { test?: string } | undefined;
        if (a11y?.test === 'error') await expect(canvas).to.be.accessible();
      });
    }
  });
}
