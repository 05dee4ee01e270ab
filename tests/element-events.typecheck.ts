// Type-checked by `npm run typecheck`, never run: what a page's script writes against the
// element's events must compile without a cast.
import type { CableTimelineElement } from '../src/element';

export function listen(element: CableTimelineElement): void {
  element.addEventListener('select', (event) => {
    const id: string | null = event.detail.id;
    return id;
  });
  element.addEventListener('zoom', (event) => event.detail.k * 2);
  element.addEventListener('error', (event) => event.detail.reason.length);
  element.addEventListener('ready', (event) => event.detail);
  // The element is still an element: its other events keep their own types.
  element.addEventListener('click', (event) => event.clientX);
  element.addEventListener('custom-thing', (event) => event.type);
  document.querySelector('cable-timeline')?.addEventListener('select', (e) => e.detail.id);
}
