// Real touch input for the browser tests: `executeServerCommand('touch', …)` drives Chromium's
// input pipeline through the DevTools protocol (`Input.dispatchTouchEvent`), so a test sees what
// a finger produces — pointer events with pointerType 'touch', touch events, `touch-action`
// honoured, no compatibility mouse events after a drag — not events it built itself.
// `executeServerCommand('touch-emulation', { enabled })` also makes the page report a coarse
// pointer (`@media (pointer: coarse)`), as a phone or tablet does.

const sessions = new WeakMap();

async function cdp(page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const TYPES = { start: 'touchStart', move: 'touchMove', end: 'touchEnd', cancel: 'touchCancel' };

export function touchPlugin() {
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch' && command !== 'touch-emulation') return undefined;
      if (session.browser.type !== 'playwright')
        throw new Error('The touch commands need the Playwright launcher (Chromium)');
      const client = await cdp(session.browser.getPage(session.id));
      if (command === 'touch-emulation') {
        const enabled = Boolean(payload?.enabled);
        await client.send('Emulation.setTouchEmulationEnabled', {
          enabled,
          ...(enabled ? { maxTouchPoints: 5 } : {}),
        });
        return true;
      }
      const points = Array.isArray(payload?.points) ? payload.points : [];
      if (payload?.type === 'tap') {
        // A finger down and lifted at once, in one command.
        const touchPoints = points.map(([x, y], id) => ({ x, y, id }));
        await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints });
        await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        return true;
      }
      const type = TYPES[payload?.type];
      if (!type)
        throw new Error(`touch: type must be tap or one of ${Object.keys(TYPES).join(', ')}`);
      await client.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
      return true;
    },
  };
}
