/**
 * Runs `callback` in a task of its own once the next frame has been painted, so what a tap changed
 * is on screen before slower work starts. A hidden tab paints no frames: there it runs in the next task.
 */
export function afterPaint(callback: () => void): void {
  if (document.hidden) setTimeout(callback);
  else requestAnimationFrame(() => setTimeout(callback));
}
