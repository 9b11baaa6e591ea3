// The search pages' filters sit in <details id="filter-sheet">, whose summary is the "Filtrer (n)" button. Without
// JavaScript the summary opens and closes it (on a phone as a sheet over the results, see site.css). This adds: open on
// a wide screen (where the summary is hidden), and on a phone a sheet that behaves like a dialog: the page behind it is
// inert and does not scroll, Escape closes it, and after an in-place search (the start page) it closes onto the results.
(function () {
  'use strict';
  var sheet = document.getElementById('filter-sheet');
  if (!sheet) return;
  var summary = sheet.querySelector('summary');
  var form = sheet.querySelector('form');
  var wide = window.matchMedia('(min-width: 40rem)');
  var inerted = [];

  sheet.classList.add('filter-sheet--js');

  function release() {
    inerted.forEach(function (el) { el.inert = false; });
    inerted = [];
    document.documentElement.classList.remove('filter-sheet-open');
  }

  // Everything but the sheet and its ancestors becomes inert, as behind a modal dialog.
  function trap() {
    release();
    document.documentElement.classList.add('filter-sheet-open');
    for (var el = sheet; el && el.parentElement && el !== document.body; el = el.parentElement) {
      Array.prototype.forEach.call(el.parentElement.children, function (sibling) {
        if (sibling !== el && !sibling.inert && sibling.tagName !== 'SCRIPT') {
          sibling.inert = true;
          inerted.push(sibling);
        }
      });
    }
  }

  function sync() {
    if (sheet.open && !wide.matches) trap(); else release();
  }

  function close(focusTarget) {
    sheet.open = false;
    release();
    if (focusTarget) focusTarget.focus();
  }

  if (wide.matches) sheet.open = true;
  sync();
  sheet.addEventListener('toggle', sync);
  wide.addEventListener('change', function () {
    sheet.open = wide.matches;
    sync();
  });

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && sheet.open && !wide.matches) {
      e.preventDefault();
      close(summary);
    }
  });

  // A search handled in place (map.js prevents the navigation) closes the sheet and shows the results.
  if (form) {
    form.addEventListener('submit', function (e) {
      setTimeout(function () {
        if (!e.defaultPrevented || wide.matches) return;
        var results = document.getElementById('resultater');
        if (results && !results.hasAttribute('tabindex')) results.setAttribute('tabindex', '-1');
        close(results);
        if (results) results.scrollIntoView({ block: 'start' });
      }, 0);
    });
  }
})();
