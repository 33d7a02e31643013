// favornet console: login, menus by role, hash routing, pages. Plain ES module, no build step.
import * as api from './api.js';
import { t, code, term, lang, setLang } from './i18n.js';
import { draw, nodeId, LARGE } from './graph.js';

const main = document.getElementById('main');
let me = null;
let personsApi = null; // null = not asked yet; true/false once GET /api/persons?q= answered
const knownRoles = new Map(); // ref -> OFFICIAL | BENEFICIARY, learnt from the answers shown
window.__favornet = { timings: {} };

// ---------- small DOM helpers (text only: nothing from the API is parsed as HTML) ----------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}
/** Replaces el's children, skipping null/false (DOM replaceChildren would print "null"). */
function fill(el, ...kids) { el.replaceChildren(...kids.flat().filter(k => k !== null && k !== undefined && k !== false)); return el; }
const msg = (kind, text) => h('div', { class: 'msg ' + kind, role: kind === 'error' ? 'alert' : 'status' }, text);
function problem(e, notFoundKey) {
  if (e instanceof api.ApiError) {
    if (e.missingEndpoint) return msg('error', t('error.missingEndpoint'));
    if (e.status === 404 && notFoundKey) return msg('error', t(notFoundKey));
    if (e.status === 403) return msg('error', t('error.forbidden'));
    if (e.status === 401) return msg('error', t('error.unauthorized'));
    return msg('error', t('error.api', { status: e.status, detail: e.message }));
  }
  return msg('error', t('error.network', { detail: String(e && e.message || e) }));
}
const fmtMoney = v => (v === undefined || v === null ? '' : Number(v).toLocaleString(lang(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const fmtScore = v => (v === undefined || v === null ? '' : String(Math.round(Number(v) * 10) / 10));
const fmtTime = v => (v ? new Date(v).toLocaleString(lang(), { hour12: false }) : '');
const personLink = (p, fallback) => (p && p.ref ? h('a', { href: '#/person/' + encodeURIComponent(p.ref) }, p.name || t('person.unnamed'))
  : h('span', { class: 'muted' }, fallback || t('person.outside')));

function table(columns, rows, opts = {}) {
  let sortKey = opts.sortKey || null, asc = true, all = false;
  const wrap = h('div');
  const render = () => {
    const sorted = rows.slice();
    if (sortKey) {
      const col = columns.find(c => c.key === sortKey);
      const val = col.sort || (r => r[sortKey]);
      sorted.sort((a, b) => { const x = val(a), y = val(b); return (x > y ? 1 : x < y ? -1 : 0) * (asc ? 1 : -1); });
    }
    const head = h('tr', null, columns.map(c => h('th', {
      class: (c.num ? 'num ' : '') + (opts.sortable ? 'sortable' : ''),
      onclick: opts.sortable ? () => { asc = sortKey === c.key ? !asc : true; sortKey = c.key; render(); } : null,
    }, c.label, opts.sortable && sortKey === c.key ? (asc ? ' ▲' : ' ▼') : '')));
    // a long table shows its first opts.limit rows (in the current order) and a button for the rest
    const shown = opts.limit && !all && sorted.length > opts.limit ? sorted.slice(0, opts.limit) : sorted;
    const body = sorted.length ? shown.map(r => h('tr', {
      class: opts.onRow ? 'clickable' : '', onclick: opts.onRow ? () => opts.onRow(r) : null,
    }, columns.map(c => h('td', { class: (c.num ? 'num ' : '') + (c.date ? 'date' : '') }, c.cell ? c.cell(r) : (r[c.key] ?? '')))))
      : [h('tr', null, h('td', { colspan: columns.length, class: 'muted' }, opts.empty || t('table.empty')))];
    fill(wrap, h('table', { class: opts.class || '' }, h('thead', null, head), h('tbody', null, body)),
      shown.length < sorted.length ? h('button', { type: 'button', class: 'table-all', onclick: () => { all = true; render(); } },
        t('table.showAll', { shown: shown.length, n: sorted.length })) : '');
  };
  render();
  return wrap;
}

// ---------- readiness banner ----------
async function watchReadiness() {
  const banner = document.getElementById('ready-banner');
  for (;;) {
    let up = false;
    try { const r = await fetch('/actuator/health/readiness'); up = r.ok && (await r.json()).status === 'UP'; } catch (e) { up = false; }
    if (up) { banner.hidden = true; document.body.dataset.ready = 'true'; return; }
    banner.hidden = false; banner.textContent = t('banner.loading');
    await new Promise(r => setTimeout(r, 1000));
  }
}

// ---------- menus by role ----------
const PAGES = [
  { id: 'search', roles: ['INVESTIGATOR'] },
  { id: 'paths', roles: ['INVESTIGATOR'] },
  { id: 'circle', roles: ['INVESTIGATOR'] },
  { id: 'leads', roles: ['INVESTIGATOR', 'ANALYST'] },
  { id: 'analyses', roles: ['ANALYST'] },
  { id: 'imports', roles: ['DATA_OFFICER'] },
  { id: 'audit', roles: ['ADMIN'] },
];
const may = page => me && PAGES.find(p => p.id === page).roles.some(r => me.roles.includes(r));
const has = role => me && me.roles.includes(role);

function chrome() {
  document.getElementById('top').hidden = !me;
  if (!me) return;
  const current = (location.hash.match(/^#\/([^/?]+)/) || [])[1];
  const section = { person: 'search', lead: 'leads' }[current] || current;
  fill(document.getElementById('menu'), ...PAGES.filter(p => may(p.id)).map(p =>
    h('a', { href: '#/' + p.id, class: p.id === section ? 'active' : '', 'data-page': p.id }, t('menu.' + p.id))));
  document.getElementById('who').textContent = t('who', { user: me.username, roles: me.roles.map(r => code('role', r)).join('、') })
    + (me.clearData ? ' · ' + t('who.clear') : '');
  document.getElementById('api-docs').textContent = t('menu.apiDocs');
  document.getElementById('logout').textContent = t('logout');
  document.getElementById('lang-top').value = lang();
  document.title = 'favornet · ' + t('title');
}

// ---------- login ----------
function loginPage() {
  document.getElementById('top').hidden = true;
  const user = h('input', { type: 'text', id: 'login-user', autocomplete: 'username', required: true });
  const pass = h('input', { type: 'password', id: 'login-password', autocomplete: 'current-password', required: true });
  const out = h('div');
  const langSel = h('select', { id: 'lang-login', onchange: e => { setLang(e.target.value); loginPage(); } },
    h('option', { value: 'zh-CN' }, '中文'), h('option', { value: 'en' }, 'English'));
  langSel.value = lang();
  const form = h('form', { class: 'panel login', id: 'login-form', onsubmit: async e => {
    e.preventDefault();
    fill(out, msg('info', t('login.busy')));
    try {
      await api.login(user.value, pass.value);
      pass.value = '';
      me = await api.get('/api/me');
      if (!location.hash || location.hash === '#/' || location.hash === '#/login') location.hash = '#/' + home();
      route();
    } catch (err) {
      fill(out, err.status === 401 ? msg('error', t('login.failed')) : problem(err));
    }
  } },
  h('h1', null, 'favornet · ' + t('title')),
  h('p', { class: 'muted' }, t('login.intro')),
  h('label', null, t('login.user'), user), h('label', null, t('login.password'), pass),
  h('div', { class: 'row' }, h('button', { class: 'primary', type: 'submit', id: 'login-submit' }, t('login.submit')),
    h('span', { class: 'grow' }), langSel),
  out);
  fill(main, form);
  user.focus();
}
const home = () => (PAGES.find(p => may(p.id)) || { id: 'leads' }).id;

// ---------- routing ----------
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, q] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || '', arg: parts[1], params: Object.fromEntries(new URLSearchParams(q || '')) };
}
function go(page, arg, params) {
  location.hash = '#/' + page + (arg ? '/' + encodeURIComponent(arg) : '') + api.query(params);
}

async function route() {
  document.getElementById('tip').hidden = true;
  if (!api.loggedIn() || !me) { me = null; loginPage(); return; }
  chrome();
  const { page, arg, params } = parseHash();
  const pages = { search: searchPage, person: personPage, paths: pathsPage, circle: circlePage, leads: leadsPage,
    lead: leadPage, analyses: analysesPage, imports: importsPage, audit: auditPage };
  const section = { person: 'search', lead: 'leads' }[page] || page;
  if (!pages[page]) { go(home()); return; }
  if (!may(section)) { fill(main, msg('error', t('error.forbidden'))); return; }
  fill(main, h('p', { class: 'muted' }, t('loading')));
  try { await pages[page](arg, params); } catch (e) { fill(main, problem(e)); }
}

async function personsAvailable() {
  if (personsApi !== null) return personsApi;
  try { await api.get('/api/persons', { q: 'x', size: 1 }); personsApi = true; }
  catch (e) { personsApi = !(e instanceof api.ApiError && e.status === 404); }
  return personsApi;
}

// ---------- search ----------
async function searchPage(_, params) {
  const box = h('input', { type: 'text', id: 'search-box', value: params.q || '', size: 40, placeholder: t('search.placeholder') });
  const out = h('div', { id: 'search-results' });
  const form = h('form', { class: 'form panel', onsubmit: e => { e.preventDefault(); go('search', null, { q: box.value.trim() }); } },
    h('label', null, t('search.label'), box), h('button', { class: 'primary', type: 'submit', id: 'search-submit' }, t('search.submit')),
    h('span', { class: 'muted' }, t('search.hint')));
  fill(main, h('h1', null, t('menu.search')), form, out);
  box.focus();
  if (!params.q) return;
  const page = Number(params.page || 0);
  try {
    const res = await api.get('/api/persons', { q: params.q, page, size: 20 });
    remember(res.items);
    fill(out, 
      h('p', { class: 'muted' }, t('search.count', { total: res.total })),
      table([
        { key: 'name', label: t('person.name'), cell: p => h('a', { href: '#/person/' + encodeURIComponent(p.ref) }, p.name) },
        { key: 'sex', label: t('person.sex'), cell: p => code('sex', p.sex) },
        { key: 'birthYear', label: t('person.birthYear'), num: true },
        { key: 'village', label: t('person.village') },
        { key: 'maskedId', label: t('person.id'), cell: p => p.id || p.maskedId },
        { key: 'householdId', label: t('person.household') },
        { key: 'roles', label: t('person.roles'), cell: p => (p.roles || []).map(r => code('role', r)).join('、') },
      ], res.items, { onRow: p => go('person', p.ref), empty: t('search.none') }),
      pager(res, p => go('search', null, { q: params.q, page: p })));
  } catch (e) {
    fill(out, problem(e, 'search.none'));
  }
}
function remember(cards) { (cards || []).forEach(p => (p.roles || []).forEach(r => { if (r === 'OFFICIAL' || r === 'BENEFICIARY') knownRoles.set(p.ref, r); })); }

function pager(res, onPage) {
  const pages = Math.max(1, Math.ceil(res.total / res.size));
  return h('div', { class: 'pager' },
    h('button', { type: 'button', disabled: res.page <= 0, onclick: () => onPage(res.page - 1) }, t('pager.prev')),
    h('span', null, t('pager.of', { page: res.page + 1, pages, total: res.total })),
    h('button', { type: 'button', disabled: res.page + 1 >= pages, onclick: () => onPage(res.page + 1) }, t('pager.next')));
}

// ---------- profile ----------
async function personPage(ref) {
  const actions = h('div', { class: 'nodepanel' },
    h('a', { href: '#/circle/' + encodeURIComponent(ref) }, t('person.circle')), ' · ',
    h('a', { href: '#/paths' + api.query({ from: ref }) }, t('person.pathFrom')));
  let p;
  try { p = await api.get('/api/persons/' + encodeURIComponent(ref)); }
  catch (e) {
    fill(main, h('h1', null, t('person.title')), problem(e, 'person.notFound'), actions);
    return;
  }
  remember([p.person]);
  const c = p.person || {};
  const grantCols = [
    { key: 'program', label: t('grant.program'), cell: g => code('program', g.program) },
    { key: 'amount', label: t('grant.amount'), num: true, cell: g => fmtMoney(g.amount), sort: g => g.amount },
    { key: 'appliedDate', label: t('grant.applied'), date: true }, { key: 'approvedDate', label: t('grant.approved'), date: true },
    { key: 'beneficiary', label: t('grant.beneficiary'), cell: g => personLink(g.beneficiary) },
    { key: 'handledBy', label: t('grant.handledBy'), cell: g => personLink(g.handledBy) },
    { key: 'approvedBy', label: t('grant.approvedBy'), cell: g => personLink(g.approvedBy) },
  ];
  fill(main, 
    h('h1', null, c.name || t('person.title')),
    h('div', { class: 'panel' }, h('dl', { class: 'kv' },
      h('dt', null, t('person.sex')), h('dd', null, code('sex', c.sex)),
      h('dt', null, t('person.birthYear')), h('dd', null, c.birthYear ?? ''),
      h('dt', null, t('person.village')), h('dd', null, c.village || ''),
      h('dt', null, t('person.id')), h('dd', null, c.id || c.maskedId || ''),
      h('dt', null, t('person.household')), h('dd', null, c.householdId || ''),
      h('dt', null, t('person.roles')), h('dd', null, (c.roles || []).map(r => code('role', r)).join('、'))), actions),
    h('h2', null, t('person.householdMembers')),
    table([{ key: 'n', label: t('person.name'), cell: m => personLink(m.person) },
      { key: 'relation', label: t('person.relation'), cell: m => m.relationName || m.relation }], p.household || []),
    h('h2', null, t('person.posts')),
    table([{ key: 'title', label: t('post.title') }, { key: 'organisation', label: t('post.organisation') },
      { key: 'regionCode', label: t('post.region') }, { key: 'from', label: t('post.from') }, { key: 'to', label: t('post.to') }], p.posts || []),
    h('h2', null, t('person.grantsReceived')), table(grantCols, p.grantsReceived || [], { sortable: true }),
    h('h2', null, t('person.grantsHandled')), table(grantCols, p.grantsHandled || [], { sortable: true }),
    h('h2', null, t('person.payments')),
    h('p', null, p.payments ? t('person.paymentsSummary', { count: p.payments.count, total: fmtMoney(p.payments.total),
      first: p.payments.first || '', last: p.payments.last || '' }) : ''),
    h('h2', null, t('person.relatives')),
    table([{ key: 'n', label: t('person.name'), cell: r => personLink(r.person) }, { key: 'term', label: t('path.term') },
      { key: 'scopes', label: t('person.scopes'), cell: r => (r.scopes || []).join('、') }], p.relatives || []),
    h('h2', null, t('person.leads')),
    table([{ key: 'title', label: t('lead.title'), cell: l => h('a', { href: '#/lead/' + l.id }, l.title) },
      { key: 'rule', label: t('lead.rule') }, { key: 'severity', label: t('lead.severity'), cell: l => sev(l.severity) },
      { key: 'status', label: t('lead.status'), cell: l => status(l.status) }, { key: 'score', label: t('lead.score'), num: true }],
    p.leads || []));
}
const sev = s => h('span', { class: 'badge ' + s }, code('severity', s));
const status = s => h('span', { class: 'badge status-' + s, 'data-status': s }, code('status', s));

// ---------- person picker (search as you type; a ref can be pasted) ----------
function picker(id, initialRef, label) {
  let chosen = initialRef ? { ref: initialRef, name: '' } : null;
  const input = h('input', { type: 'text', id, size: 28, placeholder: t('picker.placeholder'), value: initialRef || '' });
  const shown = h('div', { class: 'chosen' });
  const list = h('ul', { hidden: true });
  let timer = null;
  const pick = p => { chosen = p; input.value = p.name || p.ref; shown.textContent = p.name ? t('picker.chosen', { name: p.name }) : ''; list.hidden = true; };
  input.addEventListener('input', () => {
    chosen = null; shown.textContent = '';
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.startsWith('p.')) { chosen = { ref: q, name: '' }; list.hidden = true; return; }
    if (q.length < 1) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      if (!(await personsAvailable())) { shown.textContent = t('picker.noSearch'); return; }
      try {
        const res = await api.get('/api/persons', { q, size: 8 });
        remember(res.items);
        fill(list, ...res.items.map(p => h('li', { onclick: () => pick(p) },
          p.name + ' · ' + [p.birthYear, p.village, p.maskedId].filter(Boolean).join(' · '))));
        list.hidden = !res.items.length;
      } catch (e) { shown.textContent = e.message; }
    }, 200);
  });
  return { el: h('label', { class: 'picker' }, label, input, list, shown), value: () => (chosen ? chosen.ref : input.value.trim()),
    set: p => { if (p && p.ref) pick(p); } };
}

