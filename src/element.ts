// <cable-timeline>: the timeline as a custom element for article pages.
//   <cable-timeline src="data/timeline.json" event="asat-test" lang="en" theme="auto">
//     <script type="application/json">{ … inline data instead of src … }</script>
//     … pre-rendered list for readers without JavaScript, print and search engines …
//   </cable-timeline>
// It renders in an open shadow root with constructable stylesheets (no inline <style>, so a
// strict CSP holds), host CSS cannot reach in and its CSS cannot leak out. The light-DOM
// fallback stays in the light DOM: a default <slot>, hidden on screen, shows it in print instead
// of a clipped chart. `scrolly` turns on scrollytelling (see scrolly.ts).
import listCss from '../styles/list.css?inline';
import css from '../styles/timeline.css?inline';
import hostCss from '../styles/element.css?inline';
import { createTimeline, type TimelineHandle, type ZoomInfo, type DateInput } from './timeline';
import { loadTimeline, fromJson, type LoadResult } from './data/load';
import { loadStrings, stringsFor } from './format/strings';
import { elementLocale, warmDateFormat } from './format/dates';
import { headingLevelOf } from './format/heading';
import { renderEventList } from './render/list';
import { attachScrollytelling } from './scrolly-lazy';
import { linkFrom } from './interaction/deeplink';

let sheet: CSSStyleSheet | null = null;
function stylesheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(listCss + css + hostCss);
  }
  return sheet;
}

export interface CableTimelineSelectDetail {
  id: string | null;
}

export interface CableTimelineErrorDetail {
  /** what the reader sees */
  reason: string;
}

/** The element's own events as addEventListener types them (`select` and `error` are its own). */
export interface CableTimelineEventMap extends Omit<HTMLElementEventMap, 'select' | 'error'> {
  select: CustomEvent<CableTimelineSelectDetail>;
  zoom: CustomEvent<ZoomInfo>;
  ready: CustomEvent<null>;
  error: CustomEvent<CableTimelineErrorDetail>;
}

