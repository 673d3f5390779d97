/** The programmes tab: the sixteen special training programmes with their targets and responsible units. */
import type { ProgramsResponse } from '../api.js';
import { clauseName, el } from '../common/dom.js';
import { api } from './api.js';
import { loadCatalogue } from './catalogue.js';
import { docYears } from './reply-text.js';
import { loaders } from './tabs.js';

type Program = ProgramsResponse['programs'][number];

function targetsText(p: Program): string {
  const parts = (Array.isArray(p.targets) ? p.targets : []).map((x) => (x.label || '') + ' ' + x.value + (x.unit || ''));
  const share = p.skillUpgradeShare;
  if (share !== undefined && share !== null) parts.push('其中技能提升培训占比 ' + Math.round(share * 100) + '% 以上');
  const hs = p.newHighSkillTalent;
  if (hs !== undefined && hs !== null) parts.push('新培养高技能人才 ' + hs + ' 人以上');
  return parts.length ? parts.join('；') : '—';
}

/** The tab loads the table when first opened (again after a failure). */
export function initPrograms(): void {
  let programsLoaded = false;
  loaders['programs'] = () => {
    if (programsLoaded) return;
    programsLoaded = true;
    const out = document.getElementById('programs-out')!;
    // The catalogue names the document (its years head the table); it never rejects.
    Promise.all([api<ProgramsResponse>('/api/programs'), loadCatalogue()]).then(([data]) => {
      const list = data.programs || [];
      out.textContent = '';
      const table = el('table', { 'data-console': 'program-list' });
      const years = docYears();
      table.appendChild(el('caption', { 'class': 'hint' }, list.length + ' 项专项培训计划（' + (years ? years + ' 年' : '') + '目标与责任单位）'));
      const thead = el('thead'), tr = el('tr');
      ['条款', '专项计划', '三年目标', '责任单位'].forEach((h) => { tr.appendChild(el('th', { scope: 'col' }, h)); });
      thead.appendChild(tr); table.appendChild(thead);
      const tbody = el('tbody');
      list.forEach((p) => {
        const row = el('tr', { 'data-console': 'program' });
        row.appendChild(el('td', null, clauseName(p.clause || '')));
        row.appendChild(el('td', null, p.title || p.name || ''));
        row.appendChild(el('td', null, targetsText(p)));
        const units = p.responsibleUnits || [];
        row.appendChild(el('td', null, units.join('、')));
        tbody.appendChild(row);
      });
      table.appendChild(tbody);
      out.appendChild(table);
    }, (err: Error) => {
      programsLoaded = false;
      out.textContent = '';
      out.appendChild(el('p', { 'class': 'error' }, '专项计划载入失败：' + err.message));
    });
  };
}
