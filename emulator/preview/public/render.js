// Card renderer: turns the recorded card JSON (google.apps.card.v1 shape, emulator/card-json.ts) into DOM that looks
// like the Workspace side panel. Everything is built with DOM calls, never innerHTML, so card text cannot inject
// markup; only Google's text formatting subset (b i u s font[color] a br) becomes elements.
(function () {
  'use strict';

  const CHROME_TEXT = {
    en: { showMore: 'Show more', showLess: 'Show less', search: 'Search', selected: 'selected' },
    fr: { showMore: 'Afficher plus', showLess: 'Afficher moins', search: 'Rechercher', selected: 'sélectionné(s)' },
  };

  // Material icon shapes (24x24 paths) drawn inline, so icons show without fonts or network access.
  const PATHS = {
    person:
      'M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
    group:
      'M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z',
    email:
      'M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z',
    schedule:
      'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
    star: 'M12 17.27L18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z',
    description:
      'M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
    bookmark: 'M17 3H7c-1.1 0-1.99.9-1.99 2L5 21l7-3 7 3V5c0-1.1-.9-2-2-2z',
    check: 'M9 16.17L4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z',
    close: 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
    info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
    school: 'M5 13.18v4L12 21l7-3.82v-4L12 17l-7-3.82zM12 3L1 9l11 6 9-4.91V17h2V9L12 3z',
    person_add:
      'M15 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm-9-2V7H4v3H1v2h3v3h2v-3h3v-2H6zm9 4c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
    delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
    edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04c.39-.39.39-1.02 0-1.41l-2.34-2.34c-.39-.39-1.02-.39-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
    search:
      'M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z',
    hourglass_empty:
      'M6 2v6h.01L6 8.01 10 12l-4 4 .01.01H6V22h12v-5.99h-.01L18 16l-4-4 4-3.99-.01-.01H18V2H6zm10 14.5V20H8v-3.5l4-4 4 4zm-4-5l-4-4V4h8v3.5l-4 4z',
    open_in_new:
      'M19 19H5V5h7V3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2v-7h-2v7zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3h-7z',
    ticket:
      'M22 10V6c0-1.11-.9-2-2-2H4c-1.1 0-1.99.89-1.99 2v4c1.1 0 1.99.9 1.99 2s-.89 2-2 2v4c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2v-4c-1.1 0-2-.9-2-2s.9-2 2-2z',
    dot: 'M12 8a4 4 0 100 8 4 4 0 000-8z',
  };
  const KNOWN_ICONS = {
    EMAIL: 'email',
    PERSON: 'person',
    MULTIPLE_PEOPLE: 'group',
    CLOCK: 'schedule',
    STAR: 'star',
    DESCRIPTION: 'description',
    BOOKMARK: 'bookmark',
    INVITE: 'person_add',
    TICKET: 'ticket',
    CONFIRMATION_NUMBER_ICON: 'ticket',
    MEMBERSHIP: 'person',
    EVENT_PERFORMER: 'person',
  };
  const MATERIAL_ALIASES = {
    mail: 'email',
    groups: 'group',
    people: 'group',
    class: 'school',
    error: 'warning',
    check_circle: 'check',
    pending: 'hourglass_empty',
    link: 'open_in_new',
    cancel: 'close',
  };

  const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      const value = ENTITIES[name.toLowerCase()];
      return value === undefined ? whole : value;
    });
  }

  function parseAttributes(text) {
    const attrs = {};
    const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      const value = m[3] !== undefined ? m[3] : m[4] !== undefined ? m[4] : m[5];
      attrs[m[1].toLowerCase()] = decodeEntities(value);
    }
    return attrs;
  }

  function safeHref(value) {
    try {
      const url = new URL(value, window.location.href);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function appendText(parent, text) {
    const lines = decodeEntities(text).split('\n');
    lines.forEach((line, i) => {
      if (i > 0) parent.appendChild(document.createElement('br'));
      if (line) parent.appendChild(document.createTextNode(line));
    });
  }

  /** Card text with Google's formatting subset as elements and anything else shown literally. */
  function richText(text) {
    const root = document.createDocumentFragment();
    const stack = [{ tag: null, el: root }];
    const top = () => stack[stack.length - 1].el;
    const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s>=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
    const source = String(text == null ? '' : text);
    let last = 0;
    let m;
    while ((m = tagRe.exec(source)) !== null) {
      if (m.index > last) appendText(top(), source.slice(last, m.index));
      last = tagRe.lastIndex;
      const closing = m[1] === '/';
      const tag = m[2].toLowerCase();
      const attrs = parseAttributes(m[3] || '');
      if (tag === 'br') {
        top().appendChild(document.createElement('br'));
        continue;
      }
      if (!['b', 'i', 'u', 's', 'font', 'a'].includes(tag)) {
        top().appendChild(document.createTextNode(m[0])); // not in the subset: show it as typed
        continue;
      }
      if (closing) {
        const at = stack.map((s) => s.tag).lastIndexOf(tag);
        if (at > 0) stack.length = at; // a stray closer is dropped
        continue;
      }
      let el;
      if (tag === 'font') {
        el = document.createElement('span');
        const color = attrs.color || '';
        if (/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(color) || /^[a-zA-Z]{3,20}$/.test(color)) el.style.color = color;
      } else if (tag === 'a') {
        const href = safeHref(attrs.href || '');
        el = document.createElement(href ? 'a' : 'span');
        if (href) {
          el.href = href;
          el.target = '_blank';
          el.rel = 'noopener noreferrer';
        }
      } else {
        el = document.createElement(tag);
      }
      top().appendChild(el);
      if (m[4] !== '/') stack.push({ tag, el });
    }
    if (last < source.length) appendText(top(), source.slice(last));
    return root;
  }

  function h(tag, className, children) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    (children || []).forEach((c) => {
      if (c == null) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }

  /** An image that disappears when it cannot load (offline, gstatic URLs), as a broken image would only distract. */
  function image(url, alt, className) {
    const img = h('img', className);
    img.alt = alt || '';
    img.addEventListener('error', () => {
      // The add-on's own logo has a local stand-in; any other unreachable image is hidden.
      if (logo.url && url === logo.url && img.src !== logo.fallback) img.src = logo.fallback;
      else img.classList.add('broken');
    });
    img.src = url;
    return img;
  }

  function icon(json, className) {
    if (!json) return null;
    const label = json.altText || '';
    if (json.iconUrl) {
      return image(json.iconUrl, label, 'icon ' + (className || ''));
    }
    const name = json.knownIcon
      ? KNOWN_ICONS[json.knownIcon] || 'dot'
      : (json.materialIcon && (MATERIAL_ALIASES[json.materialIcon.name] || json.materialIcon.name)) || 'dot';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'icon svg-icon ' + (className || ''));
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', PATHS[name] || PATHS.dot);
    svg.appendChild(path);
    if (label) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
    } else svg.setAttribute('aria-hidden', 'true');
    svg.dataset.icon = json.knownIcon || (json.materialIcon && json.materialIcon.name) || '';
    return svg;
  }

  function rgb(color) {
    if (!color) return null;
    const c = (v) => Math.round(Math.max(0, Math.min(1, Number(v) || 0)) * 255);
    const alpha = color.alpha === undefined ? 1 : Math.max(0, Math.min(1, Number(color.alpha) || 0));
    return 'rgba(' + c(color.red) + ', ' + c(color.green) + ', ' + c(color.blue) + ', ' + alpha + ')';
  }

  const logo = { url: null, fallback: new URL('logo.svg', window.location.href).href };
  let uid = 0;
  const nextId = (prefix) => prefix + '-' + ++uid;

  function makeRenderer(ctx) {
    const t = CHROME_TEXT[ctx.locale] || CHROME_TEXT.en;
    const initial = ctx.formValues || {};
    const valuesFor = (name, fallback) =>
      Object.prototype.hasOwnProperty.call(initial, name) ? initial[name] : fallback;

    function clickable(el, onClick, extraParams) {
      if (!onClick || (!onClick.action && !onClick.openLink)) return el;
      el.classList.add('clickable');
      if (el.tagName !== 'BUTTON') {
        el.tabIndex = 0;
        el.setAttribute('role', el.getAttribute('role') || 'button');
        el.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            ctx.onClick(onClick, extraParams);
          }
        });
      }
      el.addEventListener('click', (e) => {
        if (e.target.closest && e.target.closest('a[href], input, select, textarea') && e.target !== el) return;
        e.preventDefault();
        e.stopPropagation();
        ctx.onClick(onClick, extraParams);
      });
      return el;
    }

    function button(json, defaultType) {
      const type = json.type || defaultType || 'TEXT';
      const kind = { FILLED: 'filled', OUTLINED: 'outlined', FILLED_TONAL: 'tonal' }[type] || 'text';
      const el = h('button', 'btn btn-' + kind, [
        icon(json.icon, 'btn-icon'),
        json.text ? h('span', 'btn-label', [json.text]) : null,
      ]);
      el.type = 'button';
      if (json.altText) el.title = json.altText;
      if (!json.text && json.altText) el.setAttribute('aria-label', json.altText);
      const color = rgb(json.color);
      if (color && kind === 'filled') el.style.backgroundColor = color;
      else if (color) el.style.color = color;
      if (json.disabled) el.disabled = true;
      else clickable(el, json.onClick);
      return el;
    }

    function switchControl(json) {
      const input = document.createElement('input');
      input.type = 'checkbox';
      const isSwitch = !json.controlType || json.controlType === 'SWITCH';
      input.className = isSwitch ? 'switch' : 'checkbox';
      if (isSwitch) input.setAttribute('role', 'switch');
      input.dataset.field = json.name;
      input.dataset.kind = 'switch';
      input.value = json.value === undefined ? 'true' : json.value;
      const values = valuesFor(json.name, json.selected ? [input.value] : []);
      input.checked = Array.isArray(values) ? values.length > 0 : Boolean(values);
      if (json.onChangeAction) input.addEventListener('change', () => ctx.onChange(json.onChangeAction));
      return input;
    }

    function decoratedText(json) {
      const body = h('div', 'dt-body', [
        // Labels are plain text in Google's card reference: markup in them is shown as typed.
        json.topLabel ? h('div', 'dt-top-label', [json.topLabel]) : null,
        h('div', 'dt-text' + (json.wrapText === false ? ' nowrap' : ''), [richText(json.text)]),
        json.bottomLabel ? h('div', 'dt-bottom-label', [json.bottomLabel]) : null,
      ]);
      let end = null;
      if (json.button) end = button(json.button);
      else if (json.switchControl) {
        end = h('label', 'dt-switch', [switchControl(json.switchControl)]);
        end.setAttribute('aria-label', json.text.replace(/<[^>]*>/g, ''));
      } else if (json.endIcon) end = icon(json.endIcon, 'end-icon');
      const row = h('div', 'widget decorated-text', [icon(json.startIcon, 'start-icon'), body, end]);
      return clickable(row, json.onClick);
    }

    function textInput(json) {
      const multiline = json.type === 'MULTIPLE_LINE';
      const id = nextId('ti');
      const input = document.createElement(multiline ? 'textarea' : 'input');
      if (!multiline) input.type = 'text';
      else input.rows = 3;
      input.id = id;
      input.name = json.name;
      input.dataset.field = json.name;
      input.dataset.kind = 'text';
      input.placeholder = ' ';
      const values = valuesFor(json.name, json.value === undefined ? [] : [json.value]);
      input.value = Array.isArray(values) ? values[0] || '' : String(values || '');
      if (json.onChangeAction) input.addEventListener('change', () => ctx.onChange(json.onChangeAction));
      const label = h('label', 'ti-label', [json.label || '']);
      label.htmlFor = id;
      const box = h('div', 'ti-box' + (multiline ? ' multiline' : ''), [input, label]);
      return h('div', 'widget text-input', [box, json.hintText ? h('div', 'ti-hint', [json.hintText]) : null]);
    }

    function selectionInput(json) {
      const items = json.items || [];
      const chosen = valuesFor(
        json.name,
        items.filter((i) => i.selected).map((i) => i.value),
      );
      const isChosen = (v) => (Array.isArray(chosen) ? chosen.includes(v) : chosen === v);
      const wrap = h('div', 'widget selection-input sel-' + json.type.toLowerCase());
      const groupLabel = h('div', 'sel-label', [json.label || '']);
      const onChange = json.onChangeAction ? () => ctx.onChange(json.onChangeAction) : null;
      if (json.type === 'DROPDOWN') {
        const select = document.createElement('select');
        select.id = nextId('dd');
        select.dataset.field = json.name;
        select.dataset.kind = 'select';
        items.forEach((item) => {
          const option = document.createElement('option');
          option.value = item.value;
          option.textContent = item.text;
          option.selected = isChosen(item.value);
          select.appendChild(option);
        });
        if (onChange) select.addEventListener('change', onChange);
        const label = h('label', 'ti-label', [json.label || '']);
        label.htmlFor = select.id;
        wrap.appendChild(h('div', 'ti-box dropdown', [select, label]));
        return wrap;
      }
      wrap.appendChild(groupLabel);
      wrap.setAttribute('role', json.type === 'RADIO_BUTTON' ? 'radiogroup' : 'group');
      if (json.label) wrap.setAttribute('aria-label', json.label);
      const radioName = nextId('radio-' + json.name);
      const list = h('div', 'sel-items');
      const chips = json.type === 'MULTI_SELECT' ? h('div', 'chips') : null;
      const refreshChips = () => {
        if (!chips) return;
        chips.replaceChildren();
        list.querySelectorAll('input:checked').forEach((box) => {
          chips.appendChild(h('span', 'chip', [box.dataset.text]));
        });
        if (!chips.firstChild) chips.appendChild(h('span', 'chip-empty', ['0 ' + t.selected]));
      };
      items.forEach((item) => {
        const input = document.createElement('input');
        input.type = json.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
        if (json.type === 'RADIO_BUTTON') input.name = radioName;
        if (json.type === 'SWITCH') {
          input.className = 'switch';
          input.setAttribute('role', 'switch');
        }
        input.value = item.value;
        input.checked = isChosen(item.value);
        input.dataset.field = json.name;
        input.dataset.kind = 'choice';
        input.dataset.text = item.text;
        input.addEventListener('change', () => {
          refreshChips();
          if (onChange) onChange();
        });
        const row = h(
          'label',
          'sel-item',
          json.type === 'SWITCH'
            ? [h('span', 'sel-text', [item.text]), input]
            : [input, h('span', 'sel-text', [item.text])],
        );
        list.appendChild(row);
      });
      if (chips) {
        const filter = document.createElement('input');
        filter.type = 'search';
        filter.className = 'ms-filter';
        filter.placeholder = t.search;
        filter.addEventListener('input', () => {
          const q = filter.value.toLowerCase();
          list.querySelectorAll('.sel-item').forEach((row) => {
            row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q);
          });
        });
        const details = h('details', 'ms-dropdown', [h('summary', '', [chips]), filter, list]);
        wrap.appendChild(details);
        refreshChips();
      } else {
        wrap.appendChild(list);
      }
      return wrap;
    }

    function textParagraph(json) {
      const p = h('div', 'text-paragraph', [richText(json.text)]);
      const wrap = h('div', 'widget text-paragraph-wrap', [p]);
      if (json.maxLines && json.maxLines > 0) {
        p.classList.add('clamped');
        p.style.webkitLineClamp = String(json.maxLines);
        const more = h('button', 'btn btn-text show-more', [t.showMore]);
        more.type = 'button';
        more.addEventListener('click', () => {
          const clamped = p.classList.toggle('clamped');
          more.textContent = clamped ? t.showMore : t.showLess;
        });
        wrap.appendChild(more);
      }
      return wrap;
    }

    function imageWidget(json) {
      return clickable(h('div', 'widget image', [image(json.imageUrl, json.altText, 'card-image')]), json.onClick);
    }

    function grid(json) {
      const cells = h('div', 'grid-items');
      cells.style.gridTemplateColumns = 'repeat(' + Math.max(1, Math.min(6, json.columnCount || 2)) + ', 1fr)';
      (json.items || []).forEach((item) => {
        let img = null;
        if (item.image && item.image.imageUri) {
          img = image(item.image.imageUri, item.image.altText, 'grid-image');
        }
        const cell = h('div', 'grid-item', [
          img,
          item.title ? h('div', 'grid-title', [item.title]) : null,
          item.subtitle ? h('div', 'grid-subtitle', [item.subtitle]) : null,
        ]);
        // Apps Script passes the clicked item's identifier to the grid's action as a parameter.
        clickable(cell, json.onClick, item.id === undefined ? undefined : { grid_item_identifier: item.id });
        cells.appendChild(cell);
      });
      return h('div', 'widget grid', [json.title ? h('div', 'grid-heading', [json.title]) : null, cells]);
    }

    function widget(json) {
      if (json.textParagraph) return textParagraph(json.textParagraph);
      if (json.decoratedText) return decoratedText(json.decoratedText);
      if (json.textInput) return textInput(json.textInput);
      if (json.selectionInput) return selectionInput(json.selectionInput);
      if (json.buttonList) {
        return h(
          'div',
          'widget button-list',
          (json.buttonList.buttons || []).map((b) => button(b)),
        );
      }
      if (json.divider) return h('hr', 'widget divider');
      if (json.image) return imageWidget(json.image);
      if (json.grid) return grid(json.grid);
      return h('div', 'widget unknown', ['Unsupported widget: ' + Object.keys(json).join(', ')]);
    }

    function section(json) {
      const el = h('section', 'card-section');
      if (json.header) el.appendChild(h('div', 'section-header', [richText(json.header)]));
      const widgets = (json.widgets || []).map(widget);
      const visible = json.collapsible ? Math.max(0, json.uncollapsibleWidgetsCount || 0) : widgets.length;
      widgets.slice(0, visible).forEach((w) => el.appendChild(w));
      if (widgets.length > visible) {
        const rest = h('div', 'collapsed-widgets', widgets.slice(visible));
        rest.hidden = true;
        const toggle = h('button', 'btn btn-text show-more section-toggle', [t.showMore]);
        toggle.type = 'button';
        toggle.setAttribute('aria-expanded', 'false');
        toggle.addEventListener('click', () => {
          rest.hidden = !rest.hidden;
          toggle.textContent = rest.hidden ? t.showMore : t.showLess;
          toggle.setAttribute('aria-expanded', String(!rest.hidden));
        });
        el.appendChild(rest);
        el.appendChild(toggle);
      }
      return el;
    }

    function header(json) {
      if (!json) return null;
      let img = null;
      if (json.imageUrl) {
        img = image(
          json.imageUrl,
          json.imageAltText,
          'card-header-image' + (json.imageType === 'CIRCLE' ? ' circle' : ''),
        );
      }
      return h('header', 'card-header', [
        img,
        h('div', 'card-header-text', [
          h('div', 'card-title', [json.title || '']),
          json.subtitle ? h('div', 'card-subtitle', [json.subtitle]) : null,
        ]),
      ]);
    }

    function footer(json) {
      if (!json || (!json.primaryButton && !json.secondaryButton)) return null;
      return h('div', 'fixed-footer', [
        json.secondaryButton ? button(json.secondaryButton, 'OUTLINED') : null,
        json.primaryButton ? button(json.primaryButton, 'FILLED') : null,
      ]);
    }

    return { header, section, footer, widget };
  }

  /**
   * Renders one card. ctx: {locale, logoUrl, formValues: {name: string[]}, onClick(onClickJson, extraParams),
   * onChange(onChangeAction)} (a field with an onChangeAction changed).
   * Returns {body, footer}: the footer sits outside the scrolling body, like Google's fixed footer.
   */
  function renderCard(card, ctx) {
    logo.url = ctx.logoUrl || null;
    const r = makeRenderer(ctx);
    const body = h('div', 'card', [r.header(card.header)]);
    if (card.name) body.dataset.cardName = card.name;
    (card.sections || []).forEach((s, i) => {
      if (i > 0) body.appendChild(h('div', 'section-divider'));
      body.appendChild(r.section(s));
    });
    return { body, footer: r.footer(card.fixedFooter) };
  }

  /** The values of every input under root, as the event's formInputs would carry them (name → strings). */
  function collectFormValues(root) {
    const values = {};
    root.querySelectorAll('[data-field]').forEach((el) => {
      const name = el.dataset.field;
      if (!values[name]) values[name] = [];
      if (el.dataset.kind === 'text') values[name] = [el.value];
      else if (el.dataset.kind === 'select') {
        values[name] = Array.from(el.selectedOptions).map((o) => o.value);
      } else if (el.checked) values[name].push(el.value);
    });
    return values;
  }

  window.CardRenderer = { renderCard, collectFormValues, richText, decodeEntities };
})();
