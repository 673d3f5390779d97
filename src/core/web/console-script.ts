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
function uniq(list) { var seen = {}, out = []; list.forEach(function (x) { if (x && !seen[x]) { seen[x] = true; out.push(x); } }); return out; }
/* One 依据 line for a reply: each clause once, in the order first cited. */
function basisLine(clauses) {
  var ids = uniq(clauses.map(clauseName));
  return ids.length ? '依据：' + DOC_NAME + '第 ' + ids.join('、') + ' 条。' : '';
}
/* Clause titles (条款标题) by clause id, from /api/clauses, for labels staff recognise. */
var titlesLoaded = null, TITLES = {};
function loadTitles() {
  if (!titlesLoaded) titlesLoaded = api('/api/clauses').then(function (data) {
    (data.clauses || []).forEach(function (c) { if (c.title && !TITLES[c.clause]) TITLES[c.clause] = c.title; });
  }, function () { titlesLoaded = null; });
  return titlesLoaded;
}
function clauseLabel(c) {
  var t = c.title || TITLES[c.clause];
  return clauseName(c.clause) + (t ? ' ' + t : '');
}
/* Quotes of one clause merged, so a card shows each clause once. */
function mergeCites(cites) {
  var out = [], by = {};
  (cites || []).forEach(function (c) {
    var k = (c.docId || '') + '|' + c.clause;
    if (by[k]) { if (c.quote && by[k].quote.indexOf(c.quote) < 0) by[k].quote += '……' + c.quote; return; }
    by[k] = { docId: c.docId, clause: c.clause, title: c.title, quote: c.quote || '' };
    out.push(by[k]);
  });
  return out;
}
/*
 * Inline clause references such as （三(二)） or （见七(二)、六(一)） taken out of a reply a caller
 * will read (the one 依据 line names them). Brackets are matched with nesting, so the
 * half-width pair inside a full-width one never leaves a stray "）".
 */
var REF_ONLY = /^(见|详见|依据)?[一二三四五六七八九十]+\([一二三四五六七八九十]+\)([、，,和及][一二三四五六七八九十]+\([一二三四五六七八九十]+\))*$/;
function stripClauseRefs(text) {
  var out = '', i = 0;
  while (i < text.length) {
    var ch = text.charAt(i);
    if (ch === '（' || ch === '(') {
      var depth = 0, j = i;
      for (; j < text.length; j++) {
        var x = text.charAt(j);
        if (x === '（' || x === '(') depth++;
        else if (x === '）' || x === ')') { depth--; if (depth === 0) break; }
      }
      if (j < text.length && REF_ONLY.test(text.slice(i + 1, j).replace(/\s+/g, ''))) { i = j + 1; continue; }
    }
    out += ch;
    i++;
  }
  return out;
}
/*
 * A reply staff can send as it is: no question meant for the assistant's own dialogue
 * (请问…、可回复…: the caller has nothing to tap), no 依据 line of its own (one is added).
 */
var ASKS_CALLER = /请问|请选|可回复|回复数字|可直接说|直接回复/;
function sendableLines(answer) {
  var lines = [];
  String(answer || '').split(/\n+/).forEach(function (line) {
    line = line.replace(/^\s+|\s+$/g, '');
    if (!line || /^依据[:：]/.test(line)) return;
    var kept = (line.match(/[^。！？!?]+[。！？!?”]*/g) || []).filter(function (s) {
      return !ASKS_CALLER.test(s) && !/[？?]\s*$/.test(s.replace(/[”’」]+$/, ''));
    }).join('');
    kept = stripClauseRefs(kept);
    if (kept.replace(/[\s。，：:]/g, '')) lines.push(kept);
  });
  return lines;
}

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
  var act = el('div', { 'class': 'copy-bar' });
  var btn = el('button', { type: 'button', 'class': 'primary', 'data-console': 'copy', 'aria-describedby': id + '-hint' }, '一键复制答复');
  act.appendChild(btn);
  act.appendChild(el('span', { 'class': 'hint', id: id + '-hint' }, '可直接发送给群众；发送前可在下方修改'));
  box.appendChild(act);
  var more = el('details', { 'class': 'copy-text' });
  more.appendChild(el('summary', null, '查看或修改答复全文'));
  more.appendChild(el('label', { 'for': id, 'class': 'sr-only' }, '可直接发送给群众的答复'));
  var ta = el('textarea', { id: id, 'data-console': hook || 'copy-text', rows: '8' });
  ta.value = text;
  more.appendChild(ta);
  box.appendChild(more);
  btn.addEventListener('click', function () { copyText(ta.value, btn); });
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
/*
 * Marks whole query words only: 退役军人 lights 退役军人, never the 军人 of 领军人才. A word
 * the text lacks (a typed sentence) is tried by its longest pieces of three or more characters
 * that the text contains, still never by a pair of characters.
 */
