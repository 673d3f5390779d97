/** DOM building for both clients: no framework, a few nodes at a time. */

/** Attributes to set; null or undefined ones are left out. */
export type Attrs = Record<string, string | null | undefined>;

/** A new element of `tag` in `doc`, with its attributes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, text?: string | number | null): HTMLElementTagNameMap[K];
export function el(tag: string, attrs?: Attrs | null, text?: string | number | null): HTMLElement;
export function el(tag: string, attrs?: Attrs | null, text?: string | number | null): HTMLElement {
  const n = document.createElement(tag);
  if (attrs) {
    for (const k in attrs) {
      const v = attrs[k];
      if (v !== null && v !== undefined) n.setAttribute(k, v);
    }
  }
  if (text !== undefined && text !== null) n.textContent = String(text);
  return n;
}

/** A clause id as people say it: the document's unnumbered parts (head, preamble, tail) get their Chinese names. */
export function clauseName(id: string): string {
  const named: Record<string, string> = { head: '文头', preamble: '序言', tail: '文尾' };
  return named[id] || id;
}

/** A citation's key: one per clause of one document. */
export function citeKey(c: { docId?: string | undefined; clause: string }): string {
  return (c.docId || '') + '|' + c.clause;
}
