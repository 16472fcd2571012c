// The preview page's controller: asks the server to act (open, click, switch user...), then redraws the side panel,
// the Gmail-like host view and the developer drawer from the state the server returns. The server owns all state.
(function () {
  'use strict';

  const HOST_NAMES = { GMAIL: 'Gmail', DRIVE: 'Drive', SHEETS: 'Sheets' };
  const CHROME = {
    en: {
      inbox: 'Inbox',
      back: 'Back to Inbox',
      to: 'to',
      cc: 'cc',
      noMail: 'No messages for this user.',
      hostNote: 'The add-on shows its homepage in this app.',
      opened: 'Opened',
      failed: 'Request failed',
      sheetShown: (shown, total) => 'Showing the first ' + shown + ' of ' + total + ' rows',
      access: (granted) =>
        granted ? 'The add-on can read and write this file' : 'The add-on has no access to this file',
      consentTitle: (name) => name + ' wants to access this file',
      consentText: (title) =>
        'Allow the add-on to see and edit "' + title + '" (only this file, with the drive.file permission)?',
      allow: 'Allow',
      cancel: 'Cancel',
    },
    fr: {
      inbox: 'Boîte de réception',
      back: 'Retour à la boîte de réception',
      to: 'à',
      cc: 'cc',
      noMail: 'Aucun message pour cet utilisateur.',
      hostNote: "Le module complémentaire affiche sa page d'accueil dans cette application.",
      opened: 'Ouvert',
      failed: 'Échec de la requête',
      sheetShown: (shown, total) => 'Affichage des ' + shown + ' premières lignes sur ' + total,
      access: (granted) =>
        granted
          ? 'Le module complémentaire peut lire et modifier ce fichier'
          : "Le module complémentaire n'a pas accès à ce fichier",
      consentTitle: (name) => name + ' souhaite accéder à ce fichier',
      consentText: (title) =>
        'Autoriser le module complémentaire à voir et modifier « ' +
        title +
        ' » (ce fichier seulement, avec l’autorisation drive.file) ?',
      allow: 'Autoriser',
      cancel: 'Annuler',
    },
  };

  const $ = (id) => document.getElementById(id);
  const view = { state: null, users: [], messages: [], busy: false, drawerTab: 'calls', drawerOpen: false };

  function el(tag, className, children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    (children || []).forEach((c) => {
      if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  const chrome = () => CHROME[(view.state && view.state.selection.locale) || 'en'] || CHROME.en;

  async function call(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({ error: res.statusText }));
    if (!res.ok) throw new Error(data.error || res.statusText);
    return data;
  }

  /** Runs a state-changing request with the panel blocked (and the spinner unless the action asked for none). */
  async function act(path, body, opts) {
    if (view.busy) return;
    const spinner = !opts || opts.spinner !== false;
    view.busy = true;
    $('busy-veil').hidden = false;
    $('progress').hidden = !spinner;
    document.body.classList.add('busy');
    try {
      const state = await call('POST', path, body);
      applyState(state, true);
      if (opts && opts.after) await opts.after();
    } catch (err) {
      toast(chrome().failed + ': ' + err.message, 'error');
    } finally {
      view.busy = false;
      $('busy-veil').hidden = true;
      $('progress').hidden = true;
      document.body.classList.remove('busy');
      if (view.drawerOpen) refreshDrawer();
    }
  }

  function toast(text, kind, link) {
    const node = el('div', 'toast toast-' + (kind || 'info'), [el('span', 'toast-text', [text])]);
    node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (link) {
      const a = el('a', 'toast-link', [link]);
      a.href = link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      node.appendChild(a);
    }
    const close = el('button', 'toast-close', ['✕']);
    close.type = 'button';
    close.setAttribute('aria-label', 'Dismiss');
    close.addEventListener('click', () => node.remove());
    node.appendChild(close);
    $('toasts').appendChild(node);
    setTimeout(() => node.remove(), 8000);
  }

  function normalizeFormValues(raw) {
    let values = raw;
    if (Array.isArray(values)) values = values[values.length - 1];
    if (!values || typeof values !== 'object') return {};
    const out = {};
    Object.keys(values).forEach((k) => {
      const v = values[k];
      if (Array.isArray(v)) out[k] = v.map(String);
      else if (v && typeof v === 'object' && v.stringInputs) out[k] = (v.stringInputs.value || []).map(String);
      else if (typeof v === 'string') out[k] = [v];
      else if (typeof v === 'boolean') out[k] = v ? ['true'] : [];
    });
    return out;
  }

  function onCardClick(onClick, extraParams) {
    if (onClick.openLink) {
      window.open(onClick.openLink.url, '_blank', 'noopener');
      toast(chrome().opened, 'info', onClick.openLink.url);
      return;
    }
    const action = Object.assign({}, onClick.action);
    if (extraParams) {
      action.parameters = (action.parameters || []).concat(
        Object.keys(extraParams).map((key) => ({ key, value: String(extraParams[key]) })),
      );
    }
    const formValues = window.CardRenderer.collectFormValues($('panel'));
    act('/api/action', { action, formValues }, { spinner: action.loadIndicator !== 'NONE' });
  }

  /** A field with an onChangeAction changed: the server applies the values, which runs that action. */
  function onFieldChange(action) {
    const formValues = window.CardRenderer.collectFormValues($('panel'));
    act('/api/form', { formValues }, { spinner: !action || action.loadIndicator !== 'NONE' });
  }

  function applyState(state, fromAction) {
    const before = view.state;
    view.state = state;
    render();
    if (!fromAction) return;
    const panel = state.panel;
    if (panel.lastError) toast(panel.lastError, 'error');
    else if (panel.notification) toast(panel.notification, 'notice');
    if (state.info) toast(state.info, 'info');
    (state.newLinks || []).forEach((url) => {
      window.open(url, '_blank', 'noopener');
      toast(chrome().opened, 'info', url);
    });
    const switched =
      !before || before.selection.user !== state.selection.user || before.selection.locale !== state.selection.locale;
    if (switched) loadMessages();
  }

  // ---- drawing ----

  function render() {
    const s = view.state;
    document.documentElement.lang = s.selection.locale;
    document.documentElement.style.setProperty('--primary', s.addon.primaryColor);
    document.querySelectorAll('.host').forEach((b) => {
      const on = b.dataset.host === s.selection.host;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', String(on));
    });
    $('locale-select').value = s.selection.locale;
    if ($('user-select').value !== s.selection.user) $('user-select').value = s.selection.user;
    renderPanel();
    renderHostView();
    renderConsent();
    renderDraft();
  }

  /** Gmail's compose window over the page: the draft a compose action opened, for the user to edit and send. */
  function renderDraft() {
    const existing = $('compose');
    if (existing) existing.remove();
    const d = view.state.panel.openedDraft;
    if (!d) return;
    const close = el('button', 'btn btn-text', ['Close']);
    close.type = 'button';
    close.addEventListener('click', () => act('/api/close-draft', {}));
    const line = (label, value) => el('div', 'compose-line', [el('span', 'compose-label', [label]), value]);
    const win = el('div', 'compose-window', [
      el('div', 'compose-title', ['Draft reply (not sent)']),
      line('To', d.to),
      line('Subject', d.subject),
      el('pre', 'compose-body', [d.body]),
      el('div', 'compose-buttons', [close]),
    ]);
    win.id = 'compose';
    win.setAttribute('role', 'dialog');
    win.setAttribute('aria-label', 'Draft reply');
    document.body.appendChild(win);
  }

  /** Google's consent dialog for drive.file on the open file, while the add-on's request waits for an answer. */
  function renderConsent() {
    const s = view.state;
    const existing = $('consent');
    if (existing) existing.remove();
    if (!s.panel.fileScopeRequested || !s.panel.editorFile) return;
    const c = chrome();
    const allow = el('button', 'btn btn-filled', [c.allow]);
    allow.type = 'button';
    allow.addEventListener('click', () => act('/api/file-scope', { grant: true }));
    const cancel = el('button', 'btn btn-text', [c.cancel]);
    cancel.type = 'button';
    cancel.addEventListener('click', () => act('/api/file-scope', { grant: false }));
    const dialog = el('div', 'consent-dialog', [
      el('h2', 'consent-title', [c.consentTitle(s.addon.name)]),
      el('p', 'consent-text', [c.consentText(s.panel.editorFile.title)]),
      el('div', 'consent-buttons', [cancel, allow]),
    ]);
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-label', c.consentTitle(s.addon.name));
    const veil = el('div', 'consent-veil', [dialog]);
    veil.id = 'consent';
    document.body.appendChild(veil);
    allow.focus();
  }

  function columnName(index) {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  }

  /** The Sheets host: the open spreadsheet's active sheet as a grid, header row bold, rows numbered like Sheets. */
  function renderSheet(root, sheet) {
    const c = chrome();
    const granted = !!(view.state.panel.editorFile && view.state.panel.editorFile.granted);
    root.appendChild(
      el('div', 'sheet-bar', [
        el('span', 'sheet-title', [sheet.title]),
        el('span', 'sheet-tab', [sheet.sheetName]),
        el('span', 'sheet-access' + (granted ? ' granted' : ''), [c.access(granted)]),
      ]),
    );
    const letters = [el('th', 'sheet-corner', [])];
    for (let i = 0; i < sheet.columns; i++) letters.push(el('th', 'sheet-col', [columnName(i)]));
    const body = sheet.rows.map((row, r) => {
      const cells = [el('th', 'sheet-row', [String(r + 1)])];
      row.forEach((text) => cells.push(el('td', '', [text])));
      return el('tr', r === 0 ? 'sheet-header-row' : '', cells);
    });
    const grid = el('table', 'sheet-grid', [el('thead', '', [el('tr', '', letters)]), el('tbody', '', body)]);
    grid.setAttribute('aria-label', sheet.sheetName);
    root.appendChild(el('div', 'sheet-scroll', [grid]));
    if (sheet.lastRow > sheet.rows.length) {
      root.appendChild(el('p', 'sheet-note', [c.sheetShown(sheet.rows.length, sheet.lastRow)]));
    }
  }

  function renderPanel() {
    const s = view.state;
    const logo = $('addon-logo');
    if (logo.dataset.src !== s.addon.logoUrl) {
      logo.dataset.src = s.addon.logoUrl;
      logo.onerror = () => {
        logo.onerror = null;
        logo.src = 'logo.svg'; // offline: the manifest's logo is on gstatic
      };
      logo.src = s.addon.logoUrl || 'logo.svg';
    }
    $('addon-name').textContent = s.addon.name;
    const stack = s.panel.stack || [];
    const card = stack[stack.length - 1];
    $('back-button').hidden = stack.length <= 1;
    const body = $('panel-body');
    const footer = $('panel-footer');
    body.replaceChildren();
    footer.replaceChildren();
    if (card) {
      const drawn = window.CardRenderer.renderCard(card, {
        locale: s.selection.locale,
        logoUrl: s.addon.logoUrl,
        formValues: normalizeFormValues(s.panel.formValues),
        onClick: onCardClick,
        onChange: onFieldChange,
      });
      body.appendChild(drawn.body);
      if (drawn.footer) footer.appendChild(drawn.footer);
      body.dataset.stackDepth = String(stack.length);
    } else if (s.panel.lastError) {
      body.appendChild(el('div', 'panel-error', [s.panel.lastError]));
    }
    renderMenu(card);
  }

  function renderMenu(card) {
    const menu = $('menu');
    menu.replaceChildren();
    const add = (label, handler) => {
      const item = el('button', 'menu-item', [label]);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        closeMenu();
        handler();
      });
      menu.appendChild(item);
    };
    ((card && card.cardActions) || []).forEach((a) => add(a.actionLabel, () => onCardClick(a.onClick)));
    if (menu.firstChild && view.state.addon.universalActions.length) menu.appendChild(el('div', 'menu-divider'));
    view.state.addon.universalActions.forEach((label) => add(label, () => act('/api/universal', { label })));
  }

  function closeMenu() {
    $('menu').hidden = true;
    $('menu-button').setAttribute('aria-expanded', 'false');
  }

  function renderHostView() {
    const s = view.state;
    const root = $('host-view');
    root.replaceChildren();
    const c = chrome();
    root.classList.toggle('sheets', s.selection.host === 'SHEETS' && !!s.sheet);
    if (s.selection.host === 'SHEETS' && s.sheet) {
      renderSheet(root, s.sheet);
      return;
    }
    if (s.selection.host !== 'GMAIL') {
      root.appendChild(
        el('div', 'host-placeholder', [
          el('div', 'host-placeholder-title', [HOST_NAMES[s.selection.host]]),
          el('p', '', [c.hostNote]),
        ]),
      );
      return;
    }
    const open = s.messageId && view.messages.find((m) => m.id === s.messageId);
    if (open) {
      const backLink = el('button', 'mail-back', ['← ' + c.back]);
      backLink.type = 'button';
      backLink.addEventListener('click', () => act('/api/message', { messageId: null }));
      root.appendChild(
        el('article', 'mail-open', [
          backLink,
          el('h1', 'mail-subject', [open.subject]),
          el('div', 'mail-from', [open.from]),
          el('div', 'mail-to', [
            c.to + ' ' + open.to.join(', ') + (open.cc.length ? ' · ' + c.cc + ' ' + open.cc.join(', ') : ''),
          ]),
          el('div', 'mail-date', [formatDate(open.date)]),
          el('p', 'mail-body', [open.snippet]),
        ]),
      );
      return;
    }
    root.appendChild(el('h1', 'inbox-title', [c.inbox]));
    if (!view.messages.length) {
      root.appendChild(el('p', 'inbox-empty', [c.noMail]));
      return;
    }
    const list = el('ul', 'inbox', []);
    view.messages.forEach((m) => {
      const row = el('li', 'mail-row', [
        el('span', 'mail-row-from', [displayName(m.from)]),
        el('span', 'mail-row-text', [el('b', '', [m.subject]), ' — ' + m.snippet]),
        el('span', 'mail-row-date', [formatDate(m.date, true)]),
      ]);
      row.tabIndex = 0;
      row.setAttribute('role', 'button');
      row.dataset.messageId = m.id;
      const openIt = () => act('/api/message', { messageId: m.id });
      row.addEventListener('click', openIt);
      row.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') openIt();
      });
      list.appendChild(row);
    });
    root.appendChild(list);
  }

  function displayName(address) {
    const m = /^\s*"?([^"<]+?)"?\s*<[^>]+>\s*$/.exec(address);
    return m ? m[1] : address;
  }

  function formatDate(iso, short) {
    const d = new Date(iso);
    if (isNaN(d.getTime())) return iso;
    const locale = view.state.selection.locale;
    return short
      ? d.toLocaleDateString(locale, { month: 'short', day: 'numeric' })
      : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }

  function renderUsers() {
    const select = $('user-select');
    select.replaceChildren();
    const groups = {};
    view.users.forEach((u) => {
      (groups[u.kind] = groups[u.kind] || []).push(u);
    });
    Object.keys(groups).forEach((kind) => {
      const group = el('optgroup');
      group.label = kind;
      groups[kind].forEach((u) => {
        const option = el('option', '', [u.name + ' <' + u.email + '>' + (u.disabled ? ' (disabled)' : '')]);
        option.value = u.id;
        group.appendChild(option);
      });
      select.appendChild(group);
    });
    if (view.state) select.value = view.state.selection.user;
  }

  async function loadMessages() {
    try {
      view.messages = await call('GET', '/api/messages');
    } catch (err) {
      view.messages = [];
    }
    if (view.state) renderHostView();
  }

  // ---- developer drawer ----

  function userLabel(id) {
    const user = view.users.find((u) => u.id === id);
    return user ? user.email : id;
  }

  function cell(text, className) {
    return el('td', className, [text == null ? '' : String(text)]);
  }

  function table(headers, rows) {
    const head = el(
      'tr',
      '',
      headers.map((h) => el('th', '', [h])),
    );
    return el('table', 'drawer-table', [el('thead', '', [head]), el('tbody', '', rows)]);
  }

  function jsonText(value) {
    const text = JSON.stringify(value);
    return text === undefined ? '' : text;
  }

  function argsCell(value) {
    const text = jsonText(value);
    const td = el('td', 'args');
    if (text.length <= 120) td.textContent = text;
    else {
      const details = el('details', '', [
        el('summary', '', [text.slice(0, 117) + '…']),
        el('pre', '', [JSON.stringify(value, null, 2)]),
      ]);
      td.appendChild(details);
    }
    return td;
  }

  function time(ms, withDate) {
    const d = new Date(ms);
    return withDate
      ? d
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' UTC')
      : d.toISOString().slice(11, 23);
  }

  async function refreshDrawer() {
    let data;
    try {
      data = await call('GET', '/api/drawer');
    } catch (err) {
      $('drawer-body').replaceChildren(el('p', 'drawer-error', [err.message]));
      return;
    }
    $('drawer-clock').textContent = 'Virtual clock: ' + time(data.clock, true);
    document.querySelectorAll('.drawer-tab').forEach((t) => {
      const on = t.dataset.tab === view.drawerTab;
      t.classList.toggle('active', on);
      t.setAttribute('aria-selected', String(on));
    });
    const body = $('drawer-body');
    body.replaceChildren();
    if (view.drawerTab === 'calls') {
      const calls = data.calls.slice().reverse();
      const trips = new Set(data.calls.map((c) => c.roundTrip)).size;
      body.appendChild(
        el('p', 'drawer-summary', [data.calls.length + ' calls in ' + trips + ' round trips (newest first)']),
      );
      body.appendChild(
        table(
          ['Time', 'User', 'Method', 'Arguments', 'Status', 'Via', 'Round trip'],
          calls.map((c) =>
            el('tr', c.status >= 400 ? 'error-row' : '', [
              cell(time(c.t)),
              cell(userLabel(c.user)),
              cell(c.method, 'mono'),
              argsCell(c.args),
              cell(c.status, 'status'),
              cell(c.via),
              cell(c.roundTrip),
            ]),
          ),
        ),
      );
    } else if (view.drawerTab === 'triggers') {
      const advance = (label, ms) => {
        const b = el('button', 'btn btn-outlined', [label]);
        b.type = 'button';
        b.addEventListener('click', () => act('/api/clock/advance', { ms }));
        return b;
      };
      body.appendChild(
        el('div', 'clock-row', [
          el('span', 'clock-now', ['Now: ' + time(data.clock, true) + ' (script time zone ' + data.timeZone + ')']),
          advance('+1 hour', 3600000),
          advance('+1 day', 86400000),
        ]),
      );
      body.appendChild(
        table(
          ['Id', 'Handler', 'Every', 'Next run', ''],
          data.triggers.map((t) => {
            const run = el('button', 'btn btn-text', ['Run now']);
            run.type = 'button';
            run.addEventListener('click', () => act('/api/trigger/run', { id: t.id }));
            const td = el('td', '', [run]);
            return el('tr', '', [
              cell(t.id, 'mono'),
              cell(t.handler || t.handlerFunction, 'mono'),
              cell(t.everyMs ? t.everyMs / 3600000 + ' h' : ''),
              cell(t.nextRunAt ? time(t.nextRunAt, true) : ''),
              td,
            ]);
          }),
        ),
      );
      if (!data.triggers.length) body.appendChild(el('p', 'drawer-empty', ['No installed triggers for this user.']));
    } else if (view.drawerTab === 'storage') {
      const props = Object.keys(data.properties).map((k) =>
        el('tr', '', [cell(k, 'mono'), argsCell(data.properties[k])]),
      );
      const cache = Object.keys(data.cache).map((k) => el('tr', '', [cell(k, 'mono'), argsCell(data.cache[k])]));
      body.appendChild(el('h3', '', ['User properties']));
      body.appendChild(props.length ? table(['Key', 'Value'], props) : el('p', 'drawer-empty', ['(none)']));
      body.appendChild(el('h3', '', ['User cache']));
      body.appendChild(cache.length ? table(['Key', 'Value'], cache) : el('p', 'drawer-empty', ['(none)']));
    } else {
      const rows = data.executions
        .slice()
        .reverse()
        .map((x) =>
          el('tr', x.status === 'ok' ? '' : 'error-row', [
            cell(x.startedAt ? time(x.startedAt) : ''),
            cell(x.fn, 'mono'),
            cell(userLabel(x.user)),
            cell(x.kind),
            cell(x.status),
            cell(x.endedAt && x.startedAt ? x.endedAt - x.startedAt + ' ms' : ''),
            cell(x.error || ''),
            argsCell(x.logs),
          ]),
        );
      body.appendChild(table(['Start', 'Function', 'User', 'Kind', 'Status', 'Duration', 'Error', 'Logs'], rows));
    }
  }

  // ---- wiring ----

  function wire() {
    document.querySelectorAll('.host').forEach((b) => {
      b.addEventListener('click', () => act('/api/open', { host: b.dataset.host }));
    });
    $('user-select').addEventListener('change', (e) => act('/api/open', { user: e.target.value }));
    $('locale-select').addEventListener('change', (e) => act('/api/open', { locale: e.target.value }));
    $('back-button').addEventListener('click', () => act('/api/back', {}));
    $('menu-button').addEventListener('click', (e) => {
      e.stopPropagation();
      const menu = $('menu');
      menu.hidden = !menu.hidden;
      $('menu-button').setAttribute('aria-expanded', String(!menu.hidden));
    });
    document.addEventListener('click', (e) => {
      if (!e.target.closest('.menu-wrap')) closeMenu();
    });
    $('drawer-toggle').addEventListener('click', () => {
      view.drawerOpen = !view.drawerOpen;
      $('drawer').hidden = !view.drawerOpen;
      $('drawer-toggle').setAttribute('aria-expanded', String(view.drawerOpen));
      document.body.classList.toggle('drawer-open', view.drawerOpen);
      if (view.drawerOpen) refreshDrawer();
    });
    document.querySelectorAll('.drawer-tab').forEach((t) => {
      t.addEventListener('click', () => {
        view.drawerTab = t.dataset.tab;
        refreshDrawer();
      });
    });
  }

  async function start() {
    wire();
    try {
      const [state, users] = await Promise.all([call('GET', '/api/state'), call('GET', '/api/users')]);
      view.users = users;
      renderUsers();
      applyState(state, false);
      await loadMessages();
      document.body.dataset.ready = 'true';
    } catch (err) {
      $('panel-body').replaceChildren(el('div', 'panel-error', ['The preview server did not answer: ' + err.message]));
    }
  }

  start();
})();
