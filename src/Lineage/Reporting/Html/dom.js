// DOM building. Every piece of data enters the page as a text node or an attribute value set
// through the DOM, never as markup, so a document's text cannot become elements or script.

var SVG_NS = 'http://www.w3.org/2000/svg';

// Attributes that can run script or load anything are refused outright, whatever their value.
function safeAttribute(name) {
  var lower = String(name).toLowerCase();
  return lower.slice(0, 2) !== 'on' && lower !== 'src' && lower !== 'srcdoc' && lower !== 'style' && lower !== 'xlink:href';
}

function build(element, attrs, children) {
  if (attrs) {
    for (var name in attrs) {
      if (!Object.prototype.hasOwnProperty.call(attrs, name)) continue;
      var value = attrs[name];
      if (value === null || value === undefined || value === false) continue;
      if (!safeAttribute(name)) throw new Error('refused attribute ' + name);
      // Links only ever lead inside the page.
      if (name === 'href' && String(value).charAt(0) !== '#') throw new Error('refused link ' + value);
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (var i = 0; i < children.length; i++) {
    var child = children[i];
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else if (typeof child === 'object' && child.nodeType) element.appendChild(child);
    else element.appendChild(document.createTextNode(String(child)));
  }
}

// h('a', { href: '#doc/1', class: 'doc' }, 'text', otherNode, [more, nodes])
function h(tag, attrs) {
  return build(document.createElement(tag), attrs, Array.prototype.slice.call(arguments, 2));
}

function svg(tag, attrs) {
  return build(document.createElementNS(SVG_NS, tag), attrs, Array.prototype.slice.call(arguments, 2));
}

function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}

function on(element, event, handler) {
  element.addEventListener(event, handler);
  return element;
}

function percent(share) {
  return Math.round(share * 100) + ' %';
}

function number(value) {
  return Number(value).toLocaleString('en-US');
}

function plural(count, one, many) {
  return number(count) + ' ' + (count === 1 ? one : (many || one + 's'));
}

function shorten(text, max) {
  text = String(text);
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

// A list of items shown a page at a time, with an optional filter box: the DOM holds one page,
// however many items there are.
function pagedList(options) {
  var items = options.items;
  var pageSize = options.pageSize || 50;
  var state = { page: 0, query: '', shown: items };
  var container = h('div', { class: 'paged' });
  var body = h('div', { class: 'paged-body' });
  var status = h('span', { class: 'paged-status' });
  var previous = h('button', { type: 'button', class: 'paged-previous' }, '‹ previous');
  var next = h('button', { type: 'button', class: 'paged-next' }, 'next ›');
  var controls = h('div', { class: 'paged-controls' });
  if (options.filter) {
    var input = h('input', { type: 'search', class: 'paged-filter', placeholder: options.placeholder || 'filter', 'aria-label': options.placeholder || 'filter' });
    on(input, 'input', function () {
      state.query = input.value.trim().toLowerCase();
      state.shown = state.query ? items.filter(function (item) { return options.filter(item, state.query); }) : items;
      state.page = 0;
      draw();
    });
    controls.appendChild(input);
  }
  append(controls, [previous, status, next]);
  on(previous, 'click', function () { state.page--; draw(); });
  on(next, 'click', function () { state.page++; draw(); });

  function draw() {
    var pages = Math.max(1, Math.ceil(state.shown.length / pageSize));
    state.page = Math.max(0, Math.min(state.page, pages - 1));
    var from = state.page * pageSize;
    var to = Math.min(state.shown.length, from + pageSize);
    clear(body);
    body.appendChild(options.render(state.shown.slice(from, to), from));
    status.textContent = state.shown.length === 0 ? 'none'
      : number(from + 1) + '–' + number(to) + ' of ' + number(state.shown.length) + (pages > 1 ? ' · page ' + (state.page + 1) + ' of ' + number(pages) : '');
    previous.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    controls.hidden = items.length <= pageSize && !options.filter;
  }

  append(container, [controls, body]);
  draw();
  return container;
}

function table(headers, rows) {
  var head = h('tr', null, headers.map(function (header) { return h('th', null, header); }));
  return h('table', null, h('thead', null, head), h('tbody', null, rows));
}

function empty(message) {
  return h('p', { class: 'empty' }, message);
}
