/** Runs `callback` after the next frame has been painted (a task posted from its animation frame). */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}

/** Runs `callback` once the browser is idle (200 ms later where there is no idle callback). */
export function whenIdle(callback: () => void): void {
  const idle =
    (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback ??
    ((fn: () => void) => setTimeout(fn, 200));
  idle(callback);
}
