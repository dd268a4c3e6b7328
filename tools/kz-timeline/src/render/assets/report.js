// The report's only script: the sentence behind a figure on click, and the filter.
(function () {
  'use strict';
  var doc = document;

  function show(pt) {
    var row = doc.getElementById(pt.getAttribute('data-row'));
    var card = pt.closest('article');
    var fig = pt.closest('figure');
    if (!row || !card || !fig) return;
    card.querySelectorAll('.pt.on').forEach(function (p) { p.classList.remove('on'); });
    card.querySelectorAll('tr.hl').forEach(function (r) { r.classList.remove('hl'); });
    pt.classList.add('on');
    row.classList.add('hl');
    var said = fig.querySelector('.said');
    said.textContent = '';
    var who = doc.createElement('b');
    who.textContent = row.querySelector('.src').textContent + ', ' + row.querySelector('.pub').textContent + ': ';
    var q = doc.createElement('q');
    q.textContent = row.querySelector('.sent').textContent;
    said.appendChild(who);
    said.appendChild(q);
    said.hidden = false;
    var details = card.querySelector('details.reports');
    if (details) details.open = true;
  }

  doc.addEventListener('click', function (e) {
    var pt = e.target.closest && e.target.closest('.pt');
    if (pt) show(pt);
  });
  doc.addEventListener('keydown', function (e) {
    var t = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && t.classList && t.classList.contains('pt')) {
      e.preventDefault();
      show(t);
    }
  });

  // Points take the focus and act as buttons (set here: a large report has
  // tens of thousands of them).
  doc.querySelectorAll('.pt').forEach(function (p) {
    p.setAttribute('tabindex', '0');
    p.setAttribute('role', 'button');
  });

  var box = doc.getElementById('filter');
  var only = doc.getElementById('conflicts');
  var shown = doc.getElementById('shown');
  function filter() {
    var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
    var n = 0;
    doc.querySelectorAll('article.incident').forEach(function (a) {
      var hay = a.getAttribute('data-search') || '';
      var ok = words.every(function (w) { return hay.indexOf(w) >= 0; }) &&
        (!only.checked || a.hasAttribute('data-conflict'));
      a.hidden = !ok;
      if (ok) n += 1;
      doc.querySelectorAll('[data-for="' + CSS.escape(a.id) + '"]').forEach(function (x) {
        x.classList.toggle('off', !ok);
      });
    });
    shown.textContent = String(n);
  }
  box.addEventListener('input', filter);
  only.addEventListener('change', filter);
  doc.body.setAttribute('data-ready', 'yes');
})();
