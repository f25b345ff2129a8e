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

test('a simulated hang-up appears at the top of the call logs without a reload', async ({
  page,
}) => {
  await page.goto('/');
  const firstRow = page.locator('dialstack-call-logs [part~="row"]').first();
  await expect(firstRow).toBeVisible();
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const simulated = page.waitForResponse((r) => r.url().endsWith('/__mock/simulate'));
  await page.getByRole('button', { name: 'Incoming call' }).click();
  const { call_id } = (await (await simulated).json()) as { call_id: string };
  await page.getByRole('button', { name: 'Answer' }).click();
  await page.getByRole('button', { name: 'Hang up' }).click();
  await expect(
    page.locator(`dialstack-call-logs [part~="row"][data-id="${call_id}"]`),
  ).toBeVisible();
  await expect(firstRow).toHaveAttribute('data-id', call_id);
});

test('a new voicemail raises the unread badge in the host navigation', async ({ page }) => {
  await page.goto('/#voicemail');
  const badge = page.locator('#unread-badge');
  await expect(badge).toBeVisible();
  const before = Number(await badge.textContent());
  await page.getByRole('button', { name: 'Demo controls' }).click();
  await page.getByRole('button', { name: 'New voicemail' }).click();
  await expect(badge).toHaveText(String(before + 1));
});

test('the patient record lists the calls with that patient', async ({ page }) => {
  await page.goto('/#patient');
  const rows = page.locator('dialstack-call-history [part~="row"]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(3);
});
