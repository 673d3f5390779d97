/** The console's tabs: arrow keys move between them, the hash names the open one, a tab loads on first view. */

const tabs: HTMLElement[] = [].slice.call(document.querySelectorAll<HTMLElement>('[role=tab]'));
/** What a tab loads when it opens, by tab name. */
export const loaders: Record<string, () => void> = {};

/** Opens the tab `name` (the search tab when there is none of that name). */
export function selectTab(name: string, focus: boolean): void {
  let found = false;
  tabs.forEach((t) => {
    const on = t.getAttribute('data-tab') === name;
    if (on) found = true;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls') || '')!.hidden = !on;
    if (on && focus) t.focus();
  });
  if (!found) return selectTab('search', focus);
  const load = loaders[name];
  if (load) load();
  if (location.hash !== '#' + name && history.replaceState) history.replaceState(null, '', '#' + name);
}

/** Wires clicks and arrow keys. */
export function initTabs(): void {
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => { selectTab(t.getAttribute('data-tab') || '', false); });
    t.addEventListener('keydown', (e) => {
      const j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -2;
      if (j === -2) return;
      e.preventDefault();
      selectTab(tabs[(j + tabs.length) % tabs.length]!.getAttribute('data-tab') || '', true);
    });
  });
}
