// The tables: quotations and their variants, facts and their values, names and their spellings.

function folded(word) {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

// A variant's text with the words that set it apart from the cluster's main wording marked.
function markedQuote(text, differing) {
  if (differing.length === 0) return h('q', null, text);
  var set = new Set(differing.map(folded));
  var parts = [], last = 0;
  wordBounds(text).forEach(function (bounds) {
    var word = text.slice(bounds[0], bounds[1]);
    if (!set.has(folded(word))) return;
    parts.push(text.slice(last, bounds[0]), h('mark', { class: 'differs' }, word));
    last = bounds[1];
  });
  parts.push(text.slice(last));
  return h('q', null, parts);
}

function quotesView() {
  return [
    h('h1', null, 'Quotations'),
    h('p', { class: 'muted' }, plural(quotesData().length, 'quotation') + ' found in more than one document or wording. The first variant is the most widespread; marked words differ from it.'),
    pagedList({
      items: quotesData(),
      pageSize: 20,
      placeholder: 'filter by words, speaker or document',
      filter: function (quote, query) {
        return quote.variants.some(function (v) {
          return v.text.toLowerCase().indexOf(query) >= 0 || v.occurrences.some(function (o) {
            return (o[3] !== null && o[3].toLowerCase().indexOf(query) >= 0) || matchesDocument(o[0], query);
          });
        });
      },
      render: function (quotes) {
        return table(['#', 'variant', 'where', 'speaker'], quotes.map(function (quote) {
          return quote.variants.map(function (variant, v) {
            return variant.occurrences.map(function (o, k) {
              return h('tr', { class: 'quote-row' + (v === 0 && k === 0 ? ' group-start' : '') },
                k === 0 && v === 0 ? h('td', { rowspan: quoteRows(quote), class: 'number' }, String(quote.id)) : null,
                k === 0 ? h('td', { rowspan: variant.occurrences.length, class: 'quote-text' }, markedQuote(variant.text, variant.differingWords),
                  variant.differingWords.length > 0 ? h('div', { class: 'muted' }, 'differs in: ' + variant.differingWords.join(', ')) : null) : null,
                h('td', null, docLink(o[0], [o[1], o[2]])),
                h('td', null, o[3] || h('span', { class: 'muted' }, 'unknown')));
            });
          });
        }));
      },
    }),
  ];
}

function quoteRows(quote) {
  return quote.variants.reduce(function (sum, v) { return sum + v.occurrences.length; }, 0);
}

function factTable(facts) {
  return pagedList({
    items: facts,
    pageSize: 25,
    placeholder: 'filter by subject or document',
    filter: function (fact, query) {
      return fact.subject.toLowerCase().indexOf(query) >= 0 || fact.mentions.some(function (m) { return matchesDocument(m[0], query); });
    },
    render: function (page) {
      return table(['story', 'subject', 'value', 'stated by', ''], page.map(function (fact) {
        var claims = new Map();
        fact.mentions.forEach(function (m) {
          var list = claims.get(m[4]);
          if (!list) claims.set(m[4], list = []);
          list.push(m);
        });
        var rows = [];
        claims.forEach(function (mentions, claim) {
          rows.push(h('tr', { class: 'fact-row' + (rows.length === 0 ? ' group-start' : '') + (fact.disagree ? ' disagree' : '') },
            rows.length === 0 ? h('td', { rowspan: claims.size }, storyLink(fact.story)) : null,
            rows.length === 0 ? h('td', { rowspan: claims.size, class: 'fact-subject' }, fact.subject) : null,
            h('td', { class: 'fact-value' }, claim),
            h('td', null, mentions.map(function (m, i) {
              return [i > 0 ? ', ' : '', docLink(m[0], [m[1], m[2]]), ' ', h('span', { class: 'muted' }, '“' + m[3] + '”')];
            })),
            rows.length === 0 ? h('td', { rowspan: claims.size }, fact.disagree ? h('span', { class: 'badge disagree' }, 'disagree') : h('span', { class: 'badge agree' }, 'agree')) : null));
        });
        return rows;
      }));
    },
  });
}

function factsView() {
  var disagreeing = data.facts.filter(function (f) { return f.disagree; });
  var slot = h('div');
  var only = h('input', { type: 'checkbox', id: 'facts-disagree' });
  function draw() { clear(slot).appendChild(factTable(only.checked ? disagreeing : data.facts)); }
  on(only, 'change', draw);
  draw();
  return [
    h('h1', null, 'Facts'),
    h('p', { class: 'muted' }, 'Numbers the documents of a story state about the same subject (killed, injured, aircraft…): ' + plural(data.facts.length, 'subject') + ', ' + number(disagreeing.length) + ' on which documents disagree.'),
    h('p', null, only, ' ', h('label', { for: 'facts-disagree' }, 'only subjects on which documents disagree')),
    slot,
  ];
}

function namesView() {
  var variantGroups = namesData().filter(function (n) { return n.variants.length > 1; });
  var slot = h('div');
  var only = h('input', { type: 'checkbox', id: 'names-variants', checked: variantGroups.length > 0 });
  function draw() {
    clear(slot).appendChild(pagedList({
      items: only.checked ? variantGroups : namesData(),
      pageSize: 50,
      placeholder: 'filter by name',
      filter: function (group, query) { return group.variants.some(function (v) { return v.text.toLowerCase().indexOf(query) >= 0; }); },
      render: function (page) {
        return table(['name', 'spellings', 'documents'], page.map(function (group) {
          var documents = new Set();
          group.variants.forEach(function (v) { v.documents.forEach(function (d) { documents.add(d); }); });
          return h('tr', { class: 'name-row' },
            h('td', { class: 'name' }, group.name),
            h('td', null, h('ul', { class: 'spellings' }, group.variants.map(function (v) {
              return h('li', null, h('a', { href: '#doc/' + v.first[0] + '/' + v.first[1] + '-' + v.first[2], class: 'spelling' }, v.text),
                h('span', { class: 'muted' }, ' ×' + number(v.count) + ' in ' + plural(v.documents.length, 'document')));
            }))),
            h('td', { class: 'number' }, number(documents.size)));
        }));
      },
    }));
  }
  on(only, 'change', draw);
  draw();
  return [
    h('h1', null, 'Names'),
    h('p', { class: 'muted' }, 'People, places and organisations, with the spellings each is written in (transliterations, “Deir Ezzor” / “Deir al-Zour”). ' + plural(variantGroups.length, 'name') + ' spelled more than one way.'),
    h('p', null, only, ' ', h('label', { for: 'names-variants' }, 'only names spelled more than one way')),
    slot,
  ];
}
