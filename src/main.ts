// The demo article page: loads the dataset, draws the timeline, and keeps the list beside it.
import '../styles/timeline.css';
import { loadTimeline } from './data/load';
import { renderEventList } from './render/list';
import { createTimeline } from './timeline';

/** `?src=` loads another dataset, same origin only. */
function dataSource(host: HTMLElement): string {
  const fallback = host.dataset.src ?? 'data/timeline.json';
  const requested = new URLSearchParams(location.search).get('src');
  if (!requested) return fallback;
  const url = new URL(requested, location.href);
  return url.origin === location.origin ? url.href : fallback;
}

async function main(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-timeline]');
  if (!host) return;
  const result = await loadTimeline(dataSource(host));
  host.replaceChildren();
  if (!result.ok) {
    const message = document.createElement('p');
    message.className = 'ct-error';
    message.setAttribute('role', 'alert');
    message.textContent = result.reason;
    host.append(message);
    return;
  }
  const chart = document.createElement('div');
  chart.className = 'timeline-chart';
  host.append(chart);
  createTimeline(chart, result.timeline);
  const details = document.createElement('details');
  details.className = 'timeline-list';
  const summary = document.createElement('summary');
  summary.textContent = 'All events as a list';
  details.append(summary, renderEventList(document, result.timeline));
  host.append(details);
  host.setAttribute('aria-busy', 'false');
}

void main();