// ---------- path finder ----------
const TIE_KINDS = ['KIN', 'KNOWS', 'SHARED', 'GRANT', 'MONEY'];
function tieBoxes(selected) {
  const boxes = TIE_KINDS.map(k => h('label', { style: 'flex-direction:row;gap:3px;align-items:center' },
    h('input', { type: 'checkbox', value: k, checked: selected.includes(k), 'data-tie': k }), code('tie', k)));
  return { el: h('fieldset', { class: 'form', style: 'border:0;padding:0;margin:0' }, h('legend', { class: 'muted' }, t('path.ties')), boxes),
    value: () => boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value) };
}

/** Roles of the persons on a path: the official is who handled or approved a grant tie. */
function learnRoles(path) {
  (path.links || []).forEach(l => (l.ties || []).forEach(tie => {
    if (tie.type !== 'HANDLED' && tie.type !== 'APPROVED') return;
    const src = tie.direction === 'backward' ? tie.to : tie.from;
    const dst = tie.direction === 'backward' ? tie.from : tie.to;
    const o = path.persons[src], b = path.persons[dst];
    if (o && o.ref) knownRoles.set(o.ref, 'OFFICIAL');
    if (b && b.ref && knownRoles.get(b.ref) !== 'OFFICIAL') knownRoles.set(b.ref, 'BENEFICIARY');
  }));
}
function personNode(p, key, extra) {
  const id = nodeId(p, key);
  return { group: 'nodes', data: Object.assign({ id, ref: p && p.ref, label: p && p.name ? p.name : t('person.outside'),
    role: p && p.cut ? 'CUT' : (knownRoles.get(p && p.ref) || 'OTHER'), cut: !!(p && p.cut),
    tip: p && p.name ? p.name + (knownRoles.get(p.ref) ? ' · ' + code('role', knownRoles.get(p.ref)) : '') : t('person.outside') }, extra || {}) };
}
function linkEdge(path, link, pathKey) {
  const a = nodeId(path.persons[link.from], pathKey + ':' + link.from), b = nodeId(path.persons[link.to], pathKey + ':' + link.to);
  const prov = (link.ties || []).flatMap(x => (x.provenance || []).map(pv => code('tieType', x.type) + ': ' + pv));
  const via = [];
  for (let j = Math.min(link.from, link.to) + 1; j < Math.max(link.from, link.to); j++) via.push((path.persons[j] && path.persons[j].name) || t('person.outside'));
  return { group: 'edges', data: { id: 'e:' + [a, b].sort().join('|') + ':' + (link.chain || link.kind), source: a, target: b,
    kind: link.kind, label: term(link), tip: term(link) + (link.chain ? ' (' + link.chain + ')' : '')
      + (via.length ? '\n' + t('path.via', { names: via.join('、') }) : '') + (prov.length ? '\n' + t('path.provenance') + ':\n' + prov.join('\n') : '') } };
}
function pathElements(paths, ends) {
  const els = new Map();
  paths.forEach(p => learnRoles(p));
  paths.forEach((p, i) => {
    const shown = new Set([0, p.persons.length - 1]);
    p.links.forEach(l => { shown.add(l.from); shown.add(l.to); });
    p.persons.forEach((person, j) => { if (!shown.has(j)) return;
      const n = personNode(person, 'p' + i + ':' + j, { end: ends.includes(person.ref) }); if (!els.has(n.data.id)) els.set(n.data.id, n); });
    p.links.forEach(l => { const e = linkEdge(p, l, 'p' + i); if (!els.has(e.data.id)) els.set(e.data.id, e); });
  });
  return [...els.values()];
}
function pathWords(p) {
  const parts = [h('b', null, (p.persons[0] && p.persons[0].name) || t('person.outside'))];
  p.links.forEach(l => parts.push(' →', h('span', { class: 'badge' }, term(l) || code('tie', l.kind)), '→ ',
    h('b', null, (p.persons[l.to] && p.persons[l.to].name) || t('person.outside'))));
  return h('li', { title: p.links.map(l => l.text).join('；') }, t('path.rank', { rank: p.rank, hops: p.hops, weight: p.weight }), ' ', ...parts);
}

