import { ukrainianForHardCoded } from './hard-coded-english';

const ATTRIBUTES = ['aria-label', 'title'];

function fixText(node: Text): void {
  const fixed = ukrainianForHardCoded(node.data);
  if (fixed !== null) node.data = fixed;
}

function fixElement(element: Element): void {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const fixed = value === null ? null : ukrainianForHardCoded(value);
    if (fixed !== null) element.setAttribute(name, fixed);
  }
}

function fixTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) return fixText(root as Text);
  if (root.nodeType !== Node.ELEMENT_NODE) return;
  fixElement(root as Element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) fixText(node as Text);
    else fixElement(node as Element);
  }
}

/**
 * Puts Ukrainian in place of Strapi's hard-coded English (hard-coded-english.ts) as the panel renders,
 * while the panel speaks Ukrainian. Our own writes are seen again by the observer and left as they are.
 */
export function watchHardCodedEnglish(isUkrainian: () => boolean): void {
  const start = () => {
    new MutationObserver((mutations) => {
      if (!isUkrainian()) return;
      for (const mutation of mutations) {
        if (mutation.type === 'characterData') fixText(mutation.target as Text);
        else if (mutation.type === 'attributes') fixElement(mutation.target as Element);
        else mutation.addedNodes.forEach(fixTree);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
