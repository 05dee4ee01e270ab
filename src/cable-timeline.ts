// One ES module script registers <cable-timeline>: <script type="module" src="cable-timeline.js">.
import { defineCableTimeline } from './element';
import { DEFAULT_LOCALE, warmDateFormat } from './format/dates';

defineCableTimeline();
// A page's first Intl date formatter costs about 20 ms while ICU loads its data. A page that
// calls createTimeline is usually still downloading its data now: pay that cost while idle.
if (typeof requestIdleCallback === 'function')
  requestIdleCallback(() => warmDateFormat(document.documentElement.lang || DEFAULT_LOCALE));

export { CableTimelineElement, defineCableTimeline } from './element';
export * from './index';
