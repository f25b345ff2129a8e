// Dial plan: 50, 300 and 1,000 nodes — layout time, first paint, frame times while panning and
// zooming. Not built yet: this prints one row per size until components/dial-plan exists.
// To add it: give the server a `setDialPlan(nodes)` that seeds a plan with that many nodes,
// mount `<dialstack-dial-plan dial-plan-id=… mode=view>` with `__bench.mount` (expected =
// visible `[part~=node]`), then drive pointer drags / wheel on `.xyflow__viewport`'s pane
// for the frame times, as scroll.mjs does for the list.
export const SIZES = [50, 300, 1000];

export async function runDialPlan(browser, server, elements) {
  const built = elements.find((e) => e.name === 'dial-plan')?.built;
  if (!built) return SIZES.map((nodes) => ({ nodes, notBuilt: true }));
  return SIZES.map((nodes) => ({ nodes, notImplemented: 'the element exists: measure it here' }));
}

export function formatDialPlan(rows) {
  return rows.map((r) => [
    `${r.nodes} nodes`,
    r.notBuilt ? 'not built yet' : (r.notImplemented ?? `${Math.round(r.layout)} ms`),
    r.notBuilt || r.notImplemented ? '' : `${Math.round(r.firstPaint)} ms`,
    r.notBuilt || r.notImplemented ? '' : `${r.panP95.toFixed(0)} ms`,
    r.nodes === 300 ? '< 500 ms' : '',
  ]);
}
