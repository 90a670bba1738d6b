// A story's provenance graph in SVG: external origins in the first column, then the documents in
// one column per publication date, undated ones last (a layered drawing, Sugiyama et al. 1981,
// with one barycenter pass to keep edges short).

var GRAPH = { nodeWidth: 168, nodeHeight: 44, columnGap: 52, rowGap: 16, top: 34, left: 12, laneGap: 22, maxLanes: 12, maxDocuments: 60 };
var graphCount = 0;

function storyEdges(story) {
  var members = new Set(story.documents);
  var edges = [];
  data.provenance.forEach(function (edge, index) {
    var inStory = (edge.toDocument !== null && members.has(edge.toDocument)) || (edge.fromDocument !== null && members.has(edge.fromDocument));
    if (inStory) edges.push(index);
  });
  return edges;
}

// The documents drawn: all of a small story, else those with the most edges.
function graphDocuments(story, edges) {
  if (story.documents.length <= GRAPH.maxDocuments) return story.documents.slice();
  var degree = new Map();
  edges.forEach(function (index) {
    var edge = data.provenance[index];
    [edge.fromDocument, edge.toDocument].forEach(function (d) { if (d !== null) degree.set(d, (degree.get(d) || 0) + 1); });
  });
  return story.documents.slice()
    .sort(function (a, b) { return (degree.get(b) || 0) - (degree.get(a) || 0) || a - b; })
    .slice(0, GRAPH.maxDocuments)
    .sort(function (a, b) { return a - b; });
}

function provenanceGraph(story) {
  var id = 'g' + (++graphCount);
  var edgeIndexes = storyEdges(story);
  var docs = graphDocuments(story, edgeIndexes);
  var drawn = new Set(docs);
  var nodes = new Map(); // key → { key, label, sub, title, column, row, doc, external }
  var externals = [];
  edgeIndexes.forEach(function (index) {
    var edge = data.provenance[index];
    if (edge.external && drawn.has(edge.toDocument) && !nodes.has('x:' + edge.from)) {
      var node = { key: 'x:' + edge.from, label: edge.from, sub: 'external source', title: edge.from + ' (outside the corpus)', external: true, doc: null };
      nodes.set(node.key, node);
      externals.push(node);
    }
  });

  var dates = [];
  var undated = false;
  docs.forEach(function (doc) {
    var published = data.documents[doc].published;
    if (published === null) undated = true;
    else if (dates.indexOf(published) < 0) dates.push(published);
  });
  dates.sort();
  var headers = [];
  if (externals.length > 0) headers.push('external sources');
  var firstDateColumn = headers.length;
  dates.forEach(function (date) { headers.push(date); });
  if (undated) headers.push('no date');

  var columns = headers.map(function () { return []; });
  externals.forEach(function (node) { node.column = 0; columns[0].push(node); });
  docs.forEach(function (doc) {
    var d = data.documents[doc];
    var column = d.published === null ? headers.length - 1 : firstDateColumn + dates.indexOf(d.published);
    var sub = [d.site, d.published].filter(function (x) { return x; }).join(' · ') || d.path;
    var node = { key: 'd:' + doc, label: d.id, sub: sub, title: docTitle(doc) + '\n' + d.id + (sub ? '\n' + sub : ''), external: false, doc: doc, column: column };
    nodes.set(node.key, node);
    columns[column].push(node);
  });

  var edges = [];
  edgeIndexes.forEach(function (index) {
    var edge = data.provenance[index];
    var from = nodes.get(edge.external ? 'x:' + edge.from : 'd:' + edge.fromDocument);
    var to = nodes.get('d:' + edge.toDocument);
    if (from && to) edges.push({ index: index, edge: edge, from: from, to: to });
  });

  // Barycenter ordering: each column sorted by the mean row of its neighbours in earlier columns.
  columns.forEach(function (column, c) {
    column.forEach(function (node, i) { node.row = i; });
    if (c === 0) return;
    column.forEach(function (node) {
      var sum = 0, count = 0;
      edges.forEach(function (e) {
        var other = e.from === node ? e.to : e.to === node ? e.from : null;
        if (other && other.column < c) { sum += other.row; count++; }
      });
      node.weight = count > 0 ? sum / count : node.row + 0.5;
    });
    column.sort(function (a, b) { return a.weight - b.weight; });
    column.forEach(function (node, i) { node.row = i; });
  });

  var rows = columns.reduce(function (max, column) { return Math.max(max, column.length); }, 1);
  var width = GRAPH.left * 2 + headers.length * GRAPH.nodeWidth + (headers.length - 1) * GRAPH.columnGap + 70;
  nodes.forEach(function (node) {
    node.x = GRAPH.left + node.column * (GRAPH.nodeWidth + GRAPH.columnGap);
    node.y = GRAPH.top + node.row * (GRAPH.nodeHeight + GRAPH.rowGap);
  });
  // An edge that would cross a node of a column between its ends runs in a lane below the nodes
  // (the strongest first; past maxLanes the rest keep their direct course, or the graph would
  // grow taller than anyone reads).
  var nodesBottom = GRAPH.top + rows * (GRAPH.nodeHeight + GRAPH.rowGap);
  var lanes = 0;
  edges.slice().sort(function (x, y) { return (y.edge.confidence || 0) - (x.edge.confidence || 0) || x.index - y.index; })
    .forEach(function (e) {
      if (lanes < GRAPH.maxLanes && crossesNodes(e.from, e.to, columns)) e.laneY = nodesBottom + 4 + GRAPH.laneGap * lanes++;
    });
  var height = nodesBottom + 8 + GRAPH.laneGap * lanes;

  var root = svg('svg', { class: 'graph', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'provenance graph of story ' + story.id });
  var defs = svg('defs', null,
    svg('marker', { id: id + '-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' })));
  root.appendChild(defs);
  headers.forEach(function (header, c) {
    root.appendChild(svg('text', { class: 'column-header', x: GRAPH.left + c * (GRAPH.nodeWidth + GRAPH.columnGap) + GRAPH.nodeWidth / 2, y: 18 }, header));
  });

  var edgeLayer = svg('g', { class: 'edges' });
  var nodeLayer = svg('g', { class: 'nodes' });
  root.appendChild(edgeLayer);
  root.appendChild(nodeLayer);
  var elementsOf = new Map();
  edges.forEach(function (e) { edgeLayer.appendChild(drawEdge(e, id, elementsOf)); });
  nodes.forEach(function (node) { nodeLayer.appendChild(drawNode(node, elementsOf)); });

  var note = story.documents.length > docs.length
    ? h('p', { class: 'muted' }, 'The graph shows the ' + docs.length + ' documents of this story with the most provenance edges, of ' + number(story.documents.length) + '.')
    : null;
  var legend = h('p', { class: 'legend' },
    h('span', { class: 'legend-edge confident' }, '→ copied, with confidence'), ' ',
    h('span', { class: 'legend-edge undetermined' }, '- - shares text, direction undetermined'), ' ',
    h('span', { class: 'legend-node external' }, 'source outside the corpus'), ' ',
    'Click a document to open it, an edge to compare the two texts.');
  return h('div', { class: 'graph-box' }, legend, h('div', { class: 'graph-scroll' }, root), note);
}