function highlight(text, query) {
  var mask = new Array(text.length);
  function mark(p) {
    var at = text.indexOf(p), found = false;
    while (at >= 0) { found = true; for (var k = at; k < at + p.length; k++) mask[k] = true; at = text.indexOf(p, at + p.length); }
    return found;
  }
  var terms = query.split(/[\s,，。、；;:：?？!！“”"'（）()]+/).filter(Boolean);
  terms.forEach(function (t) {
    if (mark(t) || t.length < 4) return;
    var i = 0;
    while (i + 3 <= t.length) {
      var len = t.length - i;
      while (len >= 3 && text.indexOf(t.substr(i, len)) < 0) len--;
      if (len >= 3) { mark(t.substr(i, len)); i += len; } else i++;
    }
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
function citeBlock(c) {
  var q = el('blockquote', { 'class': 'cite', 'data-console': 'cite', 'data-clause': c.clause });
  q.appendChild(el('strong', null, clauseLabel(c) + '：'));
  q.appendChild(d.createTextNode(c.quote));
  return q;
}
$('#ask-form').addEventListener('submit', function (e) {
  e.preventDefault();
  var q = $('#ask-q').value.trim();
  var out = $('#ask-out');
  if (!q) return;
  out.textContent = '';
  out.appendChild(el('p', { 'class': 'hint' }, '正在生成答复…'));
  Promise.all([api('/api/ask', { body: { question: q, channel: 'console' } }), loadTitles()]).then(function (all) {
    var res = all[0];
    out.textContent = '';
    var cites = mergeCites(res.citations);
    var lines = sendableLines(res.answer);
    var basis = basisLine(cites.map(function (c) { return c.clause; }));
    if (basis) lines.push(basis);
    // The button first: it is what staff need most; the text stays editable below it.
    out.appendChild(copyBox(lines.join('\n')));
    var card = el('div', { 'class': 'result ' + (res.answered === false ? 'needs_info' : 'eligible'), 'data-console': 'ask-answer' });
    // Staff see what they will send; the assistant's own question to the caller is set apart below.
    card.appendChild(el('div', { 'class': 'text' }, sendableLines(res.answer).join('\n')));
    if (res.followUp && res.followUp.question) {
      var fu = el('p', { 'class': 'ask-next', 'data-console': 'ask-next' }, '还需向群众了解：' + res.followUp.question);
      if (res.followUp.options && res.followUp.options.length) fu.appendChild(d.createTextNode('（' + res.followUp.options.map(function (o) { return o.label; }).join(' / ') + '）'));
      card.appendChild(fu);
      card.appendChild(el('p', { 'class': 'hint' }, '情况较多时，可到“资格测算”逐项填写。'));
    }
    cites.forEach(function (c) { card.appendChild(citeBlock(c)); });
    if (res.mode) card.appendChild(el('p', { 'class': 'hint' }, res.mode === 'llm' ? '由大模型依据原文组织语言' : '按原文摘录作答（未使用大模型）'));
    out.appendChild(card);
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
var YES_NO_NULL = [['technical', '技工院校'], ['vocational', '职业院校'], ['null', '没有']];
var PERSON = [
  { k: 'groups', t: 'groups', label: '人员类别（可多选）' },
  { k: 'trainingPlace', t: 'select', label: '培训地点', o: [['household', '户籍地'], ['residence', '常住地'], ['job_seeking', '求职就业地'], ['other', '其他地方']] },
  { k: 'certificate', t: 'tri', label: '培训后取得相应证书' },
  { k: 'subsidizedTrainingsThisYear', t: 'int', label: '本年度已享受培训补贴次数' },
  { k: 'occupation', t: 'text', label: '本次培训工种' },
  { k: 'level', t: 'text', label: '本次培训等级' },
  { k: 'newOccupation', t: 'tri', label: '培训的是国家公布的新职业' },
  { k: 'institutionInSystem', t: 'tri', label: '培训机构已在省培训信息系统登记' },
  { k: 'monthlyPension', t: 'tri', label: '按月领取（或有资格领取）养老金' },
  { k: 'wantsToStartBusiness', t: 'tri', label: '有创业愿望' },
  { k: 'businessYears', t: 'numOrNone', label: '本人小微企业已开业年数', none: '本人没有开办企业' },
  { k: 'student', t: 'select', label: '在校生或毕业生', o: [['college', '普通高校'], ['vocational', '职业院校'], ['technical', '技工院校'], ['null', '都不是']] },
  { k: 'childStudent', t: 'select', label: '子女在读技工或职业院校', o: YES_NO_NULL },
  { k: 'competitionAward', t: 'tri', label: '在职业技能竞赛中获奖' },
  { k: 'previousSubsidies', t: 'rows', label: '以前享受过补贴的培训（每次一行）', none: '以前没有享受过补贴性培训', cols: [
    { k: 'occupation', t: 'text', label: '工种' }, { k: 'level', t: 'text', label: '等级' }] }
];
var EMPLOYER = [
  { k: 'entity', t: 'select', label: '单位类型', o: [['enterprise', '企业'], ['farmer_cooperative', '农民专业合作社'], ['poverty_workshop', '扶贫车间'], ['training_institution', '培训机构'], ['vocational_school', '职业院校']] },
  { k: 'insured', t: 'tri', label: '依法参加社会保险（参保企业）' },
  { k: 'apprentices', t: 'int', label: '培训企业新型学徒人数' },
  { k: 'payrollYuan', t: 'num', label: '年度工资薪金总额（元）' },
  { k: 'educationFundYuan', t: 'num', label: '年度提取职工教育经费（元）' },
  { k: 'frontlineShareOfFund', t: 'pct', label: '教育经费用于一线职工的比例（%）' },
  { k: 'projectTraining', t: 'tri', label: '开展企业或项目制培训' },
  { k: 'trainingSubsidyYuan', t: 'num', label: '项目培训补贴总额（元）' },
  { k: 'enrollsPoorFamilyStudents', t: 'tri', label: '（职业院校）招收建档立卡贫困家庭学生' },
  { k: 'runsVocationalSchool', t: 'tri', label: '在郑州举办或参与举办职业院校' },
  { k: 'competitionTraining', t: 'tri', label: '开展备战职业技能竞赛专项培训' },
  { k: 'developsTrainingMaterials', t: 'tri', label: '开发培训教材或开展教学改革' },
  { k: 'hires', t: 'rows', label: '吸纳就业人员（每类人员一行）', cols: [
    { k: 'group', t: 'select', label: '人员类别', o: GROUPS }, { k: 'count', t: 'int', label: '人数' },
    { k: 'monthsEmployed', t: 'num', label: '已就业月数' }, { k: 'onJobTrainingMonths', t: 'int', label: '以工代训月数' },
    { k: 'preJobTrainingSubsidy', t: 'tri', label: '已领岗前培训补贴' }] },
  { k: 'equipment', t: 'rows', label: '新购培训设备（每件一行）', cols: [
    { k: 'kind', t: 'select', label: '用于', o: [['high_skill_base', '高技能人才培训基地'], ['master_studio', '技能大师工作室']] },
    { k: 'site', t: 'text', label: '基地或工作室名称' },
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
  if (LABELS[p]) return LABELS[p];
  var generic = p.replace(/\[\d+\]/g, '[]');
  return FACT_LABELS[generic] || FACT_LABELS[p] || p;
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
    var lab = el('label', { 'for': none.id, 'class': 'check' });
    lab.appendChild(none); lab.appendChild(d.createTextNode(f.none));
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
  if (f.none) {
    // "Never had one" is an answer of its own (an empty list), not the same as leaving it blank.
    var none = el('input', { type: 'checkbox', id: fieldId(f.k) + '-none', 'data-none-rows': f.k });
    var lab = el('label', { 'for': none.id, 'class': 'check' });
    lab.appendChild(none); lab.appendChild(d.createTextNode(f.none));
    none.addEventListener('change', function () {
      list.hidden = none.checked; add.hidden = none.checked;
      [].forEach.call(list.querySelectorAll('[data-path]'), function (c) { c.disabled = none.checked; });
    });
    fs.insertBefore(lab, list);
  }
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
        var lab = el('label', { 'class': 'check' });
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
      var noneBox = fs.querySelector('[data-none-rows="' + f.k + '"]');
      if (noneBox && noneBox.checked) { out[f.k] = []; return; }
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

/*
 * The rule catalogue (/api/subsidies): titles, audiences and the facts each rule reads. The
 * console names no rule id itself, so rules the engine adds show up here on their own.
 */
var RULES = [], FACT_LABELS = {}, catalogue = null;
function loadCatalogue() {
  if (!catalogue) catalogue = api('/api/subsidies').then(function (data) {
    RULES = data.subsidies || [];
    RULES.forEach(function (r) {
      (r.facts || []).forEach(function (f) { if (f.label) FACT_LABELS[f.path] = f.label; });
      (r.clauseTexts || []).forEach(function (c) { if (c.title && !TITLES[c.clause]) TITLES[c.clause] = c.title; });
    });
    buildAskAbout();
  }, function () { catalogue = null; });
  return catalogue;
}
/* A fact filled in, by the catalogue's path form: hires[0].count → hires[].count. */
function filledPaths(applicant) {
  var out = [];
  Object.keys(applicant).forEach(function (k) {
    var v = applicant[k];
    if (k === 'type') return;
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') v.forEach(function (row) { Object.keys(row).forEach(function (c) { out.push(k + '[].' + c); }); });
    out.push(k);
  });
  return out;
}
/*
 * The rules the caller asked about: the ones ticked under 咨询事项, else those reading a fact
 * filled in that few rules of this audience read (单位类型 concerns every rule; 学徒人数 only one).
 */
function askedAbout(type, applicant) {
  var ticked = [].filter.call(form.querySelectorAll('input[data-ask-rule][data-audience="' + type + '"]'), function (cb) { return cb.checked; })
    .map(function (cb) { return cb.value; });
  if (ticked.length) return ticked;
  var mine = RULES.filter(function (r) { return r.audience === type; });
  var readers = {};
  mine.forEach(function (r) { (r.reads || []).forEach(function (p) { readers[p] = (readers[p] || 0) + 1; }); });
  var filled = filledPaths(applicant);
  return mine.filter(function (r) {
    return (r.reads || []).some(function (p) { return filled.indexOf(p) >= 0 && readers[p] * 2 < mine.length; });
  }).map(function (r) { return r.id; });
}
function buildAskAbout() {
  ['person', 'employer'].forEach(function (type) {
    var fs = form.querySelector('fieldset[data-applicant="' + type + '"]');
    if (!fs || fs.querySelector('.ask-about')) return;
    var box = el('fieldset', { 'class': 'ask-about' });
    box.appendChild(el('legend', null, '咨询事项（可不选；选了就排在最前面）'));
    var checks = el('div', { 'class': 'checks' });
    RULES.filter(function (r) { return r.audience === type; }).forEach(function (r) {
      var lab = el('label', { 'class': 'check' });
      lab.appendChild(el('input', { type: 'checkbox', value: r.id, 'data-ask-rule': r.id, 'data-audience': type }));
      lab.appendChild(d.createTextNode(r.title));
      checks.appendChild(lab);
    });
    box.appendChild(checks);
    fs.insertBefore(box, fs.children[1] || null);
  });
}

var form = $('#elig-form'), eligOut = $('#elig-out');
(function buildForm() {
  var sw = el('fieldset', { 'class': 'type-switch' });
  sw.appendChild(el('legend', null, '申请人'));
  [['person', '个人'], ['employer', '用人单位 / 培训机构']].forEach(function (o, i) {
    var lab = el('label', { 'class': 'check' });
    var r = el('input', { type: 'radio', name: 'applicant-type', value: o[0], 'data-console': 'applicant-type' });
    if (i === 0) r.checked = true;
    r.addEventListener('change', syncType);
    lab.appendChild(r); lab.appendChild(d.createTextNode(o[1]));
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
  Promise.all([api('/api/eligibility', { body: body }), loadCatalogue()]).then(function (all) {
    renderEligibility(all[0], askedAbout(t, applicant));
  }, function (err) {
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
var RANK = { eligible: 0, needs_info: 1, ineligible: 2 };
function yuan(n) { return Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + ' 元'; }
function has(v) { return v !== null && v !== undefined; }
/* The amount at a glance: a sum, the part already settled, or that the plan fixes none. */
function amountLine(r) {
  if (has(r.amountYuan)) return { text: yuan(r.amountYuan), cls: 'amount' };
  if (has(r.partialAmountYuan)) return { text: '已可确定 ' + yuan(r.partialAmountYuan), cls: 'amount partial' };
  if (r.status === 'eligible' && !(r.amountMissing && r.amountMissing.length)) return { text: '本方案未规定金额', cls: 'amount none' };
  if (r.status === 'eligible') return { text: '金额待补充信息后测算', cls: 'amount none' };
  return null;
}
function missingText(list) { return uniq((list || []).map(labelFor)).join('、'); }
function resultCard(r, asked) {
  var card = el('section', { 'class': 'result ' + r.status + (asked ? ' asked' : ''), 'data-console': 'eligibility-result', 'data-rule': r.id, 'data-status': r.status });
  var h = el('h3');
  h.appendChild(el('span', null, r.title));
  h.appendChild(el('span', { 'class': 'status' }, STATUS[r.status] || r.status));
  if (asked) h.appendChild(el('span', { 'class': 'tag' }, '本次咨询'));
  card.appendChild(h);
  var a = amountLine(r);
  if (a) card.appendChild(el('p', { 'class': a.cls, 'data-console': 'amount' }, a.text));
  if (has(r.partialAmountYuan) && r.amountMissing && r.amountMissing.length) card.appendChild(el('p', null, '其余金额还需了解：' + missingText(r.amountMissing)));
  if (r.amountNote) card.appendChild(el('p', { 'class': 'hint' }, '计算：' + r.amountNote));
  if (r.missing && r.missing.length) card.appendChild(el('p', { 'class': 'missing' }, '还需要了解：' + missingText(r.missing)));
  if (r.reasons && r.reasons.length) {
    var ul = el('ul');
    r.reasons.forEach(function (x) { ul.appendChild(el('li', null, x)); });
    // A long list of conditions met would push the next result off screen: folded, one click away.
    if (r.reasons.length > 4) {
      var why = el('details', { 'class': 'why' });
      why.appendChild(el('summary', null, '逐项判断（' + r.reasons.length + ' 条）'));
      why.appendChild(ul);
      card.appendChild(why);
    } else card.appendChild(ul);
  }
  mergeCites(r.citations).forEach(function (c) { card.appendChild(citeBlock(c)); });
  return card;
}
/* One line of the sendable reply: the verdict, the amount, and what is still needed (no question). */
function replyLine(n, r) {
  var line = n + '. ' + r.title + '：' + (STATUS[r.status] || r.status);
  if (has(r.amountYuan)) line += '，金额 ' + yuan(r.amountYuan) + (r.amountNote ? '（' + r.amountNote + '）' : '');
  else if (has(r.partialAmountYuan)) line += '，已可确定 ' + yuan(r.partialAmountYuan) + (r.amountMissing && r.amountMissing.length ? '，其余金额还需了解' + missingText(r.amountMissing) : '');
  else if (r.status === 'eligible') line += r.amountNote ? '；' + r.amountNote.replace(/[。；]$/, '') : (r.amountMissing && r.amountMissing.length ? '' : '；本方案未规定金额');
  if (r.status === 'needs_info' && r.missing && r.missing.length) line += '；还需了解' + missingText(r.missing);
  else if (r.status === 'ineligible' && r.reasons && r.reasons.length) line += '；原因：' + r.reasons.join('；').replace(/[。；]$/, '');
  return stripClauseRefs(line) + '。';
}
function renderEligibility(res, asked) {
  eligOut.textContent = '';
  asked = asked || [];
  var results = res.results || [];
  var isAsked = function (r) { return asked.indexOf(r.id) >= 0; };
  // First what was asked about, then what the applicant qualifies for; the rest is folded.
  var first = results.filter(function (r) { return isAsked(r) || r.status === 'eligible'; });
  first.sort(function (x, y) { return (isAsked(y) - isAsked(x)) || (RANK[x.status] - RANK[y.status]) || (results.indexOf(x) - results.indexOf(y)); });
  var rest = results.filter(function (r) { return first.indexOf(r) < 0; });
  if (!first.length) { first = rest; rest = []; }

  var count = {};
  results.forEach(function (r) { count[r.status] = (count[r.status] || 0) + 1; });
  var pol = res.policy || {};
  eligOut.appendChild(el('p', { 'class': 'summary', 'data-console': 'eligibility-summary' },
    ['eligible', 'needs_info', 'ineligible'].filter(function (k) { return count[k]; }).map(function (k) { return STATUS[k] + ' ' + count[k] + ' 项'; }).join(' · ') +
    (res.asOf ? '（测算日期 ' + res.asOf + (pol.inForce === false ? '，不在方案实施期内' : '') + '）' : '')));

  var lines = ['根据' + DOC_NAME + '，按您提供的情况测算如下：'];
  first.forEach(function (r, i) { lines.push(replyLine(i + 1, r)); });
  if (rest.length) lines.push('其他 ' + rest.length + ' 项补贴与本次咨询无关或情况不足以判断，未列出；如需了解可再咨询。');
  (res.warnings || []).forEach(function (w) { lines.push('提示：' + w); });
  var cited = [];
  first.forEach(function (r) { (r.citations || []).forEach(function (c) { cited.push(c.clause); }); });
  var basis = basisLine(cited);
  if (basis) lines.push(basis);
  eligOut.appendChild(copyBox(lines.join('\n'), 'copy-text'));

  (res.warnings || []).forEach(function (w) { eligOut.appendChild(el('p', { 'class': 'warn', role: 'note' }, w)); });
  first.forEach(function (r) { eligOut.appendChild(resultCard(r, isAsked(r))); });
  if (rest.length) {
    var more = el('details', { 'class': 'more-results', 'data-console': 'folded-results' });
    more.appendChild(el('summary', null, '其他 ' + rest.length + ' 项补贴（' +
      uniq(rest.map(function (r) { return STATUS[r.status]; })).join('、') + '）'));
    rest.forEach(function (r) { more.appendChild(resultCard(r, false)); });
    eligOut.appendChild(more);
  }
  eligOut.appendChild(el('p', { 'class': 'policy' }, '依据：' + (pol.title ? '《' + pol.title + '》' : '') + (pol.docNo ? '（' + pol.docNo + '）' : '') +
    (pol.period ? '，实施期 ' + pol.period.from + ' 至 ' + pol.period.to : '')));
  revealResults();
}
/* The answer in view without scrolling: results beside the form stay at the top of the screen. */
function revealResults() {
  eligOut.scrollTop = 0;
  var box = eligOut.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight - 120) eligOut.scrollIntoView({ block: 'start' });
}

/* ---------------- start ---------------- */
selectTab((location.hash || '#search').slice(1), false);
// Staff start typing at once: the search box has the focus when the search tab opens the page.
if (!$('#panel-search').hidden) qInput.focus();
loadCatalogue();
})();
`;
