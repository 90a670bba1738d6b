// One document: its metadata, the documents it shares text with, the provenance edges that touch
// it, and its original text with reused passages highlighted and boilerplate greyed.

// The text cut where any span starts or ends; each piece knows which spans cover it.
function documentSegments(text, boilerplate, reused, focus) {
  var events = [];
  for (var i = 0; i < boilerplate.length; i += 2) {
    events.push([boilerplate[i], 'b', 1, null], [boilerplate[i] + boilerplate[i + 1], 'b', -1, null]);
  }
  reused.forEach(function (r) { events.push([r.start, 'r', 1, r.pair], [r.start + r.length, 'r', -1, r.pair]); });
  if (focus) events.push([focus[0], 'f', 1, null], [focus[0] + focus[1], 'f', -1, null]);
  events.sort(function (x, y) { return x[0] - y[0] || x[2] - y[2]; });

  var segments = [];
  var inBoilerplate = 0, inFocus = 0, pairs = new Map(), position = 0;
  function emit(end) {
    end = Math.min(end, text.length);
    if (end <= position) return;
    var active = [];
    pairs.forEach(function (count, pair) { if (count > 0) active.push(pair); });
    active.sort(function (a, b) { return a - b; });
    var segment = { start: position, end: end, boilerplate: inBoilerplate > 0, focus: inFocus > 0, pairs: active };
    var last = segments[segments.length - 1];
    if (last && last.end === segment.start && last.boilerplate === segment.boilerplate && last.focus === segment.focus && last.pairs.join() === active.join()) last.end = end;
    else segments.push(segment);
    position = end;
  }
  events.forEach(function (e) {
    emit(e[0]);
    if (e[1] === 'b') inBoilerplate += e[2];
    else if (e[1] === 'f') inFocus += e[2];
    else pairs.set(e[3], (pairs.get(e[3]) || 0) + e[2]);
  });
  emit(text.length);
  return segments;
}

function reusedSpans(doc) {
  var spans = [];
  pairsOfDoc(doc).forEach(function (pair) {
    var side = data.pairs[pair][0] === doc ? 0 : 2;
    passagesOf(pair).forEach(function (passage) { spans.push({ start: passage[side], length: passage[side + 1], pair: pair }); });
  });
  return spans;
}

function otherDocument(pair, doc) {
  var p = data.pairs[pair];
  return p[0] === doc ? p[1] : p[0];
}

function documentText(doc, focus) {
  var block = textOf(doc);
  var text = block.text;
  var segments = documentSegments(text, block.boilerplate, reusedSpans(doc), focus);
  var container = h('div', { class: 'document-text', lang: data.documents[doc].language || null });
  var focused = null;
  segments.forEach(function (segment) {
    var piece = text.slice(segment.start, segment.end);
    if (!segment.boilerplate && !segment.focus && segment.pairs.length === 0) {
      container.appendChild(document.createTextNode(piece));
      return;
    }
    var classes = [];
    if (segment.boilerplate) classes.push('boilerplate');
    if (segment.pairs.length > 0) classes.push('reused');
    if (segment.focus) classes.push('focus');
    var partners = segment.pairs.map(function (pair) { return docLabel(otherDocument(pair, doc)); });
    var title = partners.length > 0 ? 'shared with ' + partners.slice(0, 6).join(', ') + (partners.length > 6 ? ' and ' + (partners.length - 6) + ' more' : '') + ' (click to compare)'
      : segment.boilerplate ? 'boilerplate: site furniture, not compared' : null;
    var element = h(segment.pairs.length > 0 || segment.focus ? 'mark' : 'span', { class: classes.join(' '), title: title }, piece);
    if (segment.pairs.length > 0) {
      var pair = segment.pairs[0];
      on(element, 'click', function () { location.hash = '#pair/' + pair; });
    }
    if (segment.focus && focused === null) focused = element;
    container.appendChild(element);
  });
  return { element: container, focused: focused };
}

function metadataList(doc) {
  var d = data.documents[doc];
  var rows = [
    ['id', d.id], ['file', d.path], ['title', d.title], ['site', d.site],
    ['authors', d.authors.length > 0 ? d.authors.join(', ') : null], ['published', d.published],
    ['original source', d.originalSource], ['language', d.language], ['address', d.url],
    ['size', number(d.words) + ' article words, ' + number(d.chars) + ' characters'],
  ];
  var list = h('dl', { class: 'metadata' });
  rows.forEach(function (row) {
    if (row[1] === null || row[1] === undefined) return;
    append(list, [h('dt', null, row[0]), h('dd', null, row[1])]);
  });
  append(list, [h('dt', null, 'story'), h('dd', null, storyLink(d.story))]);
  var group = groupOfDoc.get(doc);
  if (group) {
    var others = group.documents.filter(function (other) { return other !== doc; });
    append(list, [h('dt', null, 'copies'), h('dd', { class: 'copies' },
      h('a', { href: '#duplicates', class: 'group-link' }, 'group #' + group.id), ': ',
      group.representative === doc ? ' (this one is kept), ' : [' (kept: ', docLink(group.representative), '), '],
      'copies of one another with ', others.map(function (other, i) { return [i > 0 ? ', ' : '', docLink(other)]; }))]);
  }
  return list;
}

function sharedTable(doc) {
  var pairs = pairsOfDoc(doc);
  if (pairs.length === 0) return empty('This document shares no text with another.');
  return pagedList({
    items: pairs,
    pageSize: 20,
    render: function (page) {
      return table(['document', 'title', 'passages', 'shared words', 'of this', 'of that', ''], page.map(function (pair) {
        var p = data.pairs[pair];
        var other = otherDocument(pair, doc);
        var mine = p[0] === doc ? p[4] : p[5];
        var theirs = p[0] === doc ? p[5] : p[4];
        return h('tr', null, h('td', null, docLink(other)), h('td', null, docTitle(other)),
          h('td', { class: 'number' }, number(p[3])), h('td', { class: 'number' }, number(p[2])),
          h('td', { class: 'number' }, percent(mine)), h('td', { class: 'number' }, percent(theirs)), h('td', null, pairLink(pair)));
      }));
    },
  });
}

function documentView(doc, focus) {
  var d = data.documents[doc];
  if (!d) return notFound('document ' + doc);
  var edges = edgesOfDoc(doc);
  var text = documentText(doc, focus);
  if (text.focused) {
    var target = text.focused;
    setTimeout(function () { target.scrollIntoView({ block: 'center' }); }, 0);
  }
  return [
    h('h1', null, d.title || d.id),
    metadataList(doc),
    h('h2', null, 'Shares text with'),
    sharedTable(doc),
    edges.length > 0 ? [h('h2', null, 'Provenance'), edgeTable(edges)] : null,
    h('h2', null, 'Text'),
    h('p', { class: 'legend' },
      h('mark', { class: 'reused' }, 'reused passage'), ' ',
      h('span', { class: 'boilerplate' }, 'boilerplate'), ' ',
      focus ? h('mark', { class: 'focus' }, 'the passage you followed') : null,
      ' The whole original file; offsets in the JSON report count characters into it.'),
    text.element,
  ];
}
