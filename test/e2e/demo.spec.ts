import { expect, test } from '@playwright/test';

test('the demo page gets a session from its backend and connects to the live stream', async ({
  page,
}) => {
  const secretRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/dialstack-session')) secretRequests.push(request.method());
  });
  const events = page.waitForResponse((response) => response.url().endsWith('/v1/events'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Calls' })).toBeVisible();
  await expect(page.locator('#session-pill')).toHaveText('Demo data');
  expect(secretRequests).toEqual(['POST']);
  const stream = await events;
  expect(stream.status()).toBe(200);
  expect(stream.headers()['content-type']).toContain('text/event-stream');
});

test('a simulated incoming call reaches the page through SSE', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Demo controls' }).click();
  await expect(page.locator('#session-pill')).toHaveText('Demo data');
  await page.getByRole('button', { name: 'Incoming call' }).click();
  await expect(page.getByRole('alert')).toContainText('Incoming call from');
  await page.getByRole('button', { name: 'Hang up' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('the session secret never appears in a request URL', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  const session = page.waitForResponse((response) =>
    response.url().endsWith('/api/dialstack-session'),
  );
  await page.goto('/');
  const { client_secret } = (await (await session).json()) as { client_secret: string };
  await expect(page.locator('#session-pill')).toHaveText('Demo data');
  expect(client_secret.split('.')).toHaveLength(3);
  for (const url of urls) expect(url).not.toContain(client_secret);
});