// Whether the straight course from one node to another passes over a node of a column between them.
function crossesNodes(from, to, columns) {
  var top = Math.min(from.y, to.y), bottom = Math.max(from.y, to.y) + GRAPH.nodeHeight;
  for (var c = Math.min(from.column, to.column) + 1; c < Math.max(from.column, to.column); c++)
    for (var i = 0; i < columns[c].length; i++)
      if (columns[c][i].y < bottom && columns[c][i].y + GRAPH.nodeHeight > top) return true;
  return false;
}

function edgeGeometry(from, to, laneY) {
  var w = GRAPH.nodeWidth, half = GRAPH.nodeHeight / 2;
  var x1, x2, c1, c2;
  var y1 = from.y + half, y2 = to.y + half;
  if (laneY !== undefined) {
    // Down into the lane, along it, and up into the target.
    x1 = from.column < to.column ? from.x + w : from.x;
    x2 = from.column < to.column ? to.x : to.x + w;
    var s = x2 > x1 ? 1 : -1, r = GRAPH.columnGap / 2;
    return {
      d: 'M' + x1 + ',' + y1 + ' C' + (x1 + s * r) + ',' + y1 + ' ' + (x1 + s * r) + ',' + laneY + ' ' + (x1 + 2 * s * r) + ',' + laneY
        + ' L' + (x2 - 2 * s * r) + ',' + laneY + ' C' + (x2 - s * r) + ',' + laneY + ' ' + (x2 - s * r) + ',' + y2 + ' ' + x2 + ',' + y2,
      mid: [(x1 + x2) / 2, laneY],
    };
  }
  if (from.column === to.column) {
    // Same column: an arc on the right, wider for rows further apart.
    x1 = from.x + w; x2 = to.x + w;
    var bulge = 30 + Math.abs(to.row - from.row) * 12;
    c1 = [x1 + bulge, y1]; c2 = [x2 + bulge, y2];
  } else if (from.column < to.column) {
    x1 = from.x + w; x2 = to.x;
    var dx = (x2 - x1) / 2;
    c1 = [x1 + dx, y1]; c2 = [x2 - dx, y2];
  } else {
    x1 = from.x; x2 = to.x + w;
    var back = (x1 - x2) / 2;
    c1 = [x1 - back, y1]; c2 = [x2 + back, y2];
  }
  var mid = [(x1 + 3 * c1[0] + 3 * c2[0] + x2) / 8, (y1 + 3 * c1[1] + 3 * c2[1] + y2) / 8];
  var d = 'M' + x1 + ',' + y1 + ' C' + c1[0] + ',' + c1[1] + ' ' + c2[0] + ',' + c2[1] + ' ' + x2 + ',' + y2;
  return { d: d, mid: mid };
}

