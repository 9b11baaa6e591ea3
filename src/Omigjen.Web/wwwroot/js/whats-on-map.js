// Progressive enhancement for "Hva skjer": the server-rendered list is the page; with JavaScript a map beside it shows the
// same page of occasions from /api/v1/activities.geojson. Each marker's popup has the title (a link), the time and the place.
(function () {
  'use strict';
  var el = document.getElementById('whats-on-map');
  if (!window.L || !el) return;

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  var english = document.documentElement.lang === 'en';
  function popup(p) {
    var status = p.status === 'cancelled' ? el.dataset.cancelled : p.status === 'moved' ? el.dataset.moved : '';
    return '<strong><a class="ds-link" href="' + escapeHtml(p.url) + '">' + escapeHtml(p.title) + '</a></strong><br>' +
      escapeHtml(english ? p.whenEn : p.when) + (status ? ' · ' + escapeHtml(status) : '') + '<br>' + escapeHtml(p.place);
  }

  el.hidden = false;
  var map = L.map(el, { scrollWheelZoom: false })
    .setView([Number(el.dataset.lat), Number(el.dataset.lon)], Number(el.dataset.zoom));
  L.tileLayer(el.dataset.tiles, { attribution: el.dataset.attribution, maxZoom: Number(el.dataset.maxzoom || 18) }).addTo(map);
  // The map is a picture of the list: screen readers get its label and can skip it.
  map.getContainer().setAttribute('role', 'region');
  map.getContainer().setAttribute('aria-label', el.dataset.label || 'Map');
  var layer = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
  layer.addTo(map);
  window.omigjenWhatsOnMap = { map: map, markers: 0 };

  fetch(el.dataset.geojson, { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { return r.ok ? r.json() : { features: [] }; })
    .then(function (data) {
      var bounds = [];
      data.features.forEach(function (f) {
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        bounds.push(ll);
        L.marker(ll, { title: f.properties.title, alt: f.properties.title }).bindPopup(popup(f.properties)).addTo(layer);
      });
      window.omigjenWhatsOnMap.markers = data.features.length;
      el.dataset.markers = String(data.features.length);
      if (bounds.length > 0) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14, animate: false });
    })
    .catch(function () { el.dataset.markers = '0'; });
})();
