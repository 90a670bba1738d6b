// The report's data: the index parsed at once, the passages and each document's text parsed the
// first time a view needs them (HtmlReportData.cs describes the blocks).

function readBlock(id) {
  var element = document.getElementById(id);
  if (!element) throw new Error('the report has no data block ' + id);
  return JSON.parse(element.textContent);
}

var data = readBlock('lineage-data');
var EDIT_KINDS = ['typo', 'substitution', 'onlyInA', 'onlyInB'];

var passagesCache = null;
function passagesOf(pair) {
  if (passagesCache === null) passagesCache = readBlock('lineage-passages');
  return passagesCache[pair];
}

var textCache = new Map();
function textOf(doc) {
  var cached = textCache.get(doc);
  if (cached) return cached;
  var block = readBlock('doc-' + doc);
  // Documents already shown stay parsed; the rest of a large corpus is never parsed at all.
  if (textCache.size > 200) textCache.clear();
  textCache.set(doc, block);
  return block;
}

var storiesById = new Map();
data.stories.forEach(function (story) { storiesById.set(story.id, story); });

// Pairs and provenance edges by document, built on first use.
var pairsByDoc = null;
function pairsOfDoc(doc) {
  if (pairsByDoc === null) {
    pairsByDoc = new Map();
    data.pairs.forEach(function (pair, index) {
      for (var side = 0; side < 2; side++) {
        var list = pairsByDoc.get(pair[side]);
        if (!list) pairsByDoc.set(pair[side], list = []);
        list.push(index);
      }
    });
  }
  return pairsByDoc.get(doc) || [];
}

var edgesByDoc = null;
function edgesOfDoc(doc) {
  if (edgesByDoc === null) {
    edgesByDoc = new Map();
    data.provenance.forEach(function (edge, index) {
      [edge.fromDocument, edge.toDocument].forEach(function (d) {
        if (d === null) return;
        var list = edgesByDoc.get(d);
        if (!list) edgesByDoc.set(d, list = []);
        list.push(index);
      });
    });
  }
  return edgesByDoc.get(doc) || [];
}

function docLabel(doc) {
  var d = data.documents[doc];
  return d.id;
}

function docTitle(doc) {
  var d = data.documents[doc];
  return d.title || d.id;
}

function docLink(doc, span) {
  var href = '#doc/' + doc + (span ? '/' + span[0] + '-' + span[1] : '');
  return h('a', { href: href, class: 'doc-link', title: docTitle(doc) }, docLabel(doc));
}

function pairLink(pair, label) {
  return h('a', { href: '#pair/' + pair, class: 'pair-link' }, label || 'side by side');
}

function storyLink(id) {
  var story = storiesById.get(id);
  if (!story) return h('span', { class: 'muted' }, 'no story');
  return h('a', { href: '#story/' + id, class: 'story-link' }, '#' + id + ' ' + shorten(story.label || 'untitled', 60));
}

function evidenceList(edge) {
  return h('ul', { class: 'evidence' }, edge.evidence.map(function (e) {
    var weight = e[2];
    var sign = weight > 0 ? 'for' : weight < 0 ? 'against' : 'neutral';
    return h('li', { class: 'evidence-' + sign }, h('span', { class: 'evidence-kind' }, e[0]), ' ', e[1],
      weight !== 0 ? h('span', { class: 'muted' }, ' (' + (weight > 0 ? '+' : '') + weight + ')') : null);
  }));
}

function edgeSummary(edge) {
  var from = edge.fromDocument !== null ? docLink(edge.fromDocument) : h('span', { class: 'external' }, edge.from);
  var to = edge.toDocument !== null ? docLink(edge.toDocument) : h('span', { class: 'external' }, edge.to);
  var verdict = edge.undetermined
    ? h('span', { class: 'badge undetermined' }, 'direction undetermined')
    : h('span', { class: 'badge confident' }, 'confidence ' + percent(edge.confidence));
  return h('span', { class: 'edge-summary' }, from, edge.undetermined ? ' — ' : ' → ', to, ' ', verdict,
    edge.pair !== null ? [' ', pairLink(edge.pair)] : null);
}
