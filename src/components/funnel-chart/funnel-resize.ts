/** One ResizeObserver for every funnel on the page (kept apart from Chart.js, which loads only to draw). */
type SizeCallback = (width: number, height: number) => void;
const sizeCallbacks = new WeakMap<Element, SizeCallback>();
let observer: ResizeObserver | undefined;

/**
 * One observer for every funnel: its callback runs once per frame with all the boxes that changed,
 * after layout, so N funnels resize in one batch of writes.
 */
export function observeSize(box: Element, callback: SizeCallback): void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) sizeCallbacks.get(entry.target)?.(entry.contentRect.width, entry.contentRect.height);
  });
  sizeCallbacks.set(box, callback);
  observer.observe(box);
}

export function unobserveSize(box: Element): void {
  sizeCallbacks.delete(box);
  observer?.unobserve(box);
}
