/**
 * Chrome reports "ResizeObserver loop completed with undelivered notifications" through window.onerror when
 * the virtualizer measures rows while they change size in the same frame. The spec defines it as a notice
 * (the notifications arrive in the next frame), not an error of the page, so tests and benches let it pass;
 * any other error still fails them.
 */
export function ignoreResizeObserverNotice(): () => void {
  const previous = window.onerror;
  window.onerror = (message, ...rest) =>
    String(message).includes('ResizeObserver loop') ? true : (previous?.call(window, message, ...rest) ?? false);
  return () => {
    window.onerror = previous;
  };
}
