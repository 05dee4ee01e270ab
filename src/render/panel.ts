// The source panel: every citation of the selected event in full, with its attribution, a
// link to the public source and "Read in context", which shows the stored primary text with
// the quoted passage highlighted, so a reader can check the quote against its source.
import type { Timeline, TimelineEvent } from '../model/timeline';
import type { CitationData, Source } from '../model/schema';
import { locateQuote } from '../model/quotes';
import { citationLabel, plainCitation, sourceDate } from '../format/citations';
import { formatEventDate } from '../format/dates';
import type { UiStrings } from '../format/strings';
import { el, button, inLanguage } from './dom';
import { textLanguages } from '../model/language';

export interface PanelOptions {
  timeline: Timeline;
  locale: string;
  strings: UiStrings;
  /** resolves a source's stored text file */
  loadText: (file: string) => Promise<string>;
  /** the link to this event (page URL with #event=…) */
  linkTo: (id: string) => string;
  onClose: () => void;
  onStep: (direction: -1 | 1) => void;
  announce: (message: string) => void;
  /**
   * Where focus goes when the panel closes while it holds focus: the event's marker, or its
   * entry in the list view (focus must never fall to <body>).
   */
  returnFocus: (id: string | undefined) => HTMLElement | null;
  /** level of the event's title, to fit the host page's outline (passages one below); default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

export interface Panel {
  readonly element: HTMLElement;
  show(event: TimelineEvent): void;
  hide(): void;
  destroy(): void;
}

function safeHref(url: string | undefined): string | undefined {
  // Validation already refuses other schemes; this is a second lock on the door.
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function describeSource(
  citation: CitationData,
  source: Source | undefined,
  o: PanelOptions,
): HTMLElement {
  const { strings, locale } = o;
  const caption = el('figcaption', 'ct-panel-cite');
  const label = el('strong', 'ct-panel-ref', citationLabel(citation, source));
  caption.append(label);
  const details = el('dl', 'ct-panel-details');
  const own = textLanguages(o.timeline, locale).source(source);
  /** `language`: the value's, when it is the source's own words (a subject line). */
  const add = (term: string, value: string | undefined, language: string | null = null) => {
    if (value === undefined) return;
    details.append(el('dt', '', term), inLanguage(el('dd', '', value), language));
  };
  if (source?.kind === 'cable') {
    add(strings.fieldSubject, source.subject, own);
    add(strings.fieldClassification, source.classification, own);
    add(
      strings.fieldRoute,
      source.destination !== undefined ? `${source.origin} → ${source.destination}` : source.origin,
      own,
    );
    add(strings.fieldSent, source.sent !== undefined ? sourceDate(source.sent, locale) : undefined);
    add(
      strings.fieldReleased,
      source.released !== undefined ? sourceDate(source.released, locale) : undefined,
    );
    if (citation.paragraph !== undefined) add(strings.fieldParagraph, `¶${citation.paragraph}`);
    if (source.text === 'excerpt') caption.append(el('span', 'ct-panel-excerpt', strings.excerpt));
  } else if (source?.kind === 'article') {
    add(strings.fieldOutlet, source.outlet, own);
    add(strings.fieldAuthor, source.author, own);
    add(strings.fieldHeadline, source.headline, own);
    add(strings.fieldDate, sourceDate(source.date, locale));
  }
  caption.append(details);
  const href = safeHref(source?.url);
  if (href) {
    const link = el(
      'a',
      'ct-panel-link',
      source?.kind === 'cable' ? strings.cablePage : strings.articlePage,
    );
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    caption.append(link);
  }
  return caption;
}

function contextView(
  text: string,
  quote: string,
  title: string,
  language: string | null,
): HTMLElement {
  const box = el('div', 'ct-context');
  // The source's language on its text, not on the region named in the interface's.
  const body = inLanguage(el('div', 'ct-context-text'), language);
  box.append(body);
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', title);
  const ranges = locateQuote(quote, text) ?? [];
  // The release doubles every quote mark (its CSV escaping): shown single, as in the quote.
  const shown = (from: number, to?: number) => text.slice(from, to).replaceAll('""', '"');
  let at = 0;
  for (const range of ranges) {
    body.append(
      document.createTextNode(shown(at, range.start)),
      el('mark', 'ct-highlight', shown(range.start, range.end)),
    );
    at = range.end;
  }
  body.append(document.createTextNode(shown(at)));
  return box;
}

/** The focused element in the panel's document or shadow root. */
function activeElementOf(node: Node): Element | null {
  return (node.getRootNode() as Document | ShadowRoot).activeElement ?? null;
}

/** Controls that exist in every rendering of the panel, so focus can stay on "the same" one. */
const STABLE_CONTROLS = ['ct-panel-prev', 'ct-panel-next', 'ct-copy-link', 'ct-panel-close'];

