// The page: navigation, a summary line, and the view the address's fragment names
// (#stories, #story/3, #docs, #doc/12, #doc/12/340-25, #pairs, #pair/0, #duplicates, #quotes, #facts, #names, #problems).

var SECTIONS = [
  ['stories', 'Stories', data.stories.length],
  ['docs', 'Documents', data.documents.length],
  ['pairs', 'Pairs', data.pairs.length],
  ['duplicates', 'Copies', data.duplicateGroups.length],
  ['quotes', 'Quotes', blockCount('lineage-quotes')],
  ['facts', 'Facts', data.facts.length],
  ['names', 'Names', blockCount('lineage-names')],
];
if (data.problems.length > 0) SECTIONS.push(['problems', 'Problems', data.problems.length]);

function route(hash) {
  var parts = hash.replace(/^#/, '').split('/');
  var name = parts[0] || 'stories';
  var id = parts.length > 1 ? parseInt(parts[1], 10) : NaN;
  switch (name) {
    case 'story': return { section: 'stories', view: function () { return storyView(id); } };
    case 'doc': {
      var focus = null;
      var span = /^(\d+)-(\d+)$/.exec(parts[2] || '');
      if (span) focus = [parseInt(span[1], 10), parseInt(span[2], 10)];
      return { section: 'docs', view: function () { return documentView(id, focus); } };
    }
    case 'pair': return { section: 'pairs', view: function () { return pairView(id); } };
    case 'docs': return { section: 'docs', view: documentsView };
    case 'pairs': return { section: 'pairs', view: pairsView };
    case 'duplicates': return { section: 'duplicates', view: duplicatesView };
    case 'quotes': return { section: 'quotes', view: quotesView };
    case 'facts': return { section: 'facts', view: factsView };
    case 'names': return { section: 'names', view: namesView };
    case 'problems': return { section: 'problems', view: problemsView };
    default: return { section: 'stories', view: storiesView };
  }
}

function render() {
  var target = route(location.hash);
  var nav = document.getElementById('nav');
  clear(nav);
  SECTIONS.forEach(function (section) {
    nav.appendChild(h('a', { href: '#' + section[0], class: section[0] === target.section ? 'current' : null, 'aria-current': section[0] === target.section ? 'page' : null },
      section[1], ' ', h('span', { class: 'count' }, number(section[2]))));
  });
  var view = clear(document.getElementById('view'));
  try {
    append(view, [target.view()]);
  } catch (error) {
    append(view, [h('h1', null, 'This view failed'), h('pre', { class: 'error' }, String(error && error.stack || error))]);
  }
  if (!/^#doc\/\d+\/\d+-\d+$/.test(location.hash)) window.scrollTo(0, 0);
}

function summary() {
  var words = data.documents.reduce(function (sum, d) { return sum + d.words; }, 0);
  document.getElementById('summary').textContent = plural(data.documents.length, 'document') + ', ' + plural(words, 'word') + ' · '
    + plural(data.pairs.length, 'pair') + ' sharing text · ' + plural(data.stories.length, 'story', 'stories');
}

summary();
window.addEventListener('hashchange', render);
render();
