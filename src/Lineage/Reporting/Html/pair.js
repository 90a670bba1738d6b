// Two documents side by side: each passage as rows of aligned text, differences marked by kind.
// Between two edits the sides hold the same words (only spacing, case or punctuation may differ),
// so a long identical stretch is cut at the same word on both sides and the rows stay aligned.

var WORD = /[\p{L}\p{N}]+/gu;
var ROW_CHARS = 320;
var MAX_ROW_CHARS = 700;

function wordBounds(text) {
  var bounds = [];
  WORD.lastIndex = 0;
  var match;
  while ((match = WORD.exec(text)) !== null) bounds.push([match.index, match.index + match[0].length]);
  return bounds;
}

// Where to cut an identical stretch: pairs of offsets [inA, inB], each the start of the same word.
function alignedCuts(a, b, alreadyInRow) {
  var wordsA = wordBounds(a), wordsB = wordBounds(b);
  if (wordsA.length !== wordsB.length) return [];
  var cuts = [], rowStart = -alreadyInRow;
  for (var k = 0; k + 1 < wordsA.length; k++) {
    var length = wordsA[k][1] - rowStart;
    var gap = a.slice(wordsA[k][1], wordsA[k + 1][0]);
    if ((length >= ROW_CHARS && /[.!?;:]/.test(gap)) || length >= MAX_ROW_CHARS) {
      cuts.push([wordsA[k + 1][0], wordsB[k + 1][0]]);
      rowStart = wordsA[k + 1][0];
    }
  }
  return cuts;
}

var EDIT_STYLES = [
  { a: 'typo', b: 'typo', name: 'typo' },
  { a: 'sub-a', b: 'sub-b', name: 'substitution' },
  { a: 'only-a', b: 'only-a', name: 'only in A' },
  { a: 'only-b', b: 'only-b', name: 'only in B' },
];

function passageRows(textA, textB, passage, passageIndex) {
  var rows = [];
  var row = { a: [], b: [], chars: 0 };
  var posA = passage[0], endA = passage[0] + passage[1];
  var posB = passage[2], endB = passage[2] + passage[3];

  function closeRow() {
    if (row.a.length > 0 || row.b.length > 0) rows.push(row);
    row = { a: [], b: [], chars: 0 };
  }
  function same(toA, toB) {
    toA = Math.max(posA, Math.min(toA, endA));
    toB = Math.max(posB, Math.min(toB, endB));
    var a = textA.slice(posA, toA), b = textB.slice(posB, toB);
    var cuts = alignedCuts(a, b, row.chars);
    var fromA = 0, fromB = 0;
    cuts.forEach(function (cut) {
      row.a.push(a.slice(fromA, cut[0]));
      row.b.push(b.slice(fromB, cut[1]));
      closeRow();
      fromA = cut[0]; fromB = cut[1];
    });
    if (fromA < a.length) row.a.push(a.slice(fromA));
    if (fromB < b.length) row.b.push(b.slice(fromB));
    row.chars += a.length - fromA;
    posA = toA; posB = toB;
  }

  var edits = passage[6].slice().sort(function (x, y) { return x[1] - y[1] || x[3] - y[3]; });
  edits.forEach(function (edit, e) {
    same(edit[1], edit[3]);
    var style = EDIT_STYLES[edit[0]];
    var inA = textA.slice(Math.max(posA, edit[1]), edit[1] + edit[2]);
    var inB = textB.slice(Math.max(posB, edit[3]), edit[3] + edit[4]);
    var key = passageIndex + ':' + e;
    var title = style.name + ': “' + shorten(inA, 80) + '” / “' + shorten(inB, 80) + '”';
    row.a.push(editMark(inA, style.a, style.name, key, title));
    row.b.push(editMark(inB, style.b, style.name, key, title));
    row.chars += inA.length;
    posA = Math.max(posA, edit[1] + edit[2]);
    posB = Math.max(posB, edit[3] + edit[4]);
    // Right after an edit both sides are at the same place: a fair point to cut a long row.
    if (row.chars >= MAX_ROW_CHARS) closeRow();
  });
  same(endA, endB);
  closeRow();
  return rows;
}

// A difference on one side; where that side has no words, a caret marks where the other's would go.
// A rewritten passage, one row per matched sentence pair: each sentence as written, the words it
// has and the sentence it is matched with lacks marked as only in A or only in B.
function rewrittenRows(textA, textB, passage) {
  function marked(text, start, length, edits, side, style) {
    var parts = [], at = start, end = start + length;
    edits.forEach(function (edit) {
      var editStart = side === 0 ? edit[1] : edit[3], editLength = side === 0 ? edit[2] : edit[4];
      if (editLength === 0 || editStart < at || editStart + editLength > end) return;
      parts.push(text.slice(at, editStart));
      parts.push(h('mark', { class: 'edit ' + style, 'data-kind': side === 0 ? 'only in A' : 'only in B' }, text.slice(editStart, editStart + editLength)));
      at = editStart + editLength;
    });
    parts.push(text.slice(at, end));
    return parts;
  }
  var onlyA = passage[6].filter(function (e) { return e[0] === 2; }).sort(function (x, y) { return x[1] - y[1]; });
  var onlyB = passage[6].filter(function (e) { return e[0] === 3; }).sort(function (x, y) { return x[3] - y[3]; });
  return passage[9].map(function (s) {
    return { a: marked(textA, s[0], s[1], onlyA, 0, 'only-a'), b: marked(textB, s[2], s[3], onlyB, 1, 'only-b') };
  });
}

