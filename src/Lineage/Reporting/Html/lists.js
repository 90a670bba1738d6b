// The list views: stories, one story, documents, pairs and input problems. Long lists are paged.

function keywordChips(keywords) {
  return h('span', { class: 'keywords' }, keywords.map(function (k) { return h('span', { class: 'chip' }, k); }));
}

// "18 Sep 2016 – 21 Sep 2016", one date when both are the same, '' when no document is dated.
function storyDates(story) {
  if (!story.firstPublished) return '';
  return story.firstPublished === story.lastPublished ? story.firstPublished : story.firstPublished + ' – ' + story.lastPublished;
}

function storiesView() {
  var multi = data.stories.filter(function (s) { return s.documents.length > 1; }).length;
  return [
    h('h1', null, 'Stories'),
    h('p', { class: 'muted' }, plural(data.stories.length, 'story', 'stories') + ', ' + number(multi) + ' with more than one document. A story gathers documents about one event, whether or not they share text.'),
    pagedList({
      items: data.stories,
      pageSize: 25,
      placeholder: 'filter by label, keyword or document',
      filter: function (story, query) {
        if (story.label.toLowerCase().indexOf(query) >= 0) return true;
        if (story.keywords.some(function (k) { return k.toLowerCase().indexOf(query) >= 0; })) return true;
        return story.documents.some(function (d) { return matchesDocument(d, query); });
      },
      render: function (stories) {
        return h('ol', { class: 'stories' }, stories.map(function (story) {
          var shown = story.documents.slice(0, 8);
          return h('li', { class: 'story-row' },
            h('a', { href: '#story/' + story.id, class: 'story-title' }, '#' + story.id + ' ' + (story.label || 'untitled')),
            ' ', h('span', { class: 'muted' }, plural(story.documents.length, 'document') + (story.firstPublished ? ', ' + storyDates(story) : '')),
            h('div', null, keywordChips(story.keywords)),
            h('div', { class: 'story-documents' }, shown.map(function (d, i) { return [i > 0 ? ', ' : '', docLink(d)]; }),
              story.documents.length > shown.length ? ' and ' + number(story.documents.length - shown.length) + ' more' : ''));
        }));
      },
    }),
  ];
}

function storyView(id) {
  var story = storiesById.get(id);
  if (!story) return notFound('story ' + id);
  var facts = data.facts.filter(function (f) { return f.story === story.id; });
  var edges = storyEdges(story);
  return [
    h('h1', null, 'Story #' + story.id + ': ' + (story.label || 'untitled')),
    story.firstPublished ? h('p', { class: 'muted' }, 'Published ' + storyDates(story)) : null,
    h('p', null, keywordChips(story.keywords)),
    h('h2', null, 'Provenance'),
    edges.length === 0 ? empty('No document of this story shares text with another or names a source.') : provenanceGraph(story),
    h('h2', null, 'Documents (' + number(story.documents.length) + ')'),
    documentTable(story.documents),
    edges.length > 0 ? [h('h2', null, 'Provenance evidence'), edgeTable(edges)] : null,
    facts.length > 0 ? [h('h2', null, 'Facts'), factTable(facts)] : null,
  ];
}

function edgeTable(edges) {
  return pagedList({
    items: edges,
    pageSize: 20,
    render: function (page) {
      return h('ul', { class: 'edges-list' }, page.map(function (index) {
        var edge = data.provenance[index];
        return h('li', null, edgeSummary(edge), h('details', null, h('summary', null, 'evidence'), evidenceList(edge)));
      }));
    },
  });
}

function matchesDocument(doc, query) {
  var d = data.documents[doc];
  return d.id.toLowerCase().indexOf(query) >= 0 || (d.title !== null && d.title.toLowerCase().indexOf(query) >= 0)
    || (d.site !== null && d.site.toLowerCase().indexOf(query) >= 0) || d.path.toLowerCase().indexOf(query) >= 0;
}

