// Tiny DOM helpers. Text from data is only ever set through textContent.
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(className: string, text: string, label?: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  // No title beside the label: screen readers would read it again as the description.
  if (label) b.setAttribute('aria-label', label);
  return b;
}

/** Marks an element's text as written in `language`; null leaves the interface's, inherited. */
export function inLanguage<T extends Element>(node: T, language: string | null): T {
  if (language !== null) node.setAttribute('lang', language);
  return node;
}