function graphWithPanel(graphEl, panel) {
  return (ref, data) => {
    if (!ref) { fill(panel, h('span', { class: 'muted' }, t('person.outside'))); return; }
    fill(panel, h('b', null, data.label), ' ',
      h('a', { href: '#/person/' + encodeURIComponent(ref), id: 'node-profile' }, t('graph.profile')),
      h('button', { type: 'button', id: 'node-expand', onclick: () => expand(graphEl.__cy, ref, panel) }, t('graph.expand')),
      h('a', { href: '#/circle/' + encodeURIComponent(ref) }, t('person.circle')));
  };
}
async function expand(cy, ref, panel) {
  try {
    const c = await api.get('/api/persons/' + encodeURIComponent(ref) + '/circle', { hops: 1 });
    const add = [];
    c.members.forEach((m, i) => {
      if (m.path) learnRoles(m.path);
      const n = personNode(m.person, 'x' + ref + i);
      if (!cy.getElementById(n.data.id).length) add.push(n);
      if (m.path) m.path.links.forEach(l => { const e = linkEdge(m.path, l, 'x' + ref + i); if (!cy.getElementById(e.data.id).length && !add.find(a => a.data.id === e.data.id)) add.push(e); });
    });
    const centre = cy.getElementById(ref);
    const added = cy.add(add);
    added.nodes().forEach((n, i) => { const a = (2 * Math.PI * i) / Math.max(1, added.nodes().length); n.position({ x: centre.position('x') + 120 * Math.cos(a), y: centre.position('y') + 120 * Math.sin(a) }); });
    // one layout over the whole graph from where everyone stands, so the newcomers find room
    cy.layout({ name: 'cose', animate: false, randomize: false, padding: 30, nodeRepulsion: () => 12000, idealEdgeLength: () => 90 }).run();
    panel.append(' ', h('span', { class: 'muted', id: 'expand-done' }, t('graph.expanded', { n: added.nodes().length })));
  } catch (e) { panel.append(problem(e, 'circle.notFound')); }
}