function documentTable(docs) {
  return pagedList({
    items: docs,
    pageSize: 50,
    placeholder: 'filter by id, title, site or path',
    filter: matchesDocument,
    render: function (page) {
      return table(['document', 'title', 'site', 'published', 'words', 'shares text with'], page.map(function (doc) {
        var d = data.documents[doc];
        return h('tr', null,
          h('td', null, docLink(doc)),
          h('td', null, d.title || ''),
          h('td', null, d.site || ''),
          h('td', { class: 'nowrap' }, d.published || ''),
          h('td', { class: 'number' }, number(d.words)),
          h('td', { class: 'number' }, number(pairsOfDoc(doc).length)));
      }));
    },
  });
}

function documentsView() {
  var all = data.documents.map(function (d, i) { return i; });
  return [h('h1', null, 'Documents'), documentTable(all)];
}

function pairsView() {
  var all = data.pairs.map(function (p, i) { return i; });
  return [
    h('h1', null, 'Pairs that share text'),
    h('p', { class: 'muted' }, 'Most shared words first. “of A” and “of B” are the share of each document’s article words inside a reused passage.'),
    pagedList({
      items: all,
      pageSize: 50,
      placeholder: 'filter by document',
      filter: function (pair, query) { return matchesDocument(data.pairs[pair][0], query) || matchesDocument(data.pairs[pair][1], query); },
      render: function (page) {
        return table(['A', 'B', 'passages', 'shared words', 'of A', 'of B', ''], page.map(function (index) {
          var p = data.pairs[index];
          return h('tr', { class: 'pair-row' },
            h('td', null, docLink(p[0])), h('td', null, docLink(p[1])),
            h('td', { class: 'number' }, number(p[3])), h('td', { class: 'number' }, number(p[2])),
            h('td', { class: 'number' }, percent(p[4])), h('td', { class: 'number' }, percent(p[5])),
            h('td', null, pairLink(index)));
        }));
      },
    }),
  ];
}

// Groups of copies: each group's representative (the document --dedup keeps) and its other members.
function duplicatesView() {
  var copies = data.duplicateGroups.reduce(function (sum, g) { return sum + g.documents.length; }, 0);
  return [
    h('h1', null, 'Copies'),
    h('p', { class: 'muted' }, plural(data.duplicateGroups.length, 'group') + ' of documents that are copies of one another, ' + plural(copies, 'document') + ' in all. The kept document is the one deduplication keeps: the earliest, else the longest.'),
    data.duplicateGroups.length === 0 ? empty('No document is a copy of another.') : pagedList({
      items: data.duplicateGroups,
      pageSize: 50,
      placeholder: 'filter by document',
      filter: function (group, query) { return group.documents.some(function (d) { return matchesDocument(d, query); }); },
      render: function (page) {
        return table(['group', 'kept', 'copies', 'documents'], page.map(function (group) {
          var others = group.documents.filter(function (d) { return d !== group.representative; });
          return h('tr', { class: 'duplicate-row', id: 'group-' + group.id },
            h('td', { class: 'number' }, '#' + group.id),
            h('td', { class: 'kept' }, docLink(group.representative)),
            h('td', { class: 'copies' }, others.map(function (d, i) { return [i > 0 ? ', ' : '', docLink(d)]; })),
            h('td', { class: 'number' }, number(group.documents.length)));
        }));
      },
    }),
  ];
}

function problemsView() {
  return [
    h('h1', null, 'Input problems'),
    data.problems.length === 0 ? empty('Every input was read.') : table(['file', 'problem', ''], data.problems.map(function (p) {
      return h('tr', null, h('td', null, p.path), h('td', null, p.message), h('td', null, p.skipped ? 'skipped' : 'warning'));
    })),
  ];
}

function notFound(what) {
  return [h('h1', null, 'Not found'), empty('This report has no ' + what + '.')];
}
