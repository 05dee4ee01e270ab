// Stands in for d3-transition (vite.config.ts aliases the package name to this module).
// d3-zoom imports `interrupt` from d3-transition and calls `selection.interrupt()` to stop a
// running zoom transition whenever the reader wheels, drags or pinches. The real package
// would bring d3-transition, d3-timer, d3-color, d3-ease and most of d3-interpolate into the
// bundle (about 30 KB minified, 10 KB gzip) for that call alone: our animated zooms run on
// interaction/animate.ts instead, and interrupting an element here cancels its animation.
import { selection, type BaseType, type Selection } from 'd3-selection';

const cancellers = new WeakMap<object, () => void>();

/** Calls `cancel` whenever d3-zoom (or this component) interrupts `node`; returns a detacher. */
export function onInterrupt(node: Element, cancel: () => void): () => void {
  cancellers.set(node, cancel);
  return () => cancellers.delete(node);
}

/** d3-transition's `interrupt(node)`: stops the animation running on `node`, if any. */
export function interrupt(node: BaseType): void {
  if (node) cancellers.get(node)?.();
}

type AnySelection = Selection<BaseType, unknown, BaseType, unknown>;
const prototype = selection.prototype as {
  interrupt: (this: AnySelection) => AnySelection;
  transition: () => never;
};
// d3-zoom's zoom.transform calls selection.interrupt().
prototype.interrupt = function () {
  return this.each(function () {
    interrupt(this);
  });
};
// Nothing here runs transitions: fail loudly rather than silently not animating.
prototype.transition = () => {
  throw new Error('d3-transition is not bundled: animate with src/interaction/animate.ts');
};
