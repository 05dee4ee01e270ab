// The demo article page: registers <cable-timeline> and lets `?src=` load another dataset
// (same origin only; the element validates whatever it loads).
import './cable-timeline';

const requested = new URLSearchParams(location.search).get('src');
if (requested) {
  const url = new URL(requested, location.href);
  const element = document.querySelector('cable-timeline');
  if (element && url.origin === location.origin) {
    element.querySelector('.ct-fallback')?.remove();
    element.setAttribute('src', url.pathname + url.search);
  }
}