export function createPanel(parent: HTMLElement, options: PanelOptions): Panel {
  const { timeline, strings, locale } = options;
  const { returnFocus } = options;
  const languages = textLanguages(timeline, locale);
  const panel = el('section', 'ct-panel');
  panel.hidden = true;
  const headingId = `ct-panel-title-${Math.random().toString(36).slice(2, 9)}`;
  panel.setAttribute('aria-labelledby', headingId);
  parent.append(panel);
  let generation = 0;

  function render(event: TimelineEvent): void {
    generation++;
    // Replacing the content must not drop focus to <body> (Previous/Next by keyboard).
    const focused = activeElementOf(panel);
    const hadFocus = focused !== null && panel.contains(focused);
    const focusedControl = hadFocus
      ? STABLE_CONTROLS.find((name) => focused.classList.contains(name))
      : undefined;
    const header = el('header', 'ct-panel-header');
    const meta = el('p', 'ct-panel-meta');
    meta.append(el('span', 'ct-panel-date', formatEventDate(event, locale, timeline.language)));
    const track = timeline.tracks.find((t) => t.id === event.track);
    if (track) meta.append(inLanguage(el('span', 'ct-panel-track', track.label), languages.data));
    const level = options.headingLevel ?? 3;
    const heading = inLanguage(
      el(`h${level}` as 'h3', 'ct-panel-title', event.title),
      languages.data,
    );
    heading.id = headingId;
    heading.tabIndex = -1;
    const close = button('ct-panel-close', '×', strings.close);
    close.addEventListener('click', () => options.onClose());
    header.append(meta, heading, close);

    const body: Node[] = [
      header,
      inLanguage(el('p', 'ct-panel-summary', event.summary), languages.data),
    ];
    if (event.actors.length > 0) {
      const actors = el('p', 'ct-panel-actors', `${strings.actors}: `);
      actors.append(inLanguage(el('span', '', event.actors.join(', ')), languages.data));
      body.push(actors);
    }
    const citations = el('div', 'ct-panel-citations');
    citations.append(
      el(
        `h${Math.min(6, level + 1)}` as 'h4',
        'ct-panel-subhead',
        strings.passages(event.citations.length),
      ),
    );
    event.citations.forEach((citation, i) => {
      const source = timeline.sources.get(citation.source);
      const figure = el('figure', 'ct-panel-citation');
      const quote = el('blockquote', 'ct-panel-quote');
      quote.append(inLanguage(el('p', '', citation.quote), languages.source(source)));
      const href = safeHref(source?.url);
      if (href) quote.cite = href;
      const caption = describeSource(citation, source, options);
      // Each passage's buttons share their names with the other passages': its reference
      // ("07TOKYO2690 ¶8") tells a screen reader which one they act on.
      const ref = caption.querySelector('.ct-panel-ref');
      if (ref) ref.id = `${headingId}-ref-${i}`;
      figure.append(quote, caption);
      const actions = el('div', 'ct-panel-citation-actions');
      const copy = button('ct-copy-citation', strings.copyCitation);
      copy.addEventListener(
        'click',
        () =>
          void copyText(plainCitation(citation, source, locale), strings.copied, options.announce),
      );
      // In reading order: the copy button, then the text that opens below it.
      actions.append(copy);
      if (source?.file !== undefined) actions.append(readInContext(citation, source, source.file));
      if (ref) {
        for (const control of actions.querySelectorAll('button'))
          control.setAttribute('aria-describedby', ref.id);
      }
      figure.append(actions);
      citations.append(figure);
    });
    body.push(citations);

    const footer = el('footer', 'ct-panel-footer');
    const previous = button('ct-panel-prev', `← ${strings.previous}`, strings.previousLabel);
    const next = button('ct-panel-next', `${strings.next} →`, strings.nextLabel);
    previous.disabled = event.index === 0;
    next.disabled = event.index === timeline.events.length - 1;
    previous.addEventListener('click', () => options.onStep(-1));
    next.addEventListener('click', () => options.onStep(1));
    const copyLink = button('ct-copy-link', strings.copyLink);
    copyLink.addEventListener(
      'click',
      () => void copyText(options.linkTo(event.id), strings.copied, options.announce),
    );
    footer.append(previous, next, copyLink);
    body.push(footer);
    panel.replaceChildren(...body);
    panel.dataset.eventId = event.id;
    if (hadFocus) {
      const same =
        focusedControl !== undefined
          ? panel.querySelector<HTMLButtonElement>(`.${focusedControl}`)
          : null;
      (same && !same.disabled ? same : heading).focus();
    }
  }

  function readInContext(citation: CitationData, source: Source, file: string): HTMLElement {
    const wrapper = el('div', 'ct-context-wrap');
    const toggle = button('ct-read-context', strings.readInContext);
    toggle.setAttribute('aria-expanded', 'false');
    const ownGeneration = generation;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') === 'true';
      wrapper.querySelector('.ct-context, .ct-context-status')?.remove();
      toggle.setAttribute('aria-expanded', String(!open));
      if (open) return;
      const status = el('p', 'ct-context-status', strings.loading);
      wrapper.append(status);
      options.loadText(file).then(
        (text) => {
          if (ownGeneration !== generation || toggle.getAttribute('aria-expanded') !== 'true')
            return;
          const view = contextView(
            text,
            citation.quote,
            strings.fullText(source.kind === 'cable' ? source.reference : source.headline),
            languages.source(source),
          );
          status.replaceWith(view);
          const mark = view.querySelector<HTMLElement>('mark');
          // Scroll inside the text box only; the page itself must not jump.
          if (mark) view.scrollTop = Math.max(0, mark.offsetTop - view.clientHeight / 3);
        },
        () => {
          status.textContent = strings.textUnavailable;
        },
      );
    });
    wrapper.append(toggle);
    return wrapper;
  }

  return {
    element: panel,
    show(event) {
      render(event);
      panel.hidden = false;
    },
    hide() {
      generation++;
      // Closing around the focused control (Escape, the close button) hands focus back first.
      if (panel.contains(activeElementOf(panel)))
        returnFocus(panel.dataset.eventId)?.focus({ preventScroll: true });
      panel.hidden = true;
      panel.replaceChildren();
      delete panel.dataset.eventId;
    },
    destroy() {
      panel.remove();
    },
  };
}

async function copyText(text: string, done: string, announce: (m: string) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API unavailable (insecure context, permissions): fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  announce(done);
}