function drawEdge(e, id, elementsOf) {
  var edge = e.edge;
  // An undetermined edge has no direction: draw it from the earlier column to the later.
  var from = e.from, to = e.to;
  if (edge.undetermined && from.column > to.column) { from = e.to; to = e.from; }
  var geometry = edgeGeometry(from, to, e.laneY);
  var kind = edge.undetermined ? 'undetermined' : 'confident';
  var label = edge.undetermined ? '?' : percent(edge.confidence);
  var tip = (edge.undetermined ? edge.from + ' — ' + edge.to + ': direction undetermined' : edge.from + ' → ' + edge.to + ': confidence ' + percent(edge.confidence))
    + edge.evidence.map(function (ev) { return '\n• ' + ev[0] + ': ' + ev[1]; }).join('');
  var group = svg('g', { class: 'edge ' + kind + (edge.pair !== null ? ' clickable' : ''), 'data-edge': e.index },
    svg('title', null, tip),
    svg('path', { d: geometry.d, class: 'edge-hit' }),
    svg('path', { d: geometry.d, class: 'edge-line', 'stroke-width': edge.undetermined ? 1.5 : 1.2 + 2.4 * edge.confidence, 'marker-end': edge.undetermined ? null : 'url(#' + id + '-arrow)' }),
    svg('rect', { class: 'edge-label-box', x: geometry.mid[0] - 19, y: geometry.mid[1] - 9, width: 38, height: 17, rx: 8 }),
    svg('text', { class: 'edge-label', x: geometry.mid[0], y: geometry.mid[1] + 4 }, label));
  if (edge.pair !== null) on(group, 'click', function () { location.hash = '#pair/' + edge.pair; });
  [e.from.key, e.to.key].forEach(function (key) {
    var list = elementsOf.get(key);
    if (!list) elementsOf.set(key, list = []);
    list.push(group);
  });
  return group;
}

function drawNode(node, elementsOf) {
  var group = svg('g', { class: 'node ' + (node.external ? 'external' : 'document'), tabindex: 0, role: node.external ? 'button' : 'link', 'data-node': node.key, transform: 'translate(' + node.x + ',' + node.y + ')' },
    svg('title', null, node.title),
    svg('rect', { width: GRAPH.nodeWidth, height: GRAPH.nodeHeight, rx: node.external ? 20 : 6 }),
    svg('text', { class: 'node-label', x: 10, y: 18 }, shorten(node.label, 23)),
    svg('text', { class: 'node-sub', x: 10, y: 34 }, shorten(node.sub, 27)));
  function highlight(state) {
    group.classList.toggle('active', state);
    (elementsOf.get(node.key) || []).forEach(function (edge) { edge.classList.toggle('highlight', state); });
  }
  on(group, 'mouseenter', function () { highlight(true); });
  on(group, 'mouseleave', function () { if (!group.classList.contains('selected')) highlight(false); });
  function activate() {
    if (node.doc !== null) { location.hash = '#doc/' + node.doc; return; }
    group.classList.toggle('selected');
    highlight(group.classList.contains('selected'));
  }
  on(group, 'click', activate);
  on(group, 'keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); activate(); } });
  return group;
}
