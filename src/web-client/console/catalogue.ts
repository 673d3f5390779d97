/**
 * The rule catalogue (/api/subsidies): titles, audiences and the facts each rule reads. The
 * console names no rule id itself, so rules the engine adds show up here on their own.
 */
import type { EligibilityRequest, SubsidiesResponse } from '../api.js';
import { el } from '../common/dom.js';
import { api } from './api.js';
import { TITLES } from './clause-labels.js';
import { FACT_LABELS } from './labels.js';
import { setMainDocument } from './reply-text.js';

type Rule = SubsidiesResponse['subsidies'][number];
type Audience = Rule['audience'];
type Applicant = EligibilityRequest['applicant'];

let RULES: Rule[] = [];
let catalogue: Promise<void> | null = null;

function eligForm(): HTMLFormElement {
  return document.getElementById('elig-form') as HTMLFormElement;
}

/** Loads the catalogue once (again after a failure) and adds the 咨询事项 choices to the form. */
export function loadCatalogue(): Promise<void> {
  if (!catalogue) catalogue = api<SubsidiesResponse>('/api/subsidies').then((data) => {
    RULES = data.subsidies || [];
    setMainDocument(data.policy);
    RULES.forEach((r) => {
      (r.facts || []).forEach((f) => { if (f.label) FACT_LABELS[f.path] = f.label; });
      (r.clauseTexts || []).forEach((c) => { if (c.title && !TITLES[c.clause]) TITLES[c.clause] = c.title; });
    });
    buildAskAbout();
  }, () => { catalogue = null; });
  return catalogue;
}

/* A fact filled in, by the catalogue's path form: hires[0].count → hires[].count. */
function filledPaths(applicant: Applicant): string[] {
  const out: string[] = [];
  const facts = applicant as unknown as Record<string, unknown>;
  Object.keys(facts).forEach((k) => {
    const v = facts[k];
    if (k === 'type') return;
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') v.forEach((row: object) => { Object.keys(row).forEach((c) => { out.push(k + '[].' + c); }); });
    out.push(k);
  });
  return out;
}

/*
 * The rules the caller asked about: the ones ticked under 咨询事项, else those reading a fact
 * filled in that few rules of this audience read (单位类型 concerns every rule; 学徒人数 only one).
 */
export function askedAbout(type: Audience, applicant: Applicant): string[] {
  const boxes = eligForm().querySelectorAll<HTMLInputElement>('input[data-ask-rule][data-audience="' + type + '"]');
  const ticked = [].filter.call(boxes, (cb: HTMLInputElement) => cb.checked).map((cb: HTMLInputElement) => cb.value);
  if (ticked.length) return ticked;
  const mine = RULES.filter((r) => r.audience === type);
  const readers: Record<string, number> = {};
  mine.forEach((r) => { (r.reads || []).forEach((p) => { readers[p] = (readers[p] || 0) + 1; }); });
  const filled = filledPaths(applicant);
  return mine.filter((r) =>
    (r.reads || []).some((p) => filled.indexOf(p) >= 0 && readers[p]! * 2 < mine.length),
  ).map((r) => r.id);
}

function buildAskAbout(): void {
  const form = eligForm();
  (['person', 'employer'] as const).forEach((type) => {
    const fs = form.querySelector('fieldset[data-applicant="' + type + '"]');
    if (!fs || fs.querySelector('.ask-about')) return;
    const box = el('fieldset', { 'class': 'ask-about' });
    box.appendChild(el('legend', null, '咨询事项（可不选；选了就排在最前面）'));
    const checks = el('div', { 'class': 'checks' });
    RULES.filter((r) => r.audience === type).forEach((r) => {
      const lab = el('label', { 'class': 'check' });
      lab.appendChild(el('input', { type: 'checkbox', value: r.id, 'data-ask-rule': r.id, 'data-audience': type }));
      lab.appendChild(document.createTextNode(r.title));
      checks.appendChild(lab);
    });
    box.appendChild(checks);
    fs.insertBefore(box, fs.children[1] || null);
  });
}
