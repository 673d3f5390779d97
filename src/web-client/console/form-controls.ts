/**
 * The eligibility form's controls, built from the field tables, and the facts read back from
 * them: a blank control is a fact not given (never a default), "none" boxes are explicit.
 */
import { baked, pairs } from './baked.js';
import { el } from '../common/dom.js';
import type { Field } from './fields.js';

type Control = HTMLInputElement | HTMLSelectElement;

function fieldId(path: string): string { return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-'); }

function control(f: Field, path: string): Control {
  const id = fieldId(path);
  let c: Control;
  if (f.t === 'tri' || f.t === 'select') {
    const s = el('select', { id });
    s.appendChild(el('option', { value: '' }, '未填'));
    (f.t === 'tri' ? [['true', '是'], ['false', '否']] as const : f.o || []).forEach((o) => { s.appendChild(el('option', { value: o[0] }, o[1])); });
    c = s;
  } else if (f.t === 'text') {
    c = el('input', { id, type: 'text', maxlength: '100' });
  } else {
    c = el('input', { id, type: 'number', inputmode: f.t === 'int' ? 'numeric' : 'decimal', min: '0', step: f.t === 'int' ? '1' : 'any' });
    if (f.t === 'pct') c.setAttribute('max', '100');
  }
  c.setAttribute('data-path', path);
  c.setAttribute('data-kind', f.t);
  return c;
}

function fieldBox(f: Field, path: string): HTMLElement {
  const box = el('div', { 'class': 'field' });
  const c = control(f, path);
  box.appendChild(el('label', { 'for': c.id }, f.label));
  box.appendChild(c);
  if (f.t === 'numOrNone') {
    const none = el('input', { type: 'checkbox', id: c.id + '-none', 'data-none-for': path });
    const lab = el('label', { 'for': none.id, 'class': 'check' });
    lab.appendChild(none); lab.appendChild(document.createTextNode(f.none || ''));
    none.addEventListener('change', () => { c.disabled = none.checked; if (none.checked) c.value = ''; });
    box.appendChild(lab);
  }
  return box;
}

function rowsBox(f: Field): HTMLElement {
  const cols = f.cols || [];
  const fs = el('fieldset', { 'class': 'rows', 'data-rows': f.k });
  fs.appendChild(el('legend', null, f.label));
  const list = el('div');
  fs.appendChild(list);
  function renumber() {
    [].forEach.call(list.children, (row: HTMLElement, i: number) => {
      row.setAttribute('data-index', String(i));
      [].forEach.call(row.querySelectorAll('[data-path]'), (c: Control) => {
        const path = f.k + '[' + i + '].' + c.getAttribute('data-col');
        const lab = row.querySelector('label[for="' + c.id + '"]');
        c.setAttribute('data-path', path);
        c.id = fieldId(path);
        if (lab) lab.setAttribute('for', c.id);
      });
    });
  }
  function addRow(): HTMLElement {
    const i = list.children.length;
    const row = el('div', { 'class': 'row', 'data-row': f.k });
    cols.forEach((col) => {
      const b = fieldBox(col, f.k + '[' + i + '].' + col.k);
      b.querySelector('[data-path]')!.setAttribute('data-col', col.k);
      row.appendChild(b);
    });
    const rm = el('button', { type: 'button', 'class': 'small', 'aria-label': '删除这一行' }, '删除');
    rm.addEventListener('click', () => { list.removeChild(row); renumber(); });
    row.appendChild(rm);
    list.appendChild(row);
    return row;
  }
  const add = el('button', { type: 'button', 'class': 'small', 'data-add-row': f.k }, '＋ 添加一行');
  add.addEventListener('click', () => { const r = addRow(); r.querySelector<HTMLElement>('[data-path]')!.focus(); });
  fs.appendChild(add);
  addRow();
  if (f.none) {
    // "Never had one" is an answer of its own (an empty list), not the same as leaving it blank.
    const none = el('input', { type: 'checkbox', id: fieldId(f.k) + '-none', 'data-none-rows': f.k });
    const lab = el('label', { 'for': none.id, 'class': 'check' });
    lab.appendChild(none); lab.appendChild(document.createTextNode(f.none));
    none.addEventListener('change', () => {
      list.hidden = none.checked; add.hidden = none.checked;
      [].forEach.call(list.querySelectorAll('[data-path]'), (c: Control) => { c.disabled = none.checked; });
    });
    fs.insertBefore(lab, list);
  }
  return fs;
}

/** The fieldset of one applicant type: person groups first, then the grid of single facts, then the row tables. */
export function specFieldset(spec: Field[], type: string, legend: string): HTMLElement {
  const fs = el('fieldset', { 'data-applicant': type });
  fs.appendChild(el('legend', null, legend));
  const grid = el('div', { 'class': 'fields' });
  const later: HTMLElement[] = [];
  spec.forEach((f) => {
    if (f.t === 'groups') {
      const g = el('fieldset', { 'class': 'groups' });
      g.appendChild(el('legend', null, f.label));
      const checks = el('div', { 'class': 'checks' });
      pairs(baked.personGroups).forEach((o) => {
        const lab = el('label', { 'class': 'check' });
        const cb = el('input', { type: 'checkbox', value: o[0], 'data-group': o[0], name: 'groups' });
        lab.appendChild(cb); lab.appendChild(document.createTextNode(o[1]));
        checks.appendChild(lab);
      });
      g.appendChild(checks);
      later.unshift(g);
    } else if (f.t === 'rows') {
      later.push(rowsBox(f));
    } else {
      grid.appendChild(fieldBox(f, f.k));
    }
  });
  later.forEach((x) => { if (x.className === 'groups') fs.appendChild(x); });
  fs.appendChild(grid);
  later.forEach((x) => { if (x.className !== 'groups') fs.appendChild(x); });
  return fs;
}

function readControl(c: Control): unknown {
  const kind = c.getAttribute('data-kind'), v = c.value;
  if (c.disabled && kind === 'numOrNone') return null;
  if (v === '' || v === undefined) return undefined;
  if (kind === 'tri') return v === 'true';
  if (kind === 'select') return v === 'null' ? null : v;
  if (kind === 'text') return v.trim() || undefined;
  const n = Number(v);
  if (kind === 'pct') return Math.round(n * 100) / 10000;
  return n;
}

/** The facts filled in `fs`, by the request's field names (the server validates them). */
export function collect(fs: Element, spec: Field[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  spec.forEach((f) => {
    if (f.t === 'groups') {
      const g = [].filter.call(fs.querySelectorAll('input[data-group]'), (cb: HTMLInputElement) => cb.checked).map((cb: HTMLInputElement) => cb.value);
      if (g.length) out['groups'] = g;
    } else if (f.t === 'rows') {
      const noneBox = fs.querySelector<HTMLInputElement>('[data-none-rows="' + f.k + '"]');
      if (noneBox && noneBox.checked) { out[f.k] = []; return; }
      const rows: Array<Record<string, unknown>> = [];
      [].forEach.call(fs.querySelectorAll('[data-row="' + f.k + '"]'), (row: Element) => {
        const item: Record<string, unknown> = {};
        let any = false;
        [].forEach.call(row.querySelectorAll('[data-path]'), (c: Control) => {
          const v = readControl(c);
          if (v !== undefined) { item[c.getAttribute('data-col') || ''] = v; any = true; }
        });
        if (any) rows.push(item);
      });
      if (rows.length) out[f.k] = rows;
    } else {
      const c = fs.querySelector<Control>('[data-path="' + f.k + '"]');
      const v = c ? readControl(c) : undefined;
      if (v !== undefined) out[f.k] = v;
    }
  });
  return out;
}
