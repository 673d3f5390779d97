/**
 * A small, strict XML reader and writer for WeChat's message format: one root element with
 * child elements holding text or CDATA (a few events nest one level deeper). No DTD, no entity
 * declarations, no external anything: `<!DOCTYPE` is refused outright, and only the five
 * predefined entities and numeric character references are decoded. Input is size-limited.
 */

/** Thrown for any input that is not a well-formed WeChat message. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** One element: its text (CDATA and character data joined) and its child elements. */
export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

export interface XmlReadOptions {
  /** Largest accepted input, in characters (default 64 KiB). */
  maxLength?: number;
  /** Deepest accepted nesting (default 4). */
  maxDepth?: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new XmlError('bare & in text');
    if (ref.startsWith('#x') || ref.startsWith('#')) {
      const code = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
        throw new XmlError(`bad character reference ${whole}`);
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new XmlError(`unknown entity &${ref};`);
    return value;
  });
}

/** Parses a document and returns its root element; throws XmlError on anything malformed. */
export function readXml(input: string, options: XmlReadOptions = {}): XmlNode {
  const maxLength = options.maxLength ?? 64 * 1024;
  const maxDepth = options.maxDepth ?? 4;
  if (input.length > maxLength) throw new XmlError('document too large');
  let pos = 0;

  const skipSpace = () => {
    while (pos < input.length && /\s/.test(input[pos]!)) pos++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (input.startsWith('<?', pos)) {
        const end = input.indexOf('?>', pos + 2);
        if (end < 0) throw new XmlError('unterminated processing instruction');
        pos = end + 2;
      } else if (input.startsWith('<!--', pos)) {
        const end = input.indexOf('-->', pos + 4);
        if (end < 0) throw new XmlError('unterminated comment');
        pos = end + 3;
      } else if (input.startsWith('<!', pos) && !input.startsWith('<![CDATA[', pos)) {
        // DOCTYPE, ENTITY and friends: the way XML bombs and external entities get in.
        throw new XmlError('declarations are not allowed');
      } else return;
    }
  };
  const readName = (): string => {
    const m = NAME.exec(input.slice(pos, pos + 200));
    if (!m) throw new XmlError(`expected a name at ${pos}`);
    pos += m[0].length;
    return m[0];
  };

  const readElement = (depth: number): XmlNode => {
    if (depth > maxDepth) throw new XmlError('nesting too deep');
    if (input[pos] !== '<') throw new XmlError(`expected < at ${pos}`);
    pos++;
    const name = readName();
    // Attributes are not part of WeChat's format; skip them syntactically without using them.
    for (;;) {
      skipSpace();
      if (input.startsWith('/>', pos)) {
        pos += 2;
        return { name, text: '', children: [] };
      }
      if (input[pos] === '>') {
        pos++;
        break;
      }
      readName();
      skipSpace();
      if (input[pos] !== '=') throw new XmlError('bad attribute');
      pos++;
      skipSpace();
      const quote = input[pos];
      if (quote !== '"' && quote !== "'") throw new XmlError('bad attribute value');
      const end = input.indexOf(quote, pos + 1);
      if (end < 0) throw new XmlError('unterminated attribute');
      pos = end + 1;
    }
    const node: XmlNode = { name, text: '', children: [] };
    let text = '';
    for (;;) {
      if (pos >= input.length) throw new XmlError(`unclosed <${name}>`);
      if (input.startsWith('<![CDATA[', pos)) {
        const end = input.indexOf(']]>', pos + 9);
        if (end < 0) throw new XmlError('unterminated CDATA');
        text += input.slice(pos + 9, end);
        pos = end + 3;
      } else if (input.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        skipSpace();
        if (closing !== name || input[pos] !== '>') throw new XmlError(`mismatched </${closing}> for <${name}>`);
        pos++;
        node.text = node.children.length > 0 && text.trim() === '' ? '' : text;
        return node;
      } else if (input.startsWith('<!--', pos)) {
        const end = input.indexOf('-->', pos + 4);
        if (end < 0) throw new XmlError('unterminated comment');
        pos = end + 3;
      } else if (input.startsWith('<!', pos) || input.startsWith('<?', pos)) {
        throw new XmlError('declarations are not allowed');
      } else if (input[pos] === '<') {
        node.children.push(readElement(depth + 1));
      } else {
        const next = input.indexOf('<', pos);
        const end = next < 0 ? input.length : next;
        text += decodeEntities(input.slice(pos, end));
        pos = end;
      }
    }
  };

  skipMisc();
  const root = readElement(1);
  skipMisc();
  if (pos !== input.length) throw new XmlError('content after the root element');
  return root;
}

/** The root's direct children as name → text (first occurrence wins). Nested children are ignored. */
export function xmlFields(root: XmlNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const child of root.children) {
    if (!(child.name in out)) out[child.name] = child.children.length > 0 ? '' : child.text;
  }
  return out;
}

/** Wraps text in CDATA, splitting any `]]>` so the section cannot be closed early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/**
 * Writes `<xml>` with one child per entry: strings as CDATA, numbers as bare digits
 * (WeChat writes CreateTime and the like unquoted).
 */
export function writeXml(fields: Record<string, string | number>): string {
  let out = '<xml>';
  for (const [name, value] of Object.entries(fields)) {
    if (!NAME.test(name) || NAME.exec(name)![0] !== name) throw new XmlError(`bad element name ${name}`);
    out += `<${name}>${typeof value === 'number' ? String(Math.trunc(value)) : cdata(value)}</${name}>`;
  }
  return `${out}</xml>`;
}
