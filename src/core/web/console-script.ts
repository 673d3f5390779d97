/**
 * The staff console's behaviour, served at `/assets/console.js` (same origin, so the strict
 * CSP of the console page holds). Plain JavaScript text for the same reason as the widget:
 * it is served by the runtime-neutral core with no bundler. No backtick and no "${" inside.
 *
 * It only calls the public API (search, eligibility, ask, programs) and `/api/clauses`;
 * same-origin fetches carry the console cookie, so a configured staff token covers them.
 * Nothing here needs a language model: answers are extractive when none is configured.
 */
export const CONSOLE_JS = String.raw`(function () {
'use strict';
var d = document;
function $(sel, root) { return (root || d).querySelector(sel); }
function el(tag, attrs, text) {
  var n = d.createElement(tag);
  if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) n.setAttribute(k, attrs[k]);
  if (text !== undefined && text !== null) n.textContent = String(text);
  return n;
}
function api(path, opts) {
  opts = opts || {};
  var headers = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(path, {
    method: opts.body !== undefined ? 'POST' : 'GET',
    headers: headers,
    credentials: 'same-origin',
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined
  }).then(function (r) {
    if (r.status === 401) { location.href = '/console'; throw new Error('请重新登录'); }
    return r.json().then(function (b) {
      if (!r.ok) { var e = new Error((b && b.error && b.error.message) || ('HTTP ' + r.status)); e.body = b; throw e; }
      return b;
    }, function () { throw new Error('服务返回了无法识别的内容（HTTP ' + r.status + '）'); });
  });
}
var DOC_NAME = '《郑州市职业技能提升行动实施方案（2019—2021年）》（郑政办〔2019〕63号）';
function clauseName(id) { return { head: '文头', preamble: '序言', tail: '文尾' }[id] || id; }

function copyText(text, btn) {
  var label = btn.textContent;
  function done(msg) { btn.textContent = msg; setTimeout(function () { btn.textContent = label; }, 1800); }
  function fallback() {
    var ta = el('textarea', { 'aria-hidden': 'true' });
    ta.value = text;
    ta.style.position = 'fixed'; ta.style.top = '0'; ta.style.opacity = '0';
    d.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = d.execCommand('copy'); } catch (e) { ok = false; }
    d.body.removeChild(ta);
    btn.focus();
    done(ok ? '已复制' : '请手动选择复制');
  }
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done('已复制'); }, fallback);
  else fallback();
}
function copyBox(text, hook) {
  var box = el('div', { 'class': 'copy-box' });
  var id = 'copy-' + Math.random().toString(36).slice(2, 8);
  box.appendChild(el('label', { 'for': id, 'class': 'big-label' }, '可直接发送给群众的答复'));
  var ta = el('textarea', { id: id, readonly: '', 'data-console': hook || 'copy-text' });
  ta.value = text;
  box.appendChild(ta);
  var act = el('div', { 'class': 'actions' });
  var btn = el('button', { type: 'button', 'class': 'primary', 'data-console': 'copy' }, '一键复制答复');
  btn.addEventListener('click', function () { copyText(ta.value, btn); });
  act.appendChild(btn);
  box.appendChild(act);
  return box;
}

/* ---------------- tabs ---------------- */
var tabs = [].slice.call(d.querySelectorAll('[role=tab]'));
var loaders = {};
function selectTab(name, focus) {
  var found = false;
  tabs.forEach(function (t) {
    var on = t.getAttribute('data-tab') === name;
    if (on) found = true;
    t.setAttribute('aria-selected', on ? 'true' : 'false');
    t.tabIndex = on ? 0 : -1;
    d.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) t.focus();
  });
  if (!found) return selectTab('search', focus);
  if (loaders[name]) loaders[name]();
  if (location.hash !== '#' + name && history.replaceState) history.replaceState(null, '', '#' + name);
}
tabs.forEach(function (t, i) {
  t.addEventListener('click', function () { selectTab(t.getAttribute('data-tab'), false); });
  t.addEventListener('keydown', function (e) {
    var j = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -2;
    if (j === -2) return;
    e.preventDefault();
    selectTab(tabs[(j + tabs.length) % tabs.length].getAttribute('data-tab'), true);
  });
});

/* ---------------- search ---------------- */
function highlight(text, query) {
  var mask = new Array(text.length);
  var terms = query.split(/[\s,，。、；;:：?？!！]+/).filter(Boolean);
  terms.forEach(function (t) {
    var parts = text.indexOf(t) >= 0 || t.length < 3 ? [t] : [];
    if (!parts.length) for (var i = 0; i + 2 <= t.length; i++) parts.push(t.slice(i, i + 2));
    parts.forEach(function (p) {
      var at = text.indexOf(p);
      while (at >= 0) { for (var k = at; k < at + p.length; k++) mask[k] = true; at = text.indexOf(p, at + p.length); }
    });
  });
  var frag = d.createDocumentFragment();
  var start = 0;
  for (var i = 1; i <= text.length; i++) {
    if (i === text.length || !!mask[i] !== !!mask[start]) {
      var piece = text.slice(start, i);
      frag.appendChild(mask[start] ? el('mark', null, piece) : d.createTextNode(piece));
      start = i;
    }
  }
  return frag;
}
var qInput = $('#search-q'), qStatus = $('#search-status'), qList = $('[data-console=search-results]');
var qTimer = null, qSeq = 0;
qInput.addEventListener('input', function () { clearTimeout(qTimer); qTimer = setTimeout(runSearch, 200); });
qInput.addEventListener('keydown', function (e) { if (e.key === 'Enter') { clearTimeout(qTimer); runSearch(); } });
function runSearch() {
  var q = qInput.value.trim();
  var mine = ++qSeq;
  if (!q) { qList.textContent = ''; qStatus.textContent = ''; return; }
  qStatus.textContent = '检索中…';
  api('/api/search?k=10&q=' + encodeURIComponent(q)).then(function (data) {
    if (mine !== qSeq) return;
    var hits = data.hits || [];
    qList.textContent = '';
    qStatus.textContent = hits.length ? '找到 ' + hits.length + ' 条相关条文' + (data.tookMs !== undefined ? '（' + data.tookMs + ' 毫秒）' : '') : '没有找到相关条文，换个说法试试。';
    hits.forEach(function (h) { qList.appendChild(renderHit(h, q)); });
  }, function (err) {
    if (mine === qSeq) qStatus.textContent = '检索失败：' + err.message;
  });
}
function renderHit(h, q) {
  var li = el('li', { 'class': 'hit', 'data-console': 'search-hit', 'data-clause': h.clause });
  var head = el('div', { 'class': 'hit-head' });
  head.appendChild(el('span', { 'class': 'badge' }, clauseName(h.clause)));
  head.appendChild(el('span', { 'class': 'path', 'data-console': 'hit-path' }, (h.path || []).join(' › ')));
  li.appendChild(head);
  var text = el('div', { 'class': 'text', 'data-console': 'hit-text' });
  text.appendChild(highlight(h.text || '', q));
  li.appendChild(text);
  var act = el('div', { 'class': 'actions' });
  var view = el('button', { type: 'button' }, '在全文中查看');
  view.addEventListener('click', function () { showClause(h.docId, h.clause); });
  var copy = el('button', { type: 'button' }, '复制条文');
  copy.addEventListener('click', function () { copyText(DOC_NAME + clauseName(h.clause) + '：' + h.text, copy); });
  act.appendChild(view); act.appendChild(copy);
  li.appendChild(act);
  return li;
}

/* ---------------- clause viewer ---------------- */
var clausesLoaded = null;
loaders.clauses = function () { return loadClauses(); };
function loadClauses() {
  if (clausesLoaded) return clausesLoaded;
  var doc = $('#doc'), toc = $('#toc');
  clausesLoaded = api('/api/clauses').then(function (data) {
    doc.textContent = ''; toc.textContent = '';
    (data.clauses || []).forEach(function (c) {
      var id = 'clause-' + c.ordinal + '-' + String(c.docId).replace(/[^A-Za-z0-9_-]/g, '');
      var art = el('article', { id: id, tabindex: '-1', 'data-console': 'clause', 'data-clause': c.clause, 'data-doc': c.docId });
      art.appendChild(el('h3', null, clauseName(c.clause) + (c.title ? '　' + c.title : '')));
      if (c.path && c.path.length) art.appendChild(el('div', { 'class': 'path' }, c.path.join(' › ')));
      art.appendChild(el('div', { 'class': 'text' }, c.text));
      doc.appendChild(art);
      var a = el('a', { href: '#' + id }, clauseName(c.clause) + ' ' + (c.title || ''));
      a.addEventListener('click', function (e) { e.preventDefault(); focusArticle(art); });
      toc.appendChild(a);
    });
    if (!doc.firstChild) doc.appendChild(el('p', { 'class': 'hint' }, '尚未导入任何条文。'));
  }, function (err) {
    clausesLoaded = null;
    doc.textContent = '';
    doc.appendChild(el('p', { 'class': 'error' }, '全文载入失败：' + err.message));
  });
  return clausesLoaded;
}
function focusArticle(art) {
  [].forEach.call(d.querySelectorAll('article.flash'), function (x) { x.classList.remove('flash'); });
  art.classList.add('flash');
  art.scrollIntoView({ block: 'start' });
  art.focus({ preventScroll: true });
}
function showClause(docId, clause) {
  selectTab('clauses', false);
  loadClauses().then(function () {
    var arts = d.querySelectorAll('article[data-console=clause]');
    for (var i = 0; i < arts.length; i++) {
      if (arts[i].getAttribute('data-clause') === clause && (!docId || arts[i].getAttribute('data-doc') === docId)) { focusArticle(arts[i]); return; }
    }
  });
}

/* ---------------- programmes ---------------- */
var programsLoaded = false;
loaders.programs = function () {
  if (programsLoaded) return;
  programsLoaded = true;
  var out = $('#programs-out');
  api('/api/programs').then(function (data) {
    var list = Array.isArray(data) ? data : (data.programs || data.items || []);
    out.textContent = '';
    var table = el('table', { 'data-console': 'program-list' });
    table.appendChild(el('caption', { 'class': 'hint' }, '第三部分 16 项专项培训计划（2019—2021 年三年目标与责任单位）'));
    var thead = el('thead'), tr = el('tr');
    ['条款', '专项计划', '三年目标', '责任单位'].forEach(function (h) { tr.appendChild(el('th', { scope: 'col' }, h)); });
    thead.appendChild(tr); table.appendChild(thead);
    var tbody = el('tbody');
    list.forEach(function (p) {
      var row = el('tr', { 'data-console': 'program' });
      row.appendChild(el('td', null, clauseName(p.clause || '')));
      row.appendChild(el('td', null, p.title || p.name || ''));
      row.appendChild(el('td', null, targetsText(p)));
      var units = p.responsibleUnits || (p.facts && p.facts.responsibleUnits) || [];
      row.appendChild(el('td', null, Array.isArray(units) ? units.join('、') : String(units)));
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    out.appendChild(table);
  }, function (err) {
    programsLoaded = false;
    out.textContent = '';
    out.appendChild(el('p', { 'class': 'error' }, '专项计划载入失败：' + err.message));
  });
};
function targetsText(p) {
  var t = p.targets || (p.facts && p.facts.targets) || [];
  var parts = (Array.isArray(t) ? t : []).map(function (x) {
    return typeof x === 'string' ? x : (x.label || '') + ' ' + x.value + (x.unit || '');
  });
  var share = p.skillUpgradeShare !== undefined ? p.skillUpgradeShare : p.facts && p.facts.skillUpgradeShare;
  if (share !== undefined && share !== null) parts.push('其中技能提升培训占比 ' + Math.round(share * 100) + '% 以上');
  var hs = p.newHighSkillTalent !== undefined ? p.newHighSkillTalent : p.facts && p.facts.newHighSkillTalent;
  if (hs !== undefined && hs !== null) parts.push('新培养高技能人才 ' + hs + ' 人以上');
  return parts.length ? parts.join('；') : '—';
}

/* ---------------- ask (extractive without a model) ---------------- */
$('#ask-form').addEventListener('submit', function (e) {
  e.preventDefault();
  var q = $('#ask-q').value.trim();
  var out = $('#ask-out');
  if (!q) return;
  out.textContent = '';
  out.appendChild(el('p', { 'class': 'hint' }, '正在生成答复…'));
  api('/api/ask', { body: { question: q, channel: 'console' } }).then(function (res) {
    out.textContent = '';
    var card = el('div', { 'class': 'result ' + (res.answered === false ? 'needs_info' : 'eligible'), 'data-console': 'ask-answer' });
    card.appendChild(el('div', { 'class': 'text' }, res.answer));
    (res.citations || []).forEach(function (c) {
      card.appendChild(el('blockquote', { 'class': 'cite' }, clauseName(c.clause) + '：' + c.quote));
    });
    if (res.mode) card.appendChild(el('p', { 'class': 'hint' }, res.mode === 'llm' ? '由大模型依据原文组织语言' : '按原文摘录作答（未使用大模型）'));
    out.appendChild(card);
    var lines = [res.answer];
    if (res.citations && res.citations.length) lines.push('依据：' + DOC_NAME + ' ' + res.citations.map(function (c) { return clauseName(c.clause); }).join('、'));
    out.appendChild(copyBox(lines.join('\n')));
  }, function (err) {
    out.textContent = '';
    out.appendChild(el('p', { 'class': 'error', role: 'alert' }, '生成失败：' + err.message));
  });
});

/* ---------------- eligibility form: every fact of the contract ---------------- */
var GROUPS = [['poor_labor', '建档立卡贫困劳动力'], ['rural_migrant', '农村转移就业劳动者'], ['two_after', '“两后生”'],
  ['unemployed_graduate', '离校未就业高校毕业生'], ['veteran', '退役军人'], ['employment_difficulty', '就业困难人员'],
  ['disabled', '残疾人'], ['registered_unemployed', '城镇登记失业人员'], ['zero_employment_family', '零就业家庭成员'],
  ['laid_off_overcapacity', '去产能失业人员'], ['employee', '企业职工'], ['poor_family_student', '贫困家庭学生']];
var PERSON = [
  { k: 'groups', t: 'groups', label: '人员类别（可多选）' },
  { k: 'trainingPlace', t: 'select', label: '培训地点', o: [['household', '户籍地'], ['residence', '常住地'], ['job_seeking', '求职就业地'], ['other', '其他地方']] },
  { k: 'certificate', t: 'tri', label: '培训后取得相应证书' },
  { k: 'subsidizedTrainingsThisYear', t: 'int', label: '本年度已享受培训补贴次数' },
  { k: 'occupation', t: 'text', label: '本次培训工种' },
  { k: 'level', t: 'text', label: '本次培训等级' },
  { k: 'institutionInSystem', t: 'tri', label: '培训机构已在省培训信息系统登记' },
  { k: 'monthlyPension', t: 'tri', label: '按月领取（或有资格领取）养老金' },
  { k: 'wantsToStartBusiness', t: 'tri', label: '有创业愿望' },
  { k: 'businessYears', t: 'numOrNone', label: '本人小微企业已开业年数', none: '本人没有开办企业' },
  { k: 'student', t: 'select', label: '在校生或毕业生', o: [['college', '普通高校'], ['vocational', '职业院校'], ['technical', '技工院校'], ['null', '都不是']] },
  { k: 'previousSubsidies', t: 'rows', label: '以前享受过补贴的培训（每次一行）', cols: [
    { k: 'occupation', t: 'text', label: '工种' }, { k: 'level', t: 'text', label: '等级' }] }
];
var EMPLOYER = [
  { k: 'entity', t: 'select', label: '单位类型', o: [['enterprise', '企业'], ['farmer_cooperative', '农民专业合作社'], ['poverty_workshop', '扶贫车间'], ['training_institution', '培训机构'], ['vocational_school', '职业院校']] },
  { k: 'insured', t: 'tri', label: '依法参加社会保险（参保企业）' },
  { k: 'payrollYuan', t: 'num', label: '年度工资薪金总额（元）' },
  { k: 'educationFundYuan', t: 'num', label: '年度提取职工教育经费（元）' },
  { k: 'frontlineShareOfFund', t: 'pct', label: '教育经费用于一线职工的比例（%）' },
  { k: 'apprentices', t: 'int', label: '培训企业新型学徒人数' },
  { k: 'projectTraining', t: 'tri', label: '开展企业或项目制培训' },
  { k: 'trainingSubsidyYuan', t: 'num', label: '项目培训补贴总额（元）' },
  { k: 'hires', t: 'rows', label: '吸纳就业人员（每类人员一行）', cols: [
    { k: 'group', t: 'select', label: '人员类别', o: GROUPS }, { k: 'count', t: 'int', label: '人数' },
    { k: 'monthsEmployed', t: 'num', label: '已就业月数' }, { k: 'onJobTrainingMonths', t: 'int', label: '以工代训月数' },
    { k: 'preJobTrainingSubsidy', t: 'tri', label: '已领岗前培训补贴' }] },
  { k: 'equipment', t: 'rows', label: '新购培训设备（每件一行）', cols: [
    { k: 'kind', t: 'select', label: '用于', o: [['high_skill_base', '高技能人才培训基地'], ['master_studio', '技能大师工作室']] },
    { k: 'valueYuan', t: 'num', label: '设备价值（元）' }, { k: 'fromEducationFund', t: 'tri', label: '从职工教育经费列支' },
    { k: 'accepted', t: 'tri', label: '已通过人社、财政验收' }] }
];
var LABELS = {};
[PERSON, EMPLOYER].forEach(function (spec) {
  spec.forEach(function (f) {
    LABELS[f.k] = f.label;
    (f.cols || []).forEach(function (c) { LABELS[f.k + '.' + c.k] = c.label; });
  });
});
function labelFor(path) {
  var p = String(path).replace(/^applicant\./, '');
  var m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(p);
  if (m) return (LABELS[m[1]] || m[1]).replace(/（.*$/, '') + ' 第 ' + (Number(m[2]) + 1) + ' 行：' + (LABELS[m[1] + '.' + m[3]] || m[3]);
  return LABELS[p] || p;
}
function fieldId(path) { return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-'); }

function control(f, path) {
  var id = fieldId(path), c;
  if (f.t === 'tri' || f.t === 'select') {
    c = el('select', { id: id });
    c.appendChild(el('option', { value: '' }, '未填'));
    (f.t === 'tri' ? [['true', '是'], ['false', '否']] : f.o).forEach(function (o) { c.appendChild(el('option', { value: o[0] }, o[1])); });
  } else if (f.t === 'text') {
    c = el('input', { id: id, type: 'text', maxlength: '100' });
  } else {
    c = el('input', { id: id, type: 'number', inputmode: f.t === 'int' ? 'numeric' : 'decimal', min: '0', step: f.t === 'int' ? '1' : 'any' });
    if (f.t === 'pct') c.setAttribute('max', '100');
  }
  c.setAttribute('data-path', path);
  c.setAttribute('data-kind', f.t);
  return c;
}
function fieldBox(f, path) {
  var box = el('div', { 'class': 'field' });
  var c = control(f, path);
  box.appendChild(el('label', { 'for': c.id }, f.label));
  box.appendChild(c);
  if (f.t === 'numOrNone') {
    var none = el('input', { type: 'checkbox', id: c.id + '-none', 'data-none-for': path });
    var lab = el('label', { 'for': none.id, 'class': 'inline' });
    lab.appendChild(none); lab.appendChild(d.createTextNode(' ' + f.none));
    none.addEventListener('change', function () { c.disabled = none.checked; if (none.checked) c.value = ''; });
    box.appendChild(lab);
  }
  return box;
}
function rowsBox(f) {
  var fs = el('fieldset', { 'class': 'rows', 'data-rows': f.k });
  fs.appendChild(el('legend', null, f.label));
  var list = el('div');
  fs.appendChild(list);
  function renumber() {
    [].forEach.call(list.children, function (row, i) {
      row.setAttribute('data-index', String(i));
      [].forEach.call(row.querySelectorAll('[data-path]'), function (c) {
        var path = f.k + '[' + i + '].' + c.getAttribute('data-col');
        var lab = row.querySelector('label[for="' + c.id + '"]');
        c.setAttribute('data-path', path);
        c.id = fieldId(path);
        if (lab) lab.setAttribute('for', c.id);
      });
    });
  }
  function addRow() {
    var i = list.children.length;
    var row = el('div', { 'class': 'row', 'data-row': f.k });
    f.cols.forEach(function (col) {
      var b = fieldBox(col, f.k + '[' + i + '].' + col.k);
      b.querySelector('[data-path]').setAttribute('data-col', col.k);
      row.appendChild(b);
    });
    var rm = el('button', { type: 'button', 'class': 'small', 'aria-label': '删除这一行' }, '删除');
    rm.addEventListener('click', function () { list.removeChild(row); renumber(); });
    row.appendChild(rm);
    list.appendChild(row);
    return row;
  }
  var add = el('button', { type: 'button', 'class': 'small', 'data-add-row': f.k }, '＋ 添加一行');
  add.addEventListener('click', function () { var r = addRow(); r.querySelector('[data-path]').focus(); });
  fs.appendChild(add);
  addRow();
  return fs;
}
function specFieldset(spec, type, legend) {
  var fs = el('fieldset', { 'data-applicant': type });
  fs.appendChild(el('legend', null, legend));
  var grid = el('div', { 'class': 'fields' });
  var later = [];
  spec.forEach(function (f) {
    if (f.t === 'groups') {
      var g = el('fieldset', { 'class': 'groups' });
      g.appendChild(el('legend', null, f.label));
      var checks = el('div', { 'class': 'checks' });
      GROUPS.forEach(function (o) {
        var lab = el('label');
        var cb = el('input', { type: 'checkbox', value: o[0], 'data-group': o[0], name: 'groups' });
        lab.appendChild(cb); lab.appendChild(d.createTextNode(o[1]));
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
  later.forEach(function (x) { if (x.className === 'groups') fs.appendChild(x); });
  fs.appendChild(grid);
  later.forEach(function (x) { if (x.className !== 'groups') fs.appendChild(x); });
  return fs;
}

function readControl(c) {
  var kind = c.getAttribute('data-kind'), v = c.value;
  if (c.disabled && kind === 'numOrNone') return null;
  if (v === '' || v === undefined) return undefined;
  if (kind === 'tri') return v === 'true';
  if (kind === 'select') return v === 'null' ? null : v;
  if (kind === 'text') return v.trim() || undefined;
  var n = Number(v);
  if (kind === 'pct') return Math.round(n * 100) / 10000;
  return n;
}
function collect(fs, spec) {
  var out = {};
  spec.forEach(function (f) {
    if (f.t === 'groups') {
      var g = [].filter.call(fs.querySelectorAll('input[data-group]'), function (cb) { return cb.checked; }).map(function (cb) { return cb.value; });
      if (g.length) out.groups = g;
    } else if (f.t === 'rows') {
      var rows = [];
      [].forEach.call(fs.querySelectorAll('[data-row="' + f.k + '"]'), function (row) {
        var item = {}, any = false;
        [].forEach.call(row.querySelectorAll('[data-path]'), function (c) {
          var v = readControl(c);
          if (v !== undefined) { item[c.getAttribute('data-col')] = v; any = true; }
        });
        if (any) rows.push(item);
      });
      if (rows.length) out[f.k] = rows;
    } else {
      var c = fs.querySelector('[data-path="' + f.k + '"]');
      var v = readControl(c);
      if (v !== undefined) out[f.k] = v;
    }
  });
  return out;
}

var form = $('#elig-form'), eligOut = $('#elig-out');
(function buildForm() {
  var sw = el('fieldset', { 'class': 'type-switch' });
  sw.appendChild(el('legend', null, '申请人'));
  [['person', '个人'], ['employer', '用人单位 / 培训机构']].forEach(function (o, i) {
    var lab = el('label');
    var r = el('input', { type: 'radio', name: 'applicant-type', value: o[0], 'data-console': 'applicant-type' });
    if (i === 0) r.checked = true;
    r.addEventListener('change', syncType);
    lab.appendChild(r); lab.appendChild(d.createTextNode(' ' + o[1]));
    sw.appendChild(lab);
  });
  var dateBox = el('div', { 'class': 'field' });
  dateBox.appendChild(el('label', { 'for': 'f-asOf' }, '测算日期（默认今天）'));
  dateBox.appendChild(el('input', { id: 'f-asOf', type: 'date', 'data-path': 'asOf' }));
  sw.appendChild(dateBox);
  form.appendChild(sw);
  form.appendChild(specFieldset(PERSON, 'person', '个人情况（不清楚的可不填，系统会指出还缺哪些信息）'));
  form.appendChild(specFieldset(EMPLOYER, 'employer', '单位情况（不清楚的可不填，系统会指出还缺哪些信息）'));
  var act = el('div', { 'class': 'form-actions' });
  act.appendChild(el('button', { type: 'submit', 'class': 'primary', 'data-console': 'eligibility-submit' }, '测算'));
  var reset = el('button', { type: 'reset', 'class': 'small' }, '清空');
  act.appendChild(reset);
  form.appendChild(act);
  form.addEventListener('reset', function () { setTimeout(function () { syncType(); eligOut.textContent = ''; }, 0); });
  syncType();
})();
function currentType() { var r = form.querySelector('input[name=applicant-type]:checked'); return r ? r.value : 'person'; }
function syncType() {
  var t = currentType();
  [].forEach.call(form.querySelectorAll('fieldset[data-applicant]'), function (fs) { fs.hidden = fs.getAttribute('data-applicant') !== t; });
}
form.addEventListener('submit', function (e) {
  e.preventDefault();
  var t = currentType();
  var fs = form.querySelector('fieldset[data-applicant="' + t + '"]');
  var applicant = collect(fs, t === 'person' ? PERSON : EMPLOYER);
  applicant.type = t;
  var body = { applicant: applicant };
  var asOf = $('#f-asOf').value;
  if (asOf) body.asOf = asOf;
  [].forEach.call(form.querySelectorAll('[aria-invalid]'), function (c) { c.removeAttribute('aria-invalid'); });
  eligOut.textContent = '';
  eligOut.appendChild(el('p', { 'class': 'hint' }, '正在测算…'));
  api('/api/eligibility', { body: body }).then(renderEligibility, function (err) {
    eligOut.textContent = '';
    var box = el('div', { 'class': 'error', role: 'alert', 'data-console': 'eligibility-error' });
    box.appendChild(el('p', null, '请检查填写：' + err.message));
    var fields = (err.body && err.body.error && err.body.error.fields) || [];
    if (fields.length) {
      var ul = el('ul');
      fields.forEach(function (f) {
        ul.appendChild(el('li', null, labelFor(f.path) + '：' + f.message));
        var p = String(f.path).replace(/^applicant\./, '');
        var c = fs.querySelector('[data-path="' + p + '"]') || form.querySelector('[data-path="' + p + '"]');
        if (c) c.setAttribute('aria-invalid', 'true');
      });
      box.appendChild(ul);
    }
    eligOut.appendChild(box);
  });
});
var STATUS = { eligible: '符合条件', ineligible: '不符合条件', needs_info: '还需补充信息' };
function yuan(n) { return Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 元'; }
function renderEligibility(res) {
  eligOut.textContent = '';
  var pol = res.policy || {};
  var p = el('p', { 'class': 'policy' }, '依据：' + (pol.title ? '《' + pol.title + '》' : '') + (pol.docNo ? '（' + pol.docNo + '）' : '') +
    (pol.period ? '，实施期 ' + pol.period.from + ' 至 ' + pol.period.to : '') + (res.asOf ? '；测算日期 ' + res.asOf : '') +
    (pol.inForce === false ? '（不在实施期内）' : ''));
  eligOut.appendChild(p);
  (res.warnings || []).forEach(function (w) { eligOut.appendChild(el('p', { 'class': 'warn', role: 'note' }, w)); });
  var lines = ['根据' + DOC_NAME + '，按您提供的情况测算如下：'];
  (res.results || []).forEach(function (r, i) {
    var card = el('section', { 'class': 'result ' + r.status, 'data-console': 'eligibility-result', 'data-rule': r.id, 'data-status': r.status });
    var h = el('h3');
    h.appendChild(el('span', null, r.title));
    h.appendChild(el('span', { 'class': 'status' }, STATUS[r.status] || r.status));
    if (r.amountYuan !== null && r.amountYuan !== undefined) h.appendChild(el('span', { 'class': 'amount', 'data-console': 'amount' }, yuan(r.amountYuan)));
    card.appendChild(h);
    if (r.amountNote) card.appendChild(el('p', { 'class': 'hint' }, '计算：' + r.amountNote));
    else if (r.status === 'eligible' && (r.amountYuan === null || r.amountYuan === undefined)) card.appendChild(el('p', { 'class': 'hint' }, '文件未规定具体金额'));
    if (r.reasons && r.reasons.length) {
      var ul = el('ul');
      r.reasons.forEach(function (x) { ul.appendChild(el('li', null, x)); });
      card.appendChild(ul);
    }
    if (r.missing && r.missing.length) {
      card.appendChild(el('p', null, '还需要了解：' + r.missing.map(labelFor).join('；')));
    }
    (r.citations || []).forEach(function (c) {
      card.appendChild(el('blockquote', { 'class': 'cite' }, clauseName(c.clause) + '：' + c.quote));
    });
    eligOut.appendChild(card);
    var line = (i + 1) + '. ' + r.title + '：' + (STATUS[r.status] || r.status);
    if (r.amountYuan !== null && r.amountYuan !== undefined) line += '，金额 ' + yuan(r.amountYuan) + (r.amountNote ? '（' + r.amountNote + '）' : '');
    if (r.status === 'needs_info' && r.missing && r.missing.length) line += '，还需了解：' + r.missing.map(labelFor).join('、');
    else if (r.reasons && r.reasons.length && r.status === 'ineligible') line += '，原因：' + r.reasons.join('；');
    if (r.citations && r.citations.length) line += '。依据第 ' + r.citations.map(function (c) { return clauseName(c.clause); }).join('、') + ' 条';
    lines.push(line + '。');
  });
  (res.warnings || []).forEach(function (w) { lines.push('提示：' + w); });
  eligOut.appendChild(copyBox(lines.join('\n'), 'copy-text'));
}

/* ---------------- start ---------------- */
selectTab((location.hash || '#search').slice(1), false);
})();
`;
