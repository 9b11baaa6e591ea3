// Small maps for one place. Without JavaScript the coordinates stay as text or as fields to type in.
// .pin-picker: tapping the map sets the pin and fills the latitude and longitude fields named by data-lat-field and
// data-lon-field; the pin can be dragged; typing in the fields moves it. .pin-view: a still map with the pin.
(function () {
  'use strict';
  if (!window.L) return;

  function number(text) {
    var v = parseFloat(String(text || '').trim().replace(',', '.'));
    return isFinite(v) ? v : null;
  }

  function baseMap(el, options) {
    el.hidden = false;
    var map = L.map(el, options);
    L.tileLayer(el.dataset.tiles, { attribution: el.dataset.attribution, maxZoom: Number(el.dataset.maxzoom || 18) }).addTo(map);
    var container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', el.dataset.label || 'Map');
    return map;
  }

  document.querySelectorAll('.pin-view').forEach(function (el) {
    var lat = number(el.dataset.lat), lon = number(el.dataset.lon);
    if (lat === null || lon === null) return;
    var map = baseMap(el, { dragging: false, touchZoom: false, scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false, zoomControl: false });
    map.setView([lat, lon], 15);
    L.marker([lat, lon], { keyboard: false }).addTo(map);
  });

  document.querySelectorAll('.pin-picker').forEach(function (el) {
    var latField = document.getElementById(el.dataset.latField);
    var lonField = document.getElementById(el.dataset.lonField);
    if (!latField || !lonField) return;
    var status = el.parentElement.querySelector('.pin-picker__status');
    var lat = number(latField.value), lon = number(lonField.value);
    var has = lat !== null && lon !== null;
    // The map itself is skipped by the keyboard: the fields below it are the keyboard's way to set the pin.
    var map = baseMap(el, { keyboard: false, scrollWheelZoom: false });
    map.setView(has ? [lat, lon] : [number(el.dataset.centerLat), number(el.dataset.centerLon)], has ? 16 : Number(el.dataset.zoom || 11));
    var marker = null;

    function show(latlng) {
      if (!marker) {
        marker = L.marker(latlng, { draggable: true, keyboard: false }).addTo(map);
        marker.on('dragend', function () { fill(marker.getLatLng()); });
      } else {
        marker.setLatLng(latlng);
      }
    }

    function fill(latlng) {
      latField.value = latlng.lat.toFixed(6);
      lonField.value = latlng.lng.toFixed(6);
      if (status) status.textContent = el.dataset.setText || '';
    }

    if (has) show([lat, lon]);
    map.on('click', function (e) {
      show(e.latlng);
      fill(e.latlng);
    });
    function typed() {
      var a = number(latField.value), b = number(lonField.value);
      if (a === null || b === null || a < -90 || a > 90 || b < -180 || b > 180) return;
      show([a, b]);
      map.panTo([a, b]);
    }
    latField.addEventListener('change', typed);
    lonField.addEventListener('change', typed);
  });
})();