async function pathsPage(_, params) {
  const from = picker('path-from', params.from, t('path.from'));
  const to = picker('path-to', params.to, t('path.to'));
  const ties = tieBoxes(params.ties ? params.ties.split(',') : ['KIN', 'KNOWS', 'SHARED', 'GRANT']);
  const hops = h('input', { type: 'number', id: 'path-hops', min: 1, max: 6, value: params.maxHops || 4, style: 'width:60px' });
  const k = h('input', { type: 'number', id: 'path-k', min: 1, max: 20, value: params.k || 5, style: 'width:60px' });
  const out = h('div', { id: 'path-result' });
  const form = h('form', { class: 'panel form', onsubmit: e => { e.preventDefault();
    go('paths', null, { from: from.value(), to: to.value(), maxHops: hops.value, k: k.value, ties: ties.value().join(','), run: Date.now() % 100000 }); } },
  from.el, to.el, ties.el, h('label', null, t('path.maxHops'), hops), h('label', null, t('path.k'), k),
  h('button', { class: 'primary', type: 'submit', id: 'path-submit' }, t('path.submit')));
  fill(main, h('h1', null, t('menu.paths')), form, out);
  if (!params.from || !params.to) { fill(out, msg('info', t('path.help'))); return; }
  let res;
  try {
    res = await api.get('/api/paths', { from: params.from, to: params.to, maxHops: params.maxHops, k: params.k, ties: params.ties });
  } catch (e) { fill(out, problem(e, 'path.notFound')); return; }
  performance.mark('favornet-path-response');
  from.set(res.from); to.set(res.to);
  if (!res.paths.length) { fill(out, msg('info', t('path.none', { hops: res.maxHops }))); return; }
  const graphEl = h('div', { class: 'graph', id: 'path-graph' });
  const panel = h('div', { class: 'nodepanel', id: 'node-panel' }, h('span', { class: 'muted' }, t('graph.tapHint')));
  fill(out, h('div', { class: 'row' },
    h('div', { class: 'grow' }, legend(), graphEl, panel),
    h('div', { class: 'side panel' }, h('h2', null, t('path.words', { from: res.from.name, to: res.to.name })),
      h('ol', { class: 'pathwords', id: 'path-words', style: 'padding-left:0;list-style:none' }, res.paths.map(pathWords)))));
  const fromRef = res.from.ref, toRef = res.to.ref;
  const cy = draw(graphEl, pathElements(res.paths, [fromRef, toRef]), {
    layout: { name: 'breadthfirst', roots: [fromRef], directed: false, spacingFactor: 1.5, animate: false, padding: 30 },
    onNode: graphWithPanel(graphEl, panel) });
  graphEl.__cy = cy;
  requestAnimationFrame(() => {
    performance.mark('favornet-path-drawn');
    const m = performance.measure('favornet-path-draw', 'favornet-path-response', 'favornet-path-drawn');
    window.__favornet.timings.pathDrawMs = m.duration;
    graphEl.dataset.drawn = String(cy.nodes().length);
    graphEl.dataset.edgeLabels = cy.edges().map(e => e.data('label')).join('|');
  });
}
function legend() {
  return h('div', { class: 'legend' }, ['OFFICIAL', 'BENEFICIARY', 'OTHER'].map(r =>
    h('span', null, h('i', { style: 'background:' + { OFFICIAL: 'var(--official)', BENEFICIARY: 'var(--beneficiary)', OTHER: 'var(--other)' }[r] }), code('role', r))));
}

/** How a circle member is related: the kin and acquaintance terms of his path, else all of them. */
function relationWords(path) {
  const links = (path && path.links) || [];
  const personal = links.filter(l => l.kind !== 'GRANT');
  return (personal.length ? personal : links).map(term).join(' → ');
}

