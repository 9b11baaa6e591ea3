// The repair log on a phone: the "why not" choices only when the outcome is end of life, and the session's tally
// fetched again every few seconds so the organiser sees new repairs. Without this script the page works the same
// (the choices are always shown; a reload shows the tally).
(function () {
    'use strict';
    var form = document.querySelector('.repair-form');
    var barrier = document.querySelector('[data-when-end-of-life]');
    if (form && barrier) {
        var sync = function () {
            var chosen = form.querySelector('input[name="Form.Outcome"]:checked');
            var endOfLife = chosen && chosen.value === 'EndOfLife';
            barrier.hidden = !endOfLife;
            if (!endOfLife) {
                var none = document.getElementById('repair-barrier-none');
                if (none) none.checked = true;
            }
        };
        form.addEventListener('change', function (e) {
            if (e.target && e.target.name === 'Form.Outcome') sync();
        });
        sync();
    }

    var tally = document.getElementById('repair-tally');
    var url = tally && tally.getAttribute('data-refresh-url');
    if (!tally || !url || !window.fetch) return;
    var refresh = function () {
        // Never replace the list under someone's focus or while the page is hidden.
        if (document.hidden || tally.contains(document.activeElement)) return;
        fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                if (html !== null && html !== tally.innerHTML) tally.innerHTML = html;
            })
            .catch(function () { /* offline for a moment: the next round tries again */ });
    };
    window.setInterval(refresh, 5000);
})();
