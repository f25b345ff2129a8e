import { expect, test } from '@playwright/test';

// The demo's routing page embeds <dialstack-dial-plan>: the viewer, then the editor when the
// host switches `mode`. Playwright's CSS locators reach into the element's open shadow root.

test('the routing page shows the plan read-only, and "Edit routing" opens the editor', async ({
  page,
}) => {
  await page.goto('/#routing');
  const plan = page.locator('#dial-plan');
  await expect(plan.locator('[part~="node"][data-node-id="main_menu"]')).toBeVisible();
  await expect(plan.locator('[part~="edge"]').first()).toBeAttached();
  // The viewer has no palette and no handles.
  await expect(page.getByRole('button', { name: 'Add Menu step' })).toHaveCount(0);
  await expect(plan.locator('.xy-flow__handle')).toHaveCount(0);
  await page.getByRole('button', { name: 'Edit routing' }).click();
  await expect(page.getByRole('button', { name: 'Add Menu step' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Press 1 of main_menu: / })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Done editing' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('dragging an edge’s far end to another step reconnects it; the host hears the dirty state', async ({
  page,
}) => {
  await page.goto('/#routing');
  await page.getByRole('button', { name: 'Edit routing' }).click();
  const plan = page.locator('#dial-plan');
  const exit = page.getByRole('button', { name: /^Next of welcome: / });
  await expect(exit).toHaveAccessibleName(/: main_menu\. /);
  const grip = plan.locator('.edge-end[data-edge-id="welcome:next"]');
  const target = plan.locator('.xy-flow__handle.target[data-nodeid="after_hours_msg"]');
  await grip.scrollIntoViewIfNeeded();
  const from = (await grip.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(exit).toHaveAccessibleName(/: after_hours_msg\. /);
  await expect(page.locator('#dial-plan-state')).toHaveText('Unsaved changes');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(exit).toHaveAccessibleName(/: main_menu\. /);
  await expect(page.locator('#dial-plan-state')).toHaveText('');
});