type ElementListener<K extends keyof CableTimelineEventMap> = (
  this: CableTimelineElement,
  event: CableTimelineEventMap[K],
) => unknown;

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CableTimelineElement extends HTMLElement {
  static readonly observedAttributes = [
    'src',
    'event',
    'lang',
    'theme',
    'hash-param',
    'scrolly',
    'heading-level',
    'view',
  ];
  readonly #shadow: ShadowRoot;
  /** Where the light-DOM fallback list shows, in print only. */
  readonly #slot = document.createElement('slot');
  #handle: TimelineHandle | null = null;
  #detachScrolly: (() => void) | null = null;
  #abort: AbortController | null = null;
  #loadId = 0;
  #connected = false;
  #printList: (() => void) | null = null;
  /** The data and language the light-DOM fallback list was rendered from: those of the first load. */
  #fallbackOf: string | null = null;
  /** whether a timeline was shown before (later loads keep the page where it is) */
  #loadedOnce = false;
  /** whether a script set `event` while the data loaded */
  #eventSetWhileLoading = false;
  /** Calls made before the timeline was ready, in order. */
  #pending: Array<(handle: TimelineHandle) => void> = [];

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [stylesheet()];
  }

  /** The handle of the rendered timeline, once data has loaded. */
  get handle(): TimelineHandle | null {
    return this.#handle;
  }

  // A script may call these before the data has loaded (right after creating the element):
  // select goes through the `event` attribute, the others wait for the timeline.
  select(id: string | null): void {
    if (this.#handle) this.#handle.select(id);
    else if (id === null) this.removeAttribute('event');
    else this.setAttribute('event', id);
  }
  zoomTo(start: DateInput, end: DateInput): void {
    this.#whenReady((handle) => handle.zoomTo(start, end));
  }
  zoomBy(factor: number): void {
    this.#whenReady((handle) => handle.zoomBy(factor));
  }
  reset(): void {
    this.#whenReady((handle) => handle.reset());
  }
  visibleRange(): ZoomInfo | null {
    return this.#handle?.visibleRange() ?? null;
  }
  setView(view: 'chart' | 'list'): void {
    this.#whenReady((handle) => handle.setView(view));
  }

  /** Why the last load failed (what the reader sees), until the next one starts. */
  #failure: string | null = null;
  /** Those waiting in whenReady() for the load under way. */
  #readyWaiters: Array<{ resolve: (handle: TimelineHandle) => void; reject: (e: Error) => void }> =
    [];

  /**
   * The handle once the timeline is drawn: at once if it is, else when its data has loaded;
   * rejected with the reason if the load fails. Unlike the `ready` event, a script that runs
   * after the timeline rendered (inline data renders as the library defines the element)
   * cannot miss it.
   */
  whenReady(): Promise<TimelineHandle> {
    if (this.#handle) return Promise.resolve(this.#handle);
    if (this.#failure !== null) return Promise.reject(new Error(this.#failure));
    return new Promise((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
  }

  #whenReady(action: (handle: TimelineHandle) => void): void {
    if (this.#handle) action(this.#handle);
    else this.#pending.push(action);
  }

  connectedCallback(): void {
    this.#connected = true;
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#teardown();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (!this.#connected || previous === value) return;
    if (name === 'event') {
      // Only while a reload runs: on the first load the page's address (a shared link) wins.
      if (!this.#handle) this.#eventSetWhileLoading = this.#loadedOnce;
      else if (value !== this.#handle.selected()) this.#selectOrWarn(value || null);
      return;
    }
    if (name === 'theme') {
      this.#handle?.setTheme(this.#theme());
      return;
    }
    if (name === 'scrolly') {
      this.#scrolly();
      return;
    }
    if (name === 'view') {
      this.#handle?.setView(value === 'list' ? 'list' : 'chart');
      return;
    }
    void this.#load();
  }

  /** The theme attribute; anything but light or dark follows the reader's setting. */
  #theme(): 'auto' | 'light' | 'dark' {
    const theme = this.getAttribute('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }

  /**
   * The interface language: the element's own `lang`, else the nearest one given. Only the
   * languages it has strings for: any other (or a tag that is not one) reads in English,
   * dates included, rather than English controls around German dates.
   */
  #locale(): string {
    const lang =
      this.getAttribute('lang') ||
      this.parentElement?.closest('[lang]:not([lang=""])')?.getAttribute('lang') ||
      'en';
    return elementLocale(lang);
  }

  #status(text: string, error = false): void {
    const box = document.createElement('div');
    box.className = error ? 'ct-status ct-error' : 'ct-status';
    if (error) box.setAttribute('role', 'alert');
    box.textContent = text;
    this.#shadow.replaceChildren(box, this.#slot);
  }

  /** Attaches scrollytelling while the `scrolly` attribute is present and a timeline is shown. */
  #scrolly(): void {
    this.#detachScrolly?.();
    this.#detachScrolly = null;
    if (this.#handle && this.hasAttribute('scrolly')) {
      const margin = this.getAttribute('scrolly');
      this.#detachScrolly = attachScrollytelling(this, margin ? { rootMargin: margin } : {});
    }
  }

  #teardown(): void {
    this.#detachScrolly?.();
    this.#detachScrolly = null;
    this.#abort?.abort();
    this.#abort = null;
    this.#handle?.destroy();
    this.#handle = null;
    if (this.#printList) window.removeEventListener('beforeprint', this.#printList);
    this.#printList = null;
  }

  async #load(): Promise<void> {
    this.#teardown();
    const loadId = ++this.#loadId;
    this.#failure = null;
    this.#reserveHeight();
    const locale = this.#locale();
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const src = this.getAttribute('src');
    this.#dropStaleFallback(`${src ?? ''} ${locale}`);
    // The data starts downloading before anything else waits.
    const abort = new AbortController();
    const loading = !inline && src ? loadTimeline(src, abort.signal) : null;
    if (loading) {
      this.#abort = abort;
      // Awaited below unless a newer load takes over first (which aborts this one).
      loading.catch(() => undefined);
      warmDateFormat(locale);
    }
    // Strings that cannot be downloaded (ja, ru) fall back to English, never to a blank element.
    const strings = await loadStrings(locale).catch(() => stringsFor('en'));
    if (loadId !== this.#loadId) return;
    this.#status(strings.loadingData);
    this.setAttribute('aria-busy', 'true');
    let result: LoadResult;
    if (inline) {
      let json: unknown;
      try {
        json = JSON.parse(inline.textContent ?? '');
      } catch (cause) {
        // The parser's own message says where (Chromium: "… at position 1234 (line 40 column 7)").
        console.error(`timeline data: inline script: ${String(cause)}`);
        this.#fail(strings.invalidJson);
        return;
      }
      result = await fromJson(json, new URL(src ?? document.baseURI, document.baseURI));
    } else if (loading) {
      try {
        result = await loading;
      } catch (cause) {
        if (abort.signal.aborted) return; // a newer load or a disconnect took over
        // Anything else must not leave the reader looking at "Loading…" forever.
        console.error('timeline data:', cause);
        this.#fail(strings.unreachable(src ?? ''));
        return;
      }
    } else {
      this.#fail(strings.noData);
      return;
    }
    if (loadId !== this.#loadId || !this.#connected) return;
    if (!result.ok) {
      this.#fail(result.say(strings));
      return;
    }
    if (result.timeline.events.length === 0) {
      this.#fail(strings.empty, false);
      return;
    }
    const container = document.createElement('div');
    container.className = 'ct-box';
    this.#shadow.replaceChildren(container, this.#slot);
    if (!this.querySelector(':scope > .ct-fallback')) {
      // No pre-rendered list to print: render one when printing starts (not before: at
      // 100,000 events the list is the most expensive thing on the page).
      const timeline = result.timeline;
      this.#printList = () => {
        if (this.#shadow.querySelector('.ct-print')) return;
        const print = document.createElement('div');
        print.className = 'ct-print';
        print.append(renderEventList(document, timeline, { locale }));
        this.#shadow.append(print);
      };
      window.addEventListener('beforeprint', this.#printList);
    }
    const hashParam = this.getAttribute('hash-param');
    const deepLinks = hashParam === null ? 'event' : hashParam === 'none' ? false : hashParam;
    const handle = createTimeline(container, result.timeline, {
      locale,
      sourceBase: result.url,
      theme: this.#theme(),
      hashParam: deepLinks,
      // Only the page's own load goes to a linked event: a script that changes src or lang
      // later must not move the page.
      revealLink: !this.#loadedOnce,
      headingLevel: headingLevelOf(this.getAttribute('heading-level')),
      // Read when the reader copies: embed.html learns the host page's address after loading.
      linkTo: (id) => linkFrom(this.getAttribute('link-base'), id),
      // Written by embed.html as its host scrolls: "top bottom", the slice of the frame in view.
      visibleArea: () => {
        const [top, bottom] = (this.getAttribute('visible-area') ?? '').split(' ').map(Number);
        // "0 0": the frame is out of sight.
        return top !== undefined && bottom !== undefined && bottom >= top ? { top, bottom } : null;
      },
    });
    this.#handle = handle;
    this.#loadedOnce = true;
    this.removeAttribute('aria-busy');
    this.style.minHeight = '';
    const reflect = (id: string | null) => {
      if (id !== null) this.setAttribute('event', id);
      else this.removeAttribute('event');
      this.dispatchEvent(
        new CustomEvent<CableTimelineSelectDetail>('select', {
          detail: { id },
          bubbles: true,
          composed: true,
        }),
      );
    };
    handle.on('select', reflect);
    const fromHash = handle.selected();
    // A script that set `event` while the data loaded (after changing `lang` or `src`) asked
    // for it later than the address did: it wins.
    const setWhileLoading = this.#eventSetWhileLoading && this.getAttribute('event') !== null;
    this.#eventSetWhileLoading = false;
    if (fromHash !== null && !setWhileLoading) {
      // The address chose the event while the timeline was made: the attribute says so too.
      reflect(fromHash);
    } else {
      const initialEvent = this.getAttribute('event');
      if (initialEvent) this.#selectOrWarn(initialEvent);
    }
    // `view="list"` says (and sets) which view shows: a page can style around it, as the demo
    // releases its fixed-height sticky box for the long list.
    handle.on('view', (view) => {
      if (view === 'list') this.setAttribute('view', 'list');
      else this.removeAttribute('view');
    });
    if (this.getAttribute('view') === 'list') handle.setView('list');
    handle.on('zoom', (range) => {
      this.dispatchEvent(new CustomEvent<ZoomInfo>('zoom', { detail: range }));
    });
    this.#scrolly();
    for (const action of this.#pending.splice(0)) {
      // A call made too early with a bad argument (zoomBy(NaN)) is reported, and the load
      // still finishes: the other calls, whenReady() and the ready event.
      try {
        action(handle);
      } catch (cause) {
        console.error(cause);
      }
    }
    for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve(handle);
    this.dispatchEvent(new CustomEvent('ready'));
  }

  /**
   * Selects by the `event` attribute. An id the data does not have selects nothing, says so in
   * the console, and the attribute goes back to what is selected, so reading it stays true.
   */
  #selectOrWarn(id: string | null): void {
    const handle = this.#handle;
    if (!handle) return;
    handle.select(id);
    const selected = handle.selected();
    if (id === null || selected === id) return;
    console.warn(`<cable-timeline>: event="${id}" names no event of this timeline`);
    if (selected !== null) this.setAttribute('event', selected);
    else this.removeAttribute('event');
  }

  /**
   * Removes the pre-rendered list once the element loads other data or another language than
   * at its first load (`src` or `lang` changed): printed, it would list events no longer shown.
   * The list printed instead is rendered from the data loaded.
   */
  #dropStaleFallback(shown: string): void {
    const fallback = this.querySelector(':scope > .ct-fallback');
    if (!fallback) return;
    this.#fallbackOf ??= shown;
    if (shown !== this.#fallbackOf) fallback.remove();
  }

  /** Keeps the page from shifting while data loads: the build writes the final height here. */
  #reserveHeight(): void {
    const reserve = Number(this.dataset.reserve);
    if (reserve > 0) this.style.minHeight = `${reserve}px`;
  }

  #fail(reason: string, error = true): void {
    this.#eventSetWhileLoading = false;
    // Calls waiting for this data are not meant for whatever loads next.
    this.#pending = [];
    this.removeAttribute('aria-busy');
    this.#status(reason, error);
    // Paper gets the pre-rendered list if there is one (it is this data), else the reason:
    // a blank space in a printed article says nothing.
    if (!this.querySelector(':scope > .ct-fallback'))
      this.#shadow.querySelector('.ct-status')?.classList.add('ct-prints');
    this.#failure = reason;
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(new Error(reason));
    this.dispatchEvent(new CustomEvent<CableTimelineErrorDetail>('error', { detail: { reason } }));
  }
}

// The element's events typed for addEventListener, with no code of its own: a page's
// `e.detail.id` type-checks without a cast. The interface adds only overload signatures to
// the class's type, which the class inherits from HTMLElement at run time.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface CableTimelineElement {
  addEventListener<K extends keyof CableTimelineEventMap>(
    type: K,
    listener: ElementListener<K>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof CableTimelineEventMap>(
    type: K,
    listener: ElementListener<K>,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'cable-timeline': CableTimelineElement;
  }
}

export function defineCableTimeline(name = 'cable-timeline'): void {
  if (!customElements.get(name)) customElements.define(name, class extends CableTimelineElement {});
}
