// One ES module script registers <cable-timeline>: <script type="module" src="cable-timeline.js">.
import { defineCableTimeline } from './element';
import { DEFAULT_LOCALE, warmDateFormat } from './format/dates';

defineCableTimeline();
// A page that calls createTimeline is usually still downloading its data now (see warmDateFormat).
if (typeof requestIdleCallback === 'function')
  requestIdleCallback(() => warmDateFormat(document.documentElement.lang || DEFAULT_LOCALE));

export { CableTimelineElement, defineCableTimeline } from './element';
export * from './index';