// ---------- official's circle ----------
async function circlePage(ref, params) {
  const who = picker('circle-person', ref, t('circle.person'));
  const hops = h('input', { type: 'number', id: 'circle-hops', min: 1, max: 4, value: params.hops || 2, style: 'width:60px' });
  const out = h('div', { id: 'circle-result' });
  fill(main, h('h1', null, t('menu.circle')),
    h('form', { class: 'panel form', onsubmit: e => { e.preventDefault(); go('circle', who.value(), { hops: hops.value }); } },
      who.el, h('label', null, t('circle.hops'), hops), h('button', { class: 'primary', type: 'submit', id: 'circle-submit' }, t('circle.submit'))), out);
  if (!ref) { fill(out, msg('info', t('circle.help'))); return; }
  let c;
  try { c = await api.get('/api/persons/' + encodeURIComponent(ref) + '/circle', { hops: hops.value }); }
  catch (e) { fill(out, problem(e, 'circle.notFound')); return; }
  performance.mark('favornet-circle-response');
  const centre = c.centre.ref;
  who.set(c.centre);
  knownRoles.set(centre, 'OFFICIAL');
  const els = new Map();
  c.members.forEach((m, i) => {
    if (m.path) learnRoles(m.path);
    if ((m.grants || []).length && m.person.ref !== centre && knownRoles.get(m.person.ref) !== 'OFFICIAL') knownRoles.set(m.person.ref, 'BENEFICIARY');
  });
  c.members.forEach((m, i) => {
    const n = personNode(m.person, 'm' + i, { end: m.person.ref === centre, hops: m.hops });
    if (!els.has(n.data.id)) els.set(n.data.id, n);
    if (m.path) m.path.links.forEach(l => { const e = linkEdge(m.path, l, 'm' + i); if (!els.has(e.data.id)) els.set(e.data.id, e); });
  });
  // Grants the centre handled or approved that reached the circle.
  const rows = [];
  c.members.forEach(m => (m.grants || []).forEach(g => {
    const handled = (g.handledBy || []).some(p => p.ref === centre), approved = (g.approvedBy || []).some(p => p.ref === centre);
    if (!handled && !approved || m.person.ref === centre) return;
    rows.push({ g, m, person: m.person.name, amount: g.amount, program: g.program, applied: g.appliedDate, approved: g.approvedDate,
      role: [handled && t('grant.handled'), approved && t('grant.approvedIt')].filter(Boolean).join('、'),
      relation: relationWords(m.path), hops: m.hops });
  }));
  const graphEl = h('div', { class: 'graph', id: 'circle-graph' });
  const panel = h('div', { class: 'nodepanel', id: 'node-panel' }, h('span', { class: 'muted' }, t('graph.tapHint')));
  fill(out, 
    h('p', { class: 'muted' }, t('circle.summary', { name: c.centre.name, n: c.members.length - 1, hops: c.hops }), c.truncated ? ' ' + t('circle.truncated') : ''),
    h('div', { class: 'row' }, h('div', { class: 'grow' }, legend(), graphEl, panel),
      h('div', { class: 'side panel', style: 'width:560px' }, h('h2', null, t('circle.grants', { n: rows.length })),
        table([
          { key: 'person', label: t('grant.beneficiary'), cell: r => personLink(r.m.person) },
          { key: 'relation', label: t('circle.relation') },
          { key: 'program', label: t('grant.program'), cell: r => code('program', r.program) },
          { key: 'amount', label: t('grant.amount'), num: true, cell: r => fmtMoney(r.amount) },
          { key: 'applied', label: t('grant.applied'), date: true }, { key: 'approved', label: t('grant.approved'), date: true },
          { key: 'role', label: t('circle.role') },
        ], rows, { sortable: true, class: 'circle-grants', empty: t('circle.noGrants'), limit: 200 }))));
  const elements = [...els.values()];
  const nodes = elements.filter(e => e.group === 'nodes');
  // One ring per hop; a large circle (a hub's) fills a disc instead: nearest first, each hop starting
  // a new ring, ring j holding about 2πj persons, so the drawing stays round and fits the view.
  let layout = { name: 'concentric', concentric: n => 10 - (n.data('hops') || 0), levelWidth: () => 1, animate: false, minNodeSpacing: 18 };
  if (nodes.length > LARGE) {
    let ring = 0, inRing = 0, room = 1, hop = 0;
    nodes.forEach(n => {
      const hn = n.data.hops || 0;
      if (inRing >= room || hn !== hop) { ring++; inRing = 0; room = Math.floor(2 * Math.PI * ring); hop = hn; }
      n.data.ring = ring; inRing++;
    });
    layout = { name: 'concentric', concentric: n => 100000 - n.data('ring'), levelWidth: () => 1, animate: false, minNodeSpacing: 10, padding: 20 };
  }
  // the page around the graph (the grants table) laid out first, timed on its own
  const r0 = performance.now();
  void graphEl.getBoundingClientRect();
  window.__favornet.timings.circlePageLayoutMs = performance.now() - r0;
  performance.mark('favornet-circle-layout-start');
  const cy = draw(graphEl, elements, { layout, onNode: graphWithPanel(graphEl, panel) });
  performance.mark('favornet-circle-layout-done');
  graphEl.__cy = cy;
  // Timings for the browser tests: Cytoscape's start and layout, and response parsed to the first frame drawn.
  const timings = window.__favornet.timings;
  timings.circleLayoutMs = performance.measure('favornet-circle-layout', 'favornet-circle-layout-start', 'favornet-circle-layout-done').duration;
  timings.circleInitMs = cy.timings.initMs; timings.circleConcentricMs = cy.timings.layoutMs;
  requestAnimationFrame(() => {
    performance.mark('favornet-circle-drawn');
    timings.circleDrawMs = performance.measure('favornet-circle-draw', 'favornet-circle-response', 'favornet-circle-drawn').duration;
    graphEl.dataset.drawn = String(cy.nodes().length);
  });
}

/** A rule's data source ("grants", "persons (death dates)") in the page's language: the record kind translated, the rest kept. */
function sourceName(source) {
  const m = /^([a-z ]+?)(\s*\(.*)?$/.exec(String(source));
  return m ? code('source', m[1]) + (m[2] || '') : String(source);
}

// ---------- leads ----------
const RULES = ['kin_001', 'kin_002', 'conc_003', 'pay_004', 'acct_005', 'acct_006', 'kick_007', 'asset_008', 'dup_009', 'hh_010', 'comm_011', 'tip_012'];
async function leadsPage(_, params) {
  const sel = (id, name, values, group) => { const s = h('select', { id, name }, h('option', { value: '' }, t('filter.any')),
    values.map(v => h('option', { value: v }, group ? code(group, v) : v))); s.value = params[name] || ''; return s; };
  const statusSel = sel('lead-status', 'status', ['OPEN', 'UNDER_REVIEW', 'CONFIRMED', 'DISMISSED'], 'status');
  const ruleSel = sel('lead-rule', 'rule', RULES, 'rule');
  const region = h('input', { type: 'text', id: 'lead-region', name: 'region', value: params.region || '', size: 14, placeholder: '410728' });
  const minScore = h('input', { type: 'number', id: 'lead-minscore', name: 'minScore', value: params.minScore || '', style: 'width:70px' });
  const severitySel = sel('lead-severity', 'severity', ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], 'severity');
  const programSel = sel('lead-program', 'program', ['DIBAO', 'TEKUN', 'LINSHI', 'ZUNLAO', 'HOUSING', 'STUDENT_AID'], 'program');
  const from = h('input', { type: 'date', id: 'lead-from', name: 'from', value: params.from || '' });
  const to = h('input', { type: 'date', id: 'lead-to', name: 'to', value: params.to || '' });
  const sort = h('select', { id: 'lead-sort', name: 'sort' }, ['score', 'priority', 'updated'].map(v => h('option', { value: v }, t('sort.' + v))));
  sort.value = params.sort || 'score';
  const form = h('form', { class: 'panel form', onsubmit: e => { e.preventDefault();
    go('leads', null, { status: statusSel.value, rule: ruleSel.value, severity: severitySel.value, program: programSel.value,
      from: from.value, to: to.value, region: region.value.trim(), minScore: minScore.value, sort: sort.value }); } },
  h('label', null, t('lead.status'), statusSel), h('label', null, t('lead.rule'), ruleSel),
  h('label', null, t('lead.severity'), severitySel), h('label', null, t('lead.program'), programSel),
  h('label', null, t('lead.from'), from), h('label', null, t('lead.to'), to), h('label', null, t('lead.region'), region),
  h('label', null, t('lead.minScore'), minScore), h('label', null, t('lead.sort'), sort),
  h('button', { class: 'primary', type: 'submit', id: 'lead-filter' }, t('filter.apply')),
  h('span', { class: 'muted' }, t('lead.filterNote')));
  const out = h('div', { id: 'lead-list' }, h('p', { class: 'muted' }, t('loading')));
  fill(main, h('h1', null, t('menu.leads')), form, out);
  const page = Number(params.page || 0);
  const res = await api.get('/api/leads', { status: params.status, rule: params.rule, severity: params.severity,
    program: params.program, from: params.from, to: params.to, region: params.region, minScore: params.minScore,
    sort: params.sort || 'score', page, size: 20 });
  fill(out, table([
    { key: 'severity', label: t('lead.severity'), cell: l => sev(l.severity) },
    { key: 'title', label: t('lead.title'), cell: l => h('a', { href: '#/lead/' + l.id, class: 'lead-link' }, l.title) },
    { key: 'sentence', label: t('lead.sentence'), cell: l => h('span', { class: 'muted' }, l.sentence) },
    { key: 'ruleId', label: t('lead.rule'), cell: l => code('rule', l.ruleId) },
    { key: 'score', label: t('lead.score'), num: true, cell: l => fmtScore(l.score) },
    { key: 'status', label: t('lead.status'), cell: l => status(l.status) },
    { key: 'regionCode', label: t('lead.region') },
  ], res.items, { onRow: l => go('lead', l.id), empty: t('lead.none') }),
  pager(res, p => go('lead' + 's', null, Object.assign({}, params, { page: p }))));
}

