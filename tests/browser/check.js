// Appended to a copy of the report by run.sh: acts as a reader would and
// writes what the page showed into a JSON script element for check.py.
(function () {
  'use strict';
  var doc = document;
  var r = { ready: doc.body.getAttribute('data-ready') };
  // Click the last point of the first chart: its sentence shows under it.
  var fig = doc.querySelector('figure.claim');
  var pts = fig ? fig.querySelectorAll('.pt') : [];
  if (pts.length) {
    var pt = pts[pts.length - 1];
    pt.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    var said = fig.querySelector('.said');
    var row = doc.getElementById(pt.getAttribute('data-row'));
    r.said = said.hidden ? '' : said.textContent;
    r.sentence = row ? row.querySelector('.sent').textContent : null;
    r.highlighted = row ? row.classList.contains('hl') : false;
    r.details_open = pt.closest('article').querySelector('details.reports').open;
  }
  // Filter by a place: only its incidents stay, on the map and in the index too.
  var box = doc.getElementById('filter');
  box.value = 'karaganda';
  box.dispatchEvent(new Event('input'));
  r.filtered = Array.prototype.filter.call(doc.querySelectorAll('article.incident'), function (a) {
    return !a.hidden;
  }).map(function (a) { return a.id; });
  r.shown = doc.getElementById('shown').textContent;
  r.index_rows = doc.querySelectorAll('table.index tr[data-for]:not(.off)').length;
  box.value = '';
  box.dispatchEvent(new Event('input'));
  r.unfiltered = doc.querySelectorAll('article.incident:not([hidden])').length;
  var out = doc.createElement('script');
  out.type = 'application/json';
  out.id = 'check-result';
  out.textContent = JSON.stringify(r);
  doc.body.appendChild(out);
})();
