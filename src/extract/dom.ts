// The few DOM operations extraction uses, typed here because the project compiles without the
// browser's DOM library. linkedom provides them; it parses HTML and never runs scripts.
import { parseHTML } from 'linkedom';

export interface DomElement {
  textContent: string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  contains(other: DomElement): boolean;
  remove(): void;
}

export interface DomDocument extends DomElement {
  body: DomElement;
}

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}
