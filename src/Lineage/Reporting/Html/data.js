// The report's data: the index parsed at once, the passages and each document's text parsed the
// first time a view needs them (HtmlReportData.cs describes the blocks).

function readBlock(id) {
  var element = document.getElementById(id);
  if (!element) throw new Error('the report has no data block ' + id);
  return JSON.parse(element.textContent);
}

var EDIT_KINDS = ['typo', 'substitution', 'onlyInA', 'onlyInB'];

// The index is the scan JSON's report (README, "JSON output"), which names documents by id. The
// views work with positions, so the report is read once into the shapes they use: documents by
// their position, pairs as [a, b, sharedWords, passages, coverageA, coverageB]. Quotes and names,
// the bulk of a large corpus's report, sit in blocks of their own, read when their view opens.
var positionOfId = new Map();
function doc(id) { var i = positionOfId.get(id); return i === undefined ? null : i; }
function docs(ids) { return ids.map(doc).filter(function (d) { return d !== null; }); }
function span(o) { return [doc(o.doc), o.start, o.length]; }

var data = viewData(readBlock('lineage-data'));

function viewData(report) {
  report.documents.forEach(function (d, i) { if (!positionOfId.has(d.id)) positionOfId.set(d.id, i); });

  var pairOf = new Map();
  var pairs = report.pairs.map(function (p, i) {
    var a = doc(p.a), b = doc(p.b);
    pairOf.set(a + '/' + b, i);
    pairOf.set(b + '/' + a, i);
    return [a, b, p.sharedWords, p.passageCount, p.coverage.a, p.coverage.b, p.derivation || null];
  });
  report.documents.forEach(function (d) { if (d.story === undefined) d.story = 0; });
  return {
    documents: report.documents,
    pairs: pairs,
    stories: report.stories.map(function (s) {
      return { id: s.id, label: s.label, keywords: s.keywords, firstPublished: s.firstPublished, lastPublished: s.lastPublished, documents: docs(s.documents) };
    }),
    duplicateGroups: report.duplicateGroups.map(function (g) {
      return { id: g.id, representative: doc(g.representative), documents: docs(g.documents) };
    }),
    provenance: report.provenance.map(function (e) {
      var from = e.external ? null : doc(e.from), to = doc(e.to);
      var pair = from !== null && to !== null ? pairOf.get(from + '/' + to) : undefined;
      return {
        from: e.from, to: e.to, fromDocument: from, toDocument: to, external: e.external, confidence: e.confidence,
        undetermined: e.undetermined, pair: pair === undefined ? null : pair,
        evidence: e.evidence.map(function (x) { return [x.kind, x.detail, x.weight]; }),
      };
    }),
    facts: report.facts.map(function (f) {
      return { story: f.story, subject: f.subject, disagree: f.disagree, mentions: f.mentions.map(function (m) { return span(m).concat([m.text, m.claim]); }) };
    }),
    problems: report.problems,
  };
}

// The number of items a lazily read block holds, written on its element.
function blockCount(id) {
  var element = document.getElementById(id);
  return element ? parseInt(element.getAttribute('data-count'), 10) || 0 : 0;
}

// A block of items parsed and converted the first time it is asked for.
function lazyBlock(id, convert) {
  var items = null;
  return function () {
    if (items === null) items = readBlock(id).map(convert);
    return items;
  };
}

// Quotes: each variant with its occurrences as [doc, start, length, speaker].
var quotesData = lazyBlock('lineage-quotes', function (q) {
  return {
    id: q.id,
    variants: q.variants.map(function (v, k) {
      return {
        text: v.text, differingWords: v.differingWords,
        occurrences: q.occurrences.filter(function (o) { return o.variant === k; }).map(function (o) {
          return span(o).concat([o.speaker === undefined ? null : o.speaker]);
        }),
      };
    }),
  };
});

// Names: each spelling with its count, its documents and its first occurrence [doc, start, length].
var namesData = lazyBlock('lineage-names', function (n) {
  return {
    name: n.name,
    variants: n.variants.map(function (v) {
      var documents = Array.from(new Set(v.occurrences.map(function (o) { return doc(o.doc); }))).sort(function (x, y) { return x - y; });
      return { text: v.text, count: v.occurrences.length, documents: documents, first: span(v.occurrences[0]) };
    }),
  };
});

// A pair's passages as [aStart, aLength, bStart, bLength, words, identity, edits, kind,
// similarity, sentences], each edit [kind (index into EDIT_KINDS), aStart, aLength, bStart,
// bLength], each matched sentence pair of a rewritten passage [aStart, aLength, bStart, bLength, similarity].
var passagesCache = null;
var passagesOfPair = new Map();
function passagesOf(pair) {
  var cached = passagesOfPair.get(pair);
  if (cached) return cached;
  if (passagesCache === null) passagesCache = readBlock('lineage-passages');
  var passages = (passagesCache[pair] || []).map(function (p) {
    return [p.a.start, p.a.length, p.b.start, p.b.length, p.words, p.identity, p.edits.map(function (e) {
      return [EDIT_KINDS.indexOf(e.kind), e.a.start, e.a.length, e.b.start, e.b.length];
    }), p.kind, p.similarity, (p.sentences || []).map(function (s) {
      return [s.a.start, s.a.length, s.b.start, s.b.length, s.similarity];
    })];
  });
  passagesOfPair.set(pair, passages);
  return passages;
}

// A document's text, with its boilerplate as [start, length, start, length, …].
var textCache = new Map();
function textOf(doc) {
  var cached = textCache.get(doc);
  if (cached) return cached;
  var block = readBlock('doc-' + doc);
  block.boilerplate = [];
  data.documents[doc].boilerplate.forEach(function (b) { block.boilerplate.push(b.start, b.length); });
  // Documents already shown stay parsed; the rest of a large corpus is never parsed at all.
  if (textCache.size > 200) textCache.clear();
  textCache.set(doc, block);
  return block;
}

// The group of copies each copied document belongs to (documents nobody copied are in none).
var groupOfDoc = new Map();
data.duplicateGroups.forEach(function (group) { group.documents.forEach(function (d) { groupOfDoc.set(d, group); }); });

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
