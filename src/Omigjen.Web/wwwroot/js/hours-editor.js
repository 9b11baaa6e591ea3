// The opening-hours editor. Without this script the form, the errors and the preview all work through the server.
// With it: periods can be added and removed, ticking "Stengt" folds a day away, the text under "Avansert" follows the
// weekly form (the server builds it, so there is one builder), and the two-week preview and the errors in plain words
// update while typing.
(function () {
  'use strict';
  var form = document.getElementById('hours-form');
  if (!form || !window.fetch || !window.URLSearchParams) return;

  var en = document.documentElement.lang === 'en';
  var weekly = document.getElementById('weekly');
  var raw = document.getElementById('raw');
  var rawError = document.getElementById('raw-error');
  var preview = document.getElementById('hours-preview');
  var texts = preview.dataset;
  var previewStatus = document.getElementById('preview-status');
  var modeWeekly = document.getElementById('mode-weekly');
  var modeAdvanced = document.getElementById('mode-advanced');
  var days = Array.prototype.slice.call(form.querySelectorAll('.hours-day'));
  var latest = 0; // the newest request wins; answers to older ones are dropped

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function message(container, lines) {
    container.textContent = '';
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.className = 'ds-validation-message';
      p.setAttribute('data-field', 'validation');
      p.textContent = line;
      container.appendChild(p);
    });
  }

  // ---- Periods: add, remove, fold a closed day away.

  function renumber(day) {
    var rows = day.querySelectorAll('.hours-period');
    Array.prototype.forEach.call(rows, function (row, i) {
      var context = ' (' + day.dataset.name + ', ' + form.dataset.tPeriod + ' ' + (i + 1) + ')';
      ['from', 'to'].forEach(function (k) {
        var id = 'd' + day.dataset.day + '-p' + i + '-' + k;
        var input = row.querySelector('input[data-k="' + k + '"]');
        var label = row.querySelector('label[data-k="' + k + '"]');
        input.id = id;
        label.htmlFor = id;
        label.querySelector('.ds-sr-only').textContent = context;
      });
      var remove = row.querySelector('.hours-remove');
      remove.querySelector('.ds-sr-only').textContent = context;
      remove.hidden = rows.length < 2;
    });
  }

  function applyClosed(day) {
    var closed = day.querySelector('.hours-closed input').checked;
    var periods = day.querySelector('.hours-periods');
    periods.hidden = closed;
    day.querySelector('.hours-add').hidden = closed;
    // Disabled fields are not sent: a day ticked closed sends no times.
    Array.prototype.forEach.call(periods.querySelectorAll('input'), function (input) { input.disabled = closed; });
  }

  function isEmpty(row) {
    return Array.prototype.every.call(row.querySelectorAll('input'), function (input) { return !input.value; });
  }

  days.forEach(function (day) {
    // The server gives every day spare empty rows for use without this script; here "Legg til periode" adds them.
    var rows = Array.prototype.slice.call(day.querySelectorAll('.hours-period'));
    var filled = rows.filter(function (row) { return !isEmpty(row); }).length;
    rows.forEach(function (row, i) {
      if (isEmpty(row) && (filled > 0 || i > 0)) row.parentNode.removeChild(row);
    });
    renumber(day);
    applyClosed(day);
    day.querySelector('.hours-closed input').addEventListener('change', function () { applyClosed(day); });
    day.querySelector('.hours-add').addEventListener('click', function () {
      var rows = day.querySelectorAll('.hours-period');
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('input'), function (input) {
        input.value = '';
        input.removeAttribute('aria-invalid');
      });
      last.parentNode.insertBefore(copy, last.nextSibling);
      renumber(day);
      copy.querySelector('input').focus();
      weeklyChanged();
    });
    day.addEventListener('click', function (e) {
      var button = e.target.closest('.hours-remove');
      if (!button) return;
      var row = button.closest('.hours-period');
      var rows = day.querySelectorAll('.hours-period');
      if (rows.length < 2) return;
      var index = Array.prototype.indexOf.call(rows, row);
      row.parentNode.removeChild(row);
      renumber(day);
      var left = day.querySelectorAll('.hours-period');
      left[Math.max(0, index - 1)].querySelector('input').focus();
      weeklyChanged();
    });
  });

  // ---- The weekly form becomes the OSM value on the server; its errors appear next to the day.

  function weeklyQuery() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (key.indexOf('Days[') === 0 || key === 'ClosedOnPublicHolidays') params.append(key, value);
    });
    return params.toString();
  }

  function showWeeklyErrors(errors) {
    var byDay = {};
    var fields = {};
    (errors || []).forEach(function (e) {
      fields[e.field] = true;
      if (e.day !== null && e.day !== undefined) (byDay[e.day] = byDay[e.day] || []).push(e.message);
    });
    days.forEach(function (day) {
      message(document.getElementById('d' + day.dataset.day + '-error'), byDay[day.dataset.day] || []);
      Array.prototype.forEach.call(day.querySelectorAll('input'), function (input) {
        if (fields[input.id]) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      });
    });
  }

  var refreshWeekly = debounce(function () {
    var mine = ++latest;
    fetch(form.dataset.osmUrl + '&' + weeklyQuery(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error(String(r.status))); })
      .then(function (data) {
        if (mine !== latest) return;
        showWeeklyErrors(data.errors);
        if (typeof data.value === 'string' && modeWeekly.checked) {
          raw.value = data.value;
          evaluate(data.value, mine);
        } else {
          previewStatus.textContent = texts.tStale;
        }
      })
      .catch(function () { /* the server checks again on save */ });
  }, 300);

  function weeklyChanged() {
    latest++; // an answer to anything asked before this change is out of date
    modeWeekly.checked = true;
    refreshWeekly();
  }

  // ---- The preview: the evaluate API's intervals, cut at midnight, in the same words as the server's preview.

  function clock(local) {
    var t = local.substr(11, 5);
    return en ? t : t.replace(':', '.');
  }

  function cell(intervals, start, end) {
    var parts = [];
    for (var i = 0; i < intervals.length; i++) {
      var iv = intervals[i];
      var from = iv.from.substr(0, 16);
      var to = iv.to.substr(0, 16);
      if (iv.state === 'closed' || !(from < end && to > start)) continue;
      var s = from < start ? start : from;
      var e = to > end ? end : to;
      var whole = s === start && e === end;
      if (whole && iv.state === 'unknown' && !iv.comment) return texts.tUnknown;
      var text = whole && iv.state === 'open' ? texts.tAllday : clock(s) + '–' + (e === end ? (en ? '24:00' : '24.00') : clock(e));
      if (iv.state === 'unknown') text += texts.tUncertain;
      if (iv.comment) text += ' (' + iv.comment + ')';
      parts.push(text);
    }
    if (parts.length > 0) return parts.join(', ');
    for (var j = 0; j < intervals.length; j++) {
      var c = intervals[j];
      if (c.state === 'closed' && c.comment && c.from.substr(0, 16) < end && c.to.substr(0, 16) > start) return texts.tClosed + ' (' + c.comment + ')';
    }
    return texts.tClosed;
  }

  function render(intervals) {
    Array.prototype.forEach.call(preview.querySelectorAll('tbody tr'), function (tr) {
      var text = intervals ? cell(intervals, tr.dataset.date + 'T00:00', tr.dataset.next + 'T00:00') : texts.tUnknown;
      var td = tr.querySelector('td');
      // Only changed cells are touched, so a screen reader hears only what changed.
      if (td.textContent !== text) td.textContent = text;
    });
  }

  function showRawError(text) {
    message(rawError, text ? [text] : []);
    if (text) raw.setAttribute('aria-invalid', 'true');
    else raw.removeAttribute('aria-invalid');
  }

  function effective(value) {
    var base = value.trim();
    var exceptions = texts.exceptions || '';
    if (!exceptions) return base;
    return (base ? base.replace(/;+$/, '') : 'unknown') + '; ' + exceptions;
  }

  function evaluate(value, mine) {
    var full = effective(value);
    if (!full) {
      showRawError(null);
      render(null);
      previewStatus.textContent = texts.tDraft;
      return;
    }
    var url = '/api/v1/opening-hours/evaluate?value=' + encodeURIComponent(full) + '&from=' + encodeURIComponent(texts.from) +
      '&to=' + encodeURIComponent(texts.to) + (texts.lat && texts.lon ? '&lat=' + texts.lat + '&lon=' + texts.lon : '');
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (result) {
        if (mine !== latest) return;
        var body = result.body;
        if (result.ok) {
          showRawError(null);
          render(body.intervals);
          previewStatus.textContent = texts.tDraft;
          return;
        }
        var text = (en ? body.messageEn : body.messageNb) || body.detail || body.title;
        if (typeof body.position === 'number') {
          var near = value.trim().substr(Math.min(body.position, value.trim().length), 12);
          text += ' ' + (near ? texts.tHere + ' «' + near + '».' : texts.tEnd);
        }
        showRawError(text);
        previewStatus.textContent = texts.tStale;
      })
      .catch(function () { /* the server checks again on save */ });
  }

  var refreshRaw = debounce(function () { evaluate(raw.value, ++latest); }, 300);

  form.addEventListener('input', function (e) {
    if (e.target === raw) {
      latest++; // the weekly form's pending answer must not overwrite what is being typed here
      modeAdvanced.checked = true;
      refreshRaw();
    } else if (weekly.contains(e.target)) {
      weeklyChanged();
    }
  });
}());
