/** The eligibility tab's form: applicant type, date, every fact; submitted to /api/eligibility. */
import type { EligibilityRequest, EligibilityResponse } from '../api.js';
import { el } from '../common/dom.js';
import { api, type ApiFailure } from './api.js';
import { askedAbout, loadCatalogue } from './catalogue.js';
import { EMPLOYER, PERSON } from './fields.js';
import { collect, specFieldset } from './form-controls.js';
import { labelFor } from './labels.js';
import { renderEligibility } from './results.js';

type Audience = EligibilityRequest['applicant']['type'];

/** Builds the form and wires its submit. */
export function initEligibilityForm(): void {
  const form = document.getElementById('elig-form') as HTMLFormElement;
  const eligOut = document.getElementById('elig-out')!;
  function currentType(): Audience {
    const r = form.querySelector<HTMLInputElement>('input[name=applicant-type]:checked');
    return r && r.value === 'employer' ? 'employer' : 'person';
  }
  function syncType() {
    const t = currentType();
    [].forEach.call(form.querySelectorAll('fieldset[data-applicant]'), (fs: HTMLElement) => { fs.hidden = fs.getAttribute('data-applicant') !== t; });
  }

  const sw = el('fieldset', { 'class': 'type-switch' });
  sw.appendChild(el('legend', null, '申请人'));
  ([['person', '个人'], ['employer', '用人单位 / 培训机构']] as const).forEach((o, i) => {
    const lab = el('label', { 'class': 'check' });
    const r = el('input', { type: 'radio', name: 'applicant-type', value: o[0], 'data-console': 'applicant-type' });
    if (i === 0) r.checked = true;
    r.addEventListener('change', syncType);
    lab.appendChild(r); lab.appendChild(document.createTextNode(o[1]));
    sw.appendChild(lab);
  });
  const dateBox = el('div', { 'class': 'field' });
  dateBox.appendChild(el('label', { 'for': 'f-asOf' }, '测算日期（默认今天）'));
  dateBox.appendChild(el('input', { id: 'f-asOf', type: 'date', 'data-path': 'asOf' }));
  sw.appendChild(dateBox);
  form.appendChild(sw);
  form.appendChild(specFieldset(PERSON, 'person', '个人情况（不清楚的可不填，系统会指出还缺哪些信息）'));
  form.appendChild(specFieldset(EMPLOYER, 'employer', '单位情况（不清楚的可不填，系统会指出还缺哪些信息）'));
  const act = el('div', { 'class': 'form-actions' });
  act.appendChild(el('button', { type: 'submit', 'class': 'primary', 'data-console': 'eligibility-submit' }, '测算'));
  act.appendChild(el('button', { type: 'reset', 'class': 'small' }, '清空'));
  form.appendChild(act);
  form.addEventListener('reset', () => { setTimeout(() => { syncType(); eligOut.textContent = ''; }, 0); });
  syncType();

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const t = currentType();
    const fs = form.querySelector('fieldset[data-applicant="' + t + '"]')!;
    // The server validates the facts; the form only collects what was filled in.
    const applicant = { ...collect(fs, t === 'person' ? PERSON : EMPLOYER), type: t } as EligibilityRequest['applicant'];
    const body: EligibilityRequest = { applicant };
    const asOf = (document.getElementById('f-asOf') as HTMLInputElement).value;
    if (asOf) body.asOf = asOf;
    [].forEach.call(form.querySelectorAll('[aria-invalid]'), (c: Element) => { c.removeAttribute('aria-invalid'); });
    eligOut.textContent = '';
    eligOut.appendChild(el('p', { 'class': 'hint' }, '正在测算…'));
    Promise.all([api<EligibilityResponse>('/api/eligibility', { body }), loadCatalogue()]).then((all) => {
      renderEligibility(eligOut, all[0], askedAbout(t, applicant));
    }, (err: ApiFailure) => {
      eligOut.textContent = '';
      const box = el('div', { 'class': 'error', role: 'alert', 'data-console': 'eligibility-error' });
      box.appendChild(el('p', null, '请检查填写：' + err.message));
      const fields = (err.body && err.body.error && err.body.error.fields) || [];
      if (fields.length) {
        const ul = el('ul');
        fields.forEach((f) => {
          ul.appendChild(el('li', null, labelFor(f.path) + '：' + f.message));
          const p = String(f.path).replace(/^applicant\./, '');
          const c = fs.querySelector('[data-path="' + p + '"]') || form.querySelector('[data-path="' + p + '"]');
          if (c) c.setAttribute('aria-invalid', 'true');
        });
        box.appendChild(ul);
      }
      eligOut.appendChild(box);
    });
  });
}
