// The station screen, enhanced: a number pad for count and kilos, and registrations posted to the API with a key made
// on this device. While the network is down they wait in localStorage and are sent once it is back; the key is unique
// in the database, so a registration that is sent again is still stored once.
(() => {
  'use strict';
  const form = document.getElementById('station-form');
  if (!form || !window.fetch || !window.localStorage || !window.FormData) return;
  const status = document.getElementById('station-status');
  const alertBox = document.getElementById('station-alert');
  const queueLine = document.getElementById('station-queue');
  const undoForm = document.getElementById('undo-form');
  const count = document.getElementById('lot-count');
  const kg = document.getElementById('lot-kg');
  const photo = document.getElementById('lot-photo');
  const pad = document.getElementById('numpad');
  const storeKey = 'omigjen-intake:' + form.dataset.station;
  const text = (name) => form.dataset['text' + name[0].toUpperCase() + name.slice(1)] || '';
  let target = count;
  let fresh = true;
  let sending = false;

  const newKey = () => (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
    : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
      const r = Math.random() * 16 | 0;
      return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
  const load = () => { try { return JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch { return []; } };
  const save = (queue) => localStorage.setItem(storeKey, JSON.stringify(queue));

  const say = (box, message, colour) => {
    box.replaceChildren();
    if (!message) return;
    const p = document.createElement('p');
    p.className = 'ds-alert';
    p.dataset.color = colour;
    p.textContent = message;
    box.append(p);
  };

  const showQueue = () => {
    const n = load().length;
    queueLine.hidden = n === 0;
    queueLine.textContent = n === 0 ? '' : text('waiting') + ' ' + n;
  };

  // The number pad writes into the count or the kilos, whichever was tapped last; the first digit replaces the value.
  pad.hidden = false;
  for (const input of [count, kg]) {
    input.setAttribute('inputmode', 'none');
    input.addEventListener('focus', () => { target = input; fresh = true; });
  }
  pad.addEventListener('click', (e) => {
    const key = e.target.closest('[data-key]')?.dataset.key;
    if (!key) return;
    if (key === 'back') target.value = target.value.slice(0, -1);
    else if (key === ',' && target === count) return;
    else target.value = (fresh ? '' : target.value) + key;
    fresh = false;
  });

  const reset = () => {
    for (const r of form.querySelectorAll('input[name="Form.Category"]')) r.checked = false;
    const none = form.querySelector('input[name="Form.Safety"][value=""]');
    if (none) none.checked = true;
    const good = form.querySelector('input[name="Form.Condition"][value="Good"]');
    if (good) good.checked = true;
    count.value = '1';
    kg.value = '';
    photo.value = '';
    form.querySelector('#lot-notes').value = '';
    target = count;
    fresh = true;
  };

  const fields = () => {
    const data = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') data[name] = value;
    return data;
  };

  const bodyOf = (entry, file) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(entry.fields)) body.append(name, value);
    body.set('Form.Key', entry.key);
    if (file) body.append('photo', file);
    return body;
  };

  const shown = (lot) => {
    if (lot.reason) { say(alertBox, lot.reason + ' ' + lot.message, 'warning'); say(status, ''); }
    else { say(status, lot.message, 'success'); say(alertBox, ''); }
    undoForm.querySelector('#undo-lot').value = lot.id;
    undoForm.querySelector('#undo-what').textContent = ': ' + lot.count + ' × ' + lot.label;
    undoForm.hidden = false;
  };

  // Sends one entry; true when it is done with (stored, or refused for good), false when it must wait for the network.
  const send = async (entry, file) => {
    let response;
    try {
      response = await fetch(form.dataset.api, {
        method: 'POST', body: bodyOf(entry, file), credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'RequestVerificationToken': entry.fields.__RequestVerificationToken || '' },
      });
    } catch {
      return false;
    }
    if (response.status === 401) { say(alertBox, text('signin'), 'warning'); return false; }
    const body = await response.json().catch(() => null);
    if (response.ok && body) { shown({ ...body, label: entry.label }); return true; }
    const errors = body && body.errors ? body.errors.map((e) => document.documentElement.lang === 'en' ? e.messageEn : e.messageNb) : [];
    say(alertBox, errors.length ? errors.join(' ') : (body && body.detail) || text('failed'), 'warning');
    return response.status !== 429 && response.status < 500;
  };

  const flush = async () => {
    if (sending) return;
    sending = true;
    try {
      let queue = load();
      while (queue.length > 0) {
        if (!await send(queue[0])) break;
        queue = load().filter((e) => e.key !== queue[0].key);
        save(queue);
      }
    } finally {
      sending = false;
      showQueue();
    }
  };

  form.addEventListener('submit', async (e) => {
    const chosen = form.querySelector('input[name="Form.Category"]:checked, input[name="Form.Safety"]:checked:not([value=""])');
    if (!chosen) {
      e.preventDefault();
      say(alertBox, text('choose'), 'warning');
      form.querySelector('#lot-category').focus();
      return;
    }
    e.preventDefault();
    const label = chosen.closest('label').querySelector('.tile__word').textContent;
    const entry = { key: newKey(), fields: fields(), label };
    const file = photo.files && photo.files[0];
    reset();
    // Queued first, so a reload or a crash while sending loses nothing; the key makes a second send harmless.
    save([...load(), entry]);
    showQueue();
    if (sending) return;
    sending = true;
    let done = false;
    try {
      done = await send(entry, file);
    } finally {
      sending = false;
    }
    if (done) save(load().filter((q) => q.key !== entry.key));
    else if (file) say(alertBox, text('photo'), 'warning');
    showQueue();
    if (done) flush();
  });

  window.addEventListener('online', flush);
  setInterval(() => { if (load().length > 0) flush(); }, 5000);
  showQueue();
  flush();
})();
