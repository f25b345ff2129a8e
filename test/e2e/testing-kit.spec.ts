/**
 * An example of a host app's QA test written only with the testing kit's page objects
 * (`@dialstack/elements/testing/playwright`; here from the source), against the demo page.
 */
import { expect, test } from '@playwright/test';
import { callLogs, voicemails } from '../../src/testing/playwright';

test('call logs: rows, a direction filter and a row opened in the detail panel', async ({
  page,
}) => {
  await page.goto('/');
  const logs = callLogs(page);
  await expect(logs.rows().first()).toBeVisible();

  await logs.filter({ direction: 'outbound' });
  await expect(logs.root).toHaveAttribute('direction', 'outbound');
  await expect(logs.rows().first()).toBeVisible();

  const id = await logs.rows().first().getAttribute('data-id');
  expect(id).toBeTruthy();
  const selections = await logs.recordEvents<{ id: string }>('dialstack-row-select');
  const detail = await logs.open(id!);
  await expect(detail).toBeVisible();
  await expect.poll(selections).toEqual([expect.objectContaining({ id })]);
});

test('voicemails: play the first voicemail', async ({ page }) => {
  await page.goto('/#voicemail');
  const inbox = voicemails(page);
  await expect(inbox.rows().first()).toBeVisible();
  const id = await inbox.rows().first().getAttribute('data-id');
  const plays = await inbox.recordEvents<{ id: string }>('dialstack-voicemail-play');

  const player = await inbox.play(0);
  await expect(player).toBeVisible();
  await expect.poll(plays).toEqual([expect.objectContaining({ id })]);
});
