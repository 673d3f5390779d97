/** The visitor's session id: kept across pages of the host site, in memory when storage is blocked. */

const SESSION_KEY = 'zz-policy-widget.session';
let memorySession = '';

function randomId(): string {
  let out = '';
  try {
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    for (let i = 0; i < b.length; i++) out += (b[i]! < 16 ? '0' : '') + b[i]!.toString(16);
  } catch (e) {
    while (out.length < 32) out += Math.random().toString(36).slice(2);
  }
  return 'w' + out.slice(0, 32);
}

function storage(): Storage | null {
  try { const s = window.localStorage; s.getItem(SESSION_KEY); return s; } catch (e) {
    try { return window.sessionStorage; } catch (e2) { return null; }
  }
}

/** The session id, made on first use. */
export function sessionId(): string {
  const s = storage();
  let id = '';
  try { id = (s && s.getItem(SESSION_KEY)) || memorySession; } catch (e) { id = memorySession; }
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(id)) { id = randomId(); keepSession(id); }
  return id;
}

/** Keeps the id the service answered with. */
export function keepSession(id: string): void {
  memorySession = id;
  const s = storage();
  try { if (s) s.setItem(SESSION_KEY, id); } catch (e) { /* private mode: memory only */ }
}

/** A JSON value from sessionStorage (per tab), or `fallback` when absent, unreadable or blocked. */
export function tabRead<T>(key: string, fallback: T, valid: (v: unknown) => boolean): T {
  try {
    const v: unknown = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    return valid(v) ? (v as T) : fallback;
  } catch (e) {
    return fallback;
  }
}

/** Stores a JSON value in sessionStorage; a full or blocked storage is ignored. */
export function tabWrite(key: string, value: unknown): void {
  try { window.sessionStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage full or blocked */ }
}