async function leadPage(id) {
  const d = await api.get('/api/leads/' + encodeURIComponent(id));
  const l = d.lead;
  const pid = p => p && p.ref;
  const names = new Map((d.persons || []).map(p => [p.ref, p.name]));
  (d.persons || []).forEach(p => { if (p.role === 'OFFICIAL') knownRoles.set(p.ref, 'OFFICIAL'); });
  (d.grants || []).forEach(g => { if (pid(g.beneficiary) && knownRoles.get(g.beneficiary.ref) !== 'OFFICIAL') knownRoles.set(g.beneficiary.ref, 'BENEFICIARY');
    [g.handledBy, g.approvedBy].forEach(o => { if (pid(o)) knownRoles.set(o.ref, 'OFFICIAL'); }); });
  const nameOf = p => (p && p.ref ? h('a', { href: '#/person/' + encodeURIComponent(p.ref) }, names.get(p.ref) || p.id || t('person.unnamed')) : h('span', { class: 'muted' }, t('person.outside')));

  // evidence subgraph: the lead's persons, its kinship paths, its grants' hands
  const els = new Map();
  const node = (ref, label) => { if (ref && !els.has(ref)) els.set(ref, personNode({ ref, name: label || names.get(ref) }, ref)); };
  (d.persons || []).forEach(p => p.ref && p.role !== 'KIN_PATH' && node(p.ref, p.name));
  (d.evidence && d.evidence.paths || []).forEach((p, i) => {
    // one tie from the official to the relative, labelled with the kinship term; the persons the
    // chain passes are named in its tooltip (and listed in the persons table)
    const refs = p.persons.map(x => x.ref);
    const a = refs[0], b = refs[refs.length - 1];
    if (!a || !b || a === b) return;
    node(a); node(b);
    const via = refs.slice(1, -1).map(r => names.get(r) || t('person.outside'));
    els.set('k' + i, { group: 'edges', data: { id: 'k' + i, source: a, target: b, kind: 'KIN',
      label: lang() === 'zh-CN' ? p.terms[1] : p.terms[0],
      tip: (p.terms || []).join(' / ') + ' (' + p.chain + ')' + (via.length ? '\n' + t('path.via', { names: via.join('、') }) : '') } });
  });
  (d.grants || []).forEach(g => [['handledBy', 'HANDLED'], ['approvedBy', 'APPROVED']].forEach(([k, type]) => {
    if (!pid(g[k]) || !pid(g.beneficiary) || g[k].ref === g.beneficiary.ref) return;
    node(g[k].ref, names.get(g[k].ref) || t(k === 'handledBy' ? 'grant.handledBy' : 'grant.approvedBy')); node(g.beneficiary.ref, names.get(g.beneficiary.ref) || t('grant.beneficiary'));
    const eid = 'g' + g.id + type;
    els.set(eid, { group: 'edges', data: { id: eid, source: g[k].ref, target: g.beneficiary.ref, kind: 'GRANT',
      label: code('tieType', type), tip: g.id + ' · ' + code('program', g.program) + ' · ' + fmtMoney(g.amount) } });
  }));
  (d.transfers || []).forEach(tr => {
    const owner = acc => (d.accounts || []).find(a => a.id === acc);
    const a = owner(tr.fromAccount), b = owner(tr.toAccount);
    if (a && b && pid(a.owner) && pid(b.owner)) { node(a.owner.ref); node(b.owner.ref);
      els.set('t' + tr.id, { group: 'edges', data: { id: 't' + tr.id, source: a.owner.ref, target: b.owner.ref, kind: 'MONEY',
        label: fmtMoney(tr.amount), tip: tr.id + ' · ' + tr.date } }); }
  });

  const reason = h('textarea', { id: 'review-reason', rows: 2, cols: 50, placeholder: t('review.reasonHint') });
  const agency = h('input', { type: 'text', id: 'handoff-agency', size: 20, placeholder: t('review.agencyHint') });
  const reviewOut = h('div', { id: 'review-result' });
  const review = async (st, text) => {
    try {
      await api.send('PATCH', '/api/leads/' + encodeURIComponent(id), { status: st, reason: text || null });
      fill(reviewOut, msg('ok', t('review.done', { status: code('status', st) })));
      await leadPage(id);
      fill(document.getElementById('review-result'), msg('ok', t('review.done', { status: code('status', st) })));
    } catch (e) { fill(reviewOut, problem(e)); }
  };
  const canReview = has('INVESTIGATOR');
  const graphEl = h('div', { class: 'graph small', id: 'lead-graph' });
  const panel = h('div', { class: 'nodepanel', id: 'node-panel' }, h('span', { class: 'muted' }, t('graph.tapHint')));
  const formats = [['graphml', 'GraphML'], ['gexf', 'GEXF'], ['cytoscape', 'Cytoscape JSON'], ['csv', 'CSV (zip)'], ['cypher', 'Cypher'], ['dot', 'DOT']];
  const ext = { graphml: 'graphml', gexf: 'gexf', cytoscape: 'cyjs', csv: 'csv.zip', cypher: 'cypher', dot: 'dot' };
  const exportOut = h('span');
  const accountOwner = acc => { const a = (d.accounts || []).find(x => x.id === acc); return a ? nameOf(a.owner) : ''; };
  fill(main, 
    h('h1', null, sev(l.severity), ' ', l.title),
    h('div', { class: 'sentence', id: 'lead-sentence' }, l.sentence || (d.evidence && d.evidence.sentence) || ''),
    h('div', { class: 'row' },
      h('div', { class: 'grow' }, legend(), graphEl, panel),
      h('div', { class: 'side panel' },
        h('dl', { class: 'kv' },
          h('dt', null, t('lead.status')), h('dd', { id: 'lead-status-value' }, status(l.status)),
          h('dt', null, t('lead.rule')), h('dd', null, code('rule', l.ruleId) + ' (' + l.ruleId + ')'),
          h('dt', null, t('lead.ruleVersion')), h('dd', null, l.ruleVersion ?? ''),
          h('dt', null, t('lead.scope')), h('dd', null, code('scope', l.scope)),
          h('dt', null, t('lead.score')), h('dd', null, fmtScore(l.score)),
          h('dt', null, t('lead.kinship')), h('dd', null, l.kinshipTerm || ''),
          h('dt', null, t('lead.region')), h('dd', null, l.regionCode || ''),
          h('dt', null, t('lead.created')), h('dd', null, fmtTime(d.createdAt)),
          h('dt', null, t('lead.sources')), h('dd', null, (d.evidence && d.evidence.dataSources || []).map(sourceName).join(lang() === 'zh-CN' ? '、' : ', '))),
        h('h2', null, t('review.history')),
        h('div', { id: 'review-history' }, (d.reviews && d.reviews.length)
          ? table([
            { key: 'at', label: t('review.time'), cell: r => fmtTime(r.at) },
            { key: 'status', label: t('lead.status'), cell: r => code('status', r.status) },
            { key: 'reviewer', label: t('review.reviewer') },
            { key: 'reason', label: t('review.reason') },
          ], d.reviews)
          : l.reviewedAt
            ? h('p', null, t('review.last', { status: code('status', l.status), user: l.reviewer || '', time: fmtTime(l.reviewedAt) }),
              l.reviewReason ? h('br') : null, l.reviewReason ? t('review.reason') + ': ' + l.reviewReason : null)
            : h('p', { class: 'muted' }, t('review.never'))),
        has('ADMIN') ? h('a', { href: '#/audit?subject=' + encodeURIComponent(id) }, t('review.audit')) : h('p', { class: 'muted' }, t('review.auditNote')),
        canReview ? h('div', null, h('h2', null, t('review.actions')),
          h('div', { class: 'nodepanel' },
            h('button', { type: 'button', id: 'review-under', onclick: () => review('UNDER_REVIEW', reason.value.trim()) }, code('status', 'UNDER_REVIEW')),
            h('button', { type: 'button', id: 'review-confirm', onclick: () => review('CONFIRMED', reason.value.trim()) }, code('status', 'CONFIRMED')),
            h('button', { type: 'button', id: 'review-dismiss', onclick: () => reason.value.trim()
              ? review('DISMISSED', reason.value.trim()) : fill(reviewOut, msg('error', t('review.needReason'))) }, code('status', 'DISMISSED'))),
          h('label', { class: 'muted' }, t('review.reason'), h('br'), reason),
          h('div', { class: 'nodepanel' }, agency, h('button', { type: 'button', id: 'review-handoff', onclick: () => agency.value.trim()
            ? review('UNDER_REVIEW', t('review.handoffText', { agency: agency.value.trim(), note: reason.value.trim() }))
            : fill(reviewOut, msg('error', t('review.needAgency'))) }, t('review.handoff'))),
          reviewOut) : null,
        has('ANALYST') ? h('div', null, h('h2', null, t('export.title')), h('div', { class: 'nodepanel' }, formats.map(([f, label]) =>
          h('button', { type: 'button', 'data-format': f, onclick: async () => {
            try { await api.download('/api/leads/' + encodeURIComponent(id) + '/export?format=' + f, 'lead-' + id + '.' + ext[f]);
              fill(exportOut, msg('ok', t('export.done', { format: label }))); } catch (e) { fill(exportOut, problem(e)); } } }, label))), exportOut) : null)),
    h('h2', null, t('lead.grants')),
    table([{ key: 'id', label: t('grant.id') }, { key: 'program', label: t('grant.program'), cell: g => code('program', g.program) },
      { key: 'amount', label: t('grant.amount'), num: true, cell: g => fmtMoney(g.amount) },
      { key: 'appliedDate', label: t('grant.applied'), date: true }, { key: 'approvedDate', label: t('grant.approved'), date: true },
      { key: 'b', label: t('grant.beneficiary'), cell: g => nameOf(g.beneficiary) }, { key: 'hb', label: t('grant.handledBy'), cell: g => nameOf(g.handledBy) },
      { key: 'ab', label: t('grant.approvedBy'), cell: g => nameOf(g.approvedBy) },
      { key: 'declaredRelative', label: t('grant.declared'), cell: g => (g.declaredRelative ? t('yes') : t('no')) }], d.grants || []),
    h('h2', null, t('lead.payments')),
    table([{ key: 'id', label: t('payment.id') }, { key: 'amount', label: t('grant.amount'), num: true, cell: p => fmtMoney(p.amount) },
      { key: 'paidDate', label: t('payment.date'), date: true }, { key: 'accountId', label: t('payment.account') },
      { key: 'o', label: t('payment.owner'), cell: p => accountOwner(p.accountId) }], d.payments || []),
    h('h2', null, t('lead.transfers')),
    table([{ key: 'id', label: t('payment.id') }, { key: 'amount', label: t('grant.amount'), num: true, cell: p => fmtMoney(p.amount) },
      { key: 'date', label: t('payment.date'), date: true }, { key: 'fromAccount', label: t('transfer.from') },
      { key: 'f', label: t('payment.owner'), cell: p => accountOwner(p.fromAccount) },
      { key: 'toAccount', label: t('transfer.to') }, { key: 'to', label: t('payment.owner'), cell: p => accountOwner(p.toAccount) }], d.transfers || []),
    h('h2', null, t('lead.assets')),
    table([{ key: 'id', label: t('asset.id') }, { key: 'kind', label: t('asset.kind'), cell: a => code('asset', a.kind) },
      { key: 'value', label: t('asset.value'), num: true, cell: a => fmtMoney(a.value) }, { key: 'registeredDate', label: t('asset.date'), date: true },
      { key: 'o', label: t('payment.owner'), cell: a => nameOf(a.owner) }], d.assets || []),
    h('h2', null, t('lead.persons')),
    table([{ key: 'name', label: t('person.name'), cell: p => nameOf(p) }, { key: 'role', label: t('lead.personRole'), cell: p => code('leadRole', p.role) },
      { key: 'id', label: t('person.id') }, { key: 'regionCode', label: t('lead.region') }], d.persons || []));
  const elements = [...els.values()];
  const nodes = elements.filter(e => e.group === 'nodes').length;
  const cy = draw(graphEl, elements, { onNode: graphWithPanel(graphEl, panel),
    layout: nodes <= 12 ? { name: 'breadthfirst', directed: false, padding: 30, spacingFactor: 1.3, animate: false,
      roots: elements.filter(e => e.group === 'nodes' && e.data.role === 'OFFICIAL').map(e => e.data.id) }
      : { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 20000, idealEdgeLength: () => 110, randomize: false } });
  graphEl.__cy = cy;
  graphEl.dataset.drawn = String(cy.nodes().length);
}