function editMark(text, style, name, key, title) {
  if (text.length === 0) return h('span', { class: 'gap ' + style, 'data-edit': key, title: title }, '‸');
  return h('mark', { class: 'edit ' + style, 'data-edit': key, 'data-kind': name, title: title }, text);
}

function linkEdits(container) {
  function toggle(event, state) {
    var key = event.target.getAttribute && event.target.getAttribute('data-edit');
    if (!key) return;
    container.querySelectorAll('[data-edit="' + key + '"]').forEach(function (element) { element.classList.toggle('active', state); });
  }
  on(container, 'mouseover', function (event) { toggle(event, true); });
  on(container, 'mouseout', function (event) { toggle(event, false); });
  return container;
}

function pairHeader(doc, side) {
  var d = data.documents[doc];
  return h('div', { class: 'pair-side-head' }, h('span', { class: 'side-letter' }, side), ' ', docLink(doc), ' ',
    h('span', { class: 'muted' }, [d.title, d.site, d.published].filter(function (x) { return x; }).join(' · ')));
}

function pairView(index) {
  var p = data.pairs[index];
  if (!p) return notFound('pair ' + index);
  var a = p[0], b = p[1];
  var textA = textOf(a).text, textB = textOf(b).text;
  var passages = passagesOf(index);
  var edge = data.provenance.filter(function (e) { return e.pair === index; })[0];
  var counts = [0, 0, 0, 0];
  passages.forEach(function (passage) { passage[6].forEach(function (edit) { counts[edit[0]]++; }); });

  var view = h('div', { class: 'pair-view' },
    h('h1', null, 'Side by side'),
    h('div', { class: 'pair-heads' }, pairHeader(a, 'A'), pairHeader(b, 'B')),
    h('p', null, plural(p[3], 'passage') + ', ' + plural(p[2], 'shared word') + ' · ' + percent(p[4]) + ' of A · ' + percent(p[5]) + ' of B · '
      + [plural(counts[0], 'typo'), plural(counts[1], 'substitution'), number(counts[2]) + ' only in A', number(counts[3]) + ' only in B'].join(', ')),
    p[6] ? h('p', { class: 'pair-derivation' }, 'Derivation: ' + p[6].kind + ' ' + percent(p[6].score) + ' (' + p[6].derived.toUpperCase() + ' derived) · matched '
      + percent(p[6].matched.a) + ' of A, ' + percent(p[6].matched.b) + ' of B · verbatim ' + percent(p[6].verbatim.a) + ' of A, ' + percent(p[6].verbatim.b) + ' of B') : null,
    edge ? h('div', { class: 'pair-edge' }, edgeSummary(edge), evidenceList(edge)) : null,
    h('p', { class: 'legend' },
      h('mark', { class: 'edit typo' }, 'typo'), ' ',
      h('mark', { class: 'edit sub-a' }, 'replaced in A'), ' ', h('mark', { class: 'edit sub-b' }, 'replacement in B'), ' ',
      h('mark', { class: 'edit only-a' }, 'only in A'), ' ', h('mark', { class: 'edit only-b' }, 'only in B'), ' ',
      h('span', { class: 'gap' }, '‸'), ' where the other side’s words would go. Hover a difference to see its counterpart.'));

  passages.forEach(function (passage, i) {
    var rewritten = passage[7] === 'rewritten';
    var rows = rewritten ? rewrittenRows(textA, textB, passage) : passageRows(textA, textB, passage, i);
    view.appendChild(h('section', { class: 'passage' },
      h('h2', null, 'Passage ' + (i + 1) + ': ' + (rewritten
        ? 'rewritten, ' + plural(passage[4], 'word') + ', similarity ' + percent(passage[8]) + ', ' + plural(passage[9].length, 'sentence pair')
        : plural(passage[4], 'word') + ', identity ' + percent(passage[5]))),
      h('p', { class: 'muted' }, 'A ' + passage[0] + '+' + passage[1] + ' · B ' + passage[2] + '+' + passage[3] + ' (character offset + length)'),
      linkEdits(h('table', { class: 'side-by-side' },
        h('colgroup', null, h('col', { class: 'half' }), h('col', { class: 'half' })),
        h('thead', null, h('tr', null, h('th', null, 'A: ' + docLabel(a)), h('th', null, 'B: ' + docLabel(b)))),
        h('tbody', null, rows.map(function (row) {
          return h('tr', null, h('td', { class: 'side-a' }, row.a), h('td', { class: 'side-b' }, row.b));
        }))))));
  });
  return view;
}
