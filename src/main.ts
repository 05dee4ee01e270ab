// The demo article page: loads the dataset and shows it.
import '../styles/timeline.css';
import { loadTimeline } from './data/load';
import { renderEventList } from './render/list';

async function main(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-timeline]');
  if (!host) return;
  const result = await loadTimeline(host.dataset.src ?? 'data/timeline.json');
  host.replaceChildren();
  if (!result.ok) {
    const message = document.createElement('p');
    message.className = 'ct-error';
    message.setAttribute('role', 'alert');
    message.textContent = result.reason;
    host.append(message);
    return;
  }
  host.append(renderEventList(document, result.timeline));
  host.setAttribute('aria-busy', 'false');
}

void main();