// ---------- analyses ----------
async function analysesPage() {
  const region = h('input', { type: 'text', id: 'analysis-region', size: 14, placeholder: t('analysis.regionHint') });
  const programs = ['DIBAO', 'TEKUN', 'LINSHI', 'ZUNLAO', 'HOUSING', 'STUDENT_AID'].map(p =>
    h('label', { style: 'flex-direction:row;gap:3px;align-items:center' }, h('input', { type: 'checkbox', value: p }), code('program', p)));
  const from = h('input', { type: 'date', id: 'analysis-from' }), to = h('input', { type: 'date', id: 'analysis-to' });
  const bar = h('div', { id: 'analysis-bar' });
  const out = h('div', { id: 'analysis-result' });
  fill(main, h('h1', null, t('menu.analyses')),
    h('form', { class: 'panel form', onsubmit: async e => {
      e.preventDefault();
      const body = { region: region.value.trim() || null, from: from.value || null, to: to.value || null,
        programs: programs.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value) };
      try {
        const started = await api.send('POST', '/api/analyses', body);
        follow(started.id);
      } catch (err) { fill(out, problem(err)); }
    } }, h('label', null, t('lead.region'), region), h('fieldset', { class: 'form', style: 'border:0;padding:0;margin:0' },
      h('legend', { class: 'muted' }, t('grant.program')), programs),
    h('label', null, t('analysis.from'), from), h('label', null, t('analysis.to'), to),
    h('button', { class: 'primary', type: 'submit', id: 'analysis-start' }, t('analysis.start'))), bar, out);
  async function follow(aid) {
    const barFill = h('div');
    fill(bar, h('div', { class: 'panel' }, h('div', { class: 'progress' }, barFill), h('p', { class: 'muted', id: 'analysis-state' })));
    for (;;) {
      const a = await api.get('/api/analyses/' + encodeURIComponent(aid));
      barFill.style.width = Math.round((a.progress || 0) * 100) + '%';
      document.getElementById('analysis-state').textContent = t('analysis.state', { status: code('analysisStatus', a.status), pct: Math.round((a.progress || 0) * 100) });
      fill(out, table([{ key: 'name', label: t('analysis.stage') }, { key: 'items', label: t('analysis.items'), num: true },
        { key: 'millis', label: t('analysis.millis'), num: true }], a.stages || []),
      a.status === 'DONE' ? h('p', { id: 'analysis-done' }, t('analysis.done', { n: a.leadCount }), ' ', h('a', { href: '#/leads' }, t('menu.leads'))) : null,
      a.error ? msg('error', a.error) : null);
      if (a.status === 'DONE' || a.status === 'FAILED') return;
      await new Promise(r => setTimeout(r, 400));
    }
  }
}

// ---------- imports ----------
const KINDS = ['persons', 'households', 'kinship', 'acquaintances', 'posts', 'grants', 'accounts', 'payments', 'transfers', 'assets', 'tips'];
async function importsPage() {
  const kind = h('select', { id: 'import-kind' }, KINDS.map(k => h('option', { value: k }, code('kind', k))));
  const strict = h('input', { type: 'checkbox', id: 'import-strict' });
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  const drop = h('div', { class: 'drop', id: 'import-drop' }, t('import.drop'));
  const bar = h('div', { id: 'import-bar' });
  const out = h('div', { id: 'import-result' });
  let chosen = null;
  const choose = f => { chosen = f; drop.textContent = t('import.chosen', { name: f.name, kb: Math.ceil(f.size / 1024) });
    const guess = KINDS.find(k => f.name.toLowerCase().startsWith(k)); if (guess) kind.value = guess; };
  file.addEventListener('change', () => file.files[0] && choose(file.files[0]));
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); if (e.dataTransfer.files[0]) choose(e.dataTransfer.files[0]); });
  fill(main, h('h1', null, t('menu.imports')),
    h('form', { class: 'panel form', onsubmit: async e => {
      e.preventDefault();
      if (!chosen) { fill(out, msg('error', t('import.noFile'))); return; }
      const barFill = h('div');
      const state = h('p', { class: 'muted', id: 'import-state' }, t('import.uploading'));
      fill(bar, h('div', { class: 'panel' }, h('div', { class: 'progress' }, barFill), state));
      fill(out, );
      try {
        const r = await api.upload('/api/imports/' + kind.value + api.query({ strict: strict.checked, filename: chosen.name }), chosen,
          p => { barFill.style.width = Math.round(p * 50) + '%'; });
        let report = r.body, jobId = r.body.id;
        if (r.status === 202) {
          for (;;) {
            const job = await api.get('/api/imports/jobs/' + encodeURIComponent(jobId));
            barFill.style.width = Math.round(50 + 50 * (job.progress || 0)) + '%';
            state.textContent = t('import.phase', { phase: job.phase || '', rows: job.rowsDone || 0 });
            if (job.state === 'DONE') { report = job.report; break; }
            if (job.state === 'FAILED') throw new api.ApiError(422, { detail: job.error });
            await new Promise(res => setTimeout(res, 400));
          }
        }
        barFill.style.width = '100%';
        state.textContent = t('import.done', { rows: report.rows, accepted: report.accepted, rejected: report.rejected });
        fill(out, 
          report.rejected ? h('p', null, h('a', { href: '#', id: 'rejects-link', onclick: ev => { ev.preventDefault();
            api.download('/api/imports/jobs/' + encodeURIComponent(jobId) + '/rejects.csv', 'rejects-' + jobId + '.csv').catch(err => out.append(problem(err))); } },
          t('import.rejectsFile'))) : null,
          (report.warnings || []).map(w => msg('info', w)),
          h('h2', null, t('import.rejects', { n: report.rejected })),
          table([{ key: 'line', label: t('import.line'), num: true }, { key: 'column', label: t('import.column') },
            { key: 'value', label: t('import.value') }, { key: 'reason', label: t('import.reason') }], report.rejects || [],
          { class: 'rejects', empty: t('import.noRejects') }),
          report.rejectsTruncated ? msg('info', t('import.truncated')) : null);
      } catch (err) { state.textContent = ''; fill(out, problem(err)); }
    } }, h('label', null, t('import.kind'), kind), h('label', null, t('import.file'), file),
    h('label', { style: 'flex-direction:row;gap:4px;align-items:center' }, strict, t('import.strict')),
    h('button', { class: 'primary', type: 'submit', id: 'import-submit' }, t('import.submit'))), drop, bar, out);
}

// ---------- audit (administrator) ----------
async function auditPage(_, params) {
  const user = h('input', { type: 'text', id: 'audit-user', value: params.user || '', size: 14 });
  const subject = h('input', { type: 'text', id: 'audit-subject', value: params.subject || '', size: 40 });
  const out = h('div', { id: 'audit-result' });
  fill(main, h('h1', null, t('menu.audit')),
    h('form', { class: 'panel form', onsubmit: e => { e.preventDefault(); go('audit', null, { user: user.value.trim(), subject: subject.value.trim() }); } },
      h('label', null, t('audit.user'), user), h('label', null, t('audit.subject'), subject),
      h('button', { class: 'primary', type: 'submit' }, t('filter.apply'))), out);
  const page = Number(params.page || 0);
  const res = await api.get('/api/audit', { user: params.user, subject: params.subject, page, size: 50 });
  fill(out, table([{ key: 'seq', label: '#', num: true }, { key: 'time', label: t('audit.time'), cell: r => fmtTime(r.time) },
    { key: 'user', label: t('audit.user') }, { key: 'method', label: t('audit.method') }, { key: 'path', label: t('audit.path') },
    { key: 'status', label: t('audit.status'), num: true }, { key: 'subjectCount', label: t('audit.subjects'), num: true }],
  res.items, { class: 'audit', empty: t('audit.none') }), pager(res, p => go('audit', null, Object.assign({}, params, { page: p }))));
}

// ---------- start ----------
document.getElementById('logout').addEventListener('click', async () => { await api.logout(); me = null; location.hash = '#/'; loginPage(); });
document.getElementById('lang-top').addEventListener('change', e => { setLang(e.target.value); route(); });
window.addEventListener('hashchange', route);
setLang(lang());
watchReadiness();
route();
