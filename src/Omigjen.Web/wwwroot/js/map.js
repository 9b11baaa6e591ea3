// Progressive enhancement: the server-rendered list works alone; with JavaScript the map appears and the filter form
// updates list and map in place (the URL still carries the filters, so a search can be shared).
(function () {
  'use strict';
  if (!window.L) return;

  function baseLayer(el) {
    return L.tileLayer(el.dataset.tiles, { attribution: el.dataset.attribution, maxZoom: Number(el.dataset.maxzoom || 18) });
  }

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function popup(p) {
    return '<strong><a class="ds-link" href="' + escapeHtml(p.url) + '">' + escapeHtml(p.name) + '</a></strong><br>' +
      escapeHtml(p.kindLabel || '') + '<br>' + escapeHtml(p.status) + '<br>' + escapeHtml(p.address);
  }

  // Counts "opened on the map" for the initiative's weekly statistics: only the slug and the kind are sent, no cookie
  // or identifier (see Features/Portal/UsageApi.cs). Failure is silent; it must never disturb the map.
  function countUsage(slug, kind) {
    if (!slug || !navigator.sendBeacon) return;
    try {
      navigator.sendBeacon('/api/v1/usage', new Blob([JSON.stringify({ slug: slug, kind: kind })], { type: 'application/json' }));
    } catch (e) { /* counting is optional */ }
  }

  function labelMap(el, map) {
    // The map is a picture of the list below; screen readers get the label and can skip it.
    var container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', el.dataset.label || 'Map');
  }

  var mapEl = document.getElementById('map');
  if (mapEl) {
    mapEl.hidden = false;
    var map = L.map(mapEl, { scrollWheelZoom: false }).setView([Number(mapEl.dataset.lat), Number(mapEl.dataset.lon)], Number(mapEl.dataset.zoom));
    baseLayer(mapEl).addTo(map);
    labelMap(mapEl, map);
    var cluster = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
    cluster.addTo(map);
    window.omigjenMap = { map: map, cluster: cluster, markers: 0 };

    var load = function (url) {
      return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (r) { return r.json(); }).then(function (data) {
        cluster.clearLayers();
        var bounds = [];
        data.features.forEach(function (f) {
          var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          bounds.push(ll);
          var marker = L.marker(ll, { title: f.properties.name, alt: f.properties.name }).bindPopup(popup(f.properties)).addTo(cluster);
          marker.on('popupopen', function () { countUsage(f.properties.slug, 'map-open'); });
        });
        window.omigjenMap.markers = data.features.length;
        mapEl.dataset.markers = String(data.features.length);
        lastBounds = bounds.length > 0 ? bounds : null;
        fit();
      });
    };
    // A map hidden behind the list toggle has no size: it is fitted when it is shown.
    var lastBounds = null;
    var fitPending = false;
    var fit = function () {
      if (!lastBounds) return;
      if (mapEl.offsetWidth === 0 || mapEl.offsetHeight === 0) { fitPending = true; return; }
      fitPending = false;
      map.fitBounds(lastBounds, { padding: [30, 30], maxZoom: 14, animate: false });
    };

    // On a phone the results show as a list or as the map (default the list); a wide screen shows both.
    var results = document.getElementById('resultater');
    var toggle = document.getElementById('view-toggle');
    var showView = function (view) {
      if (!results || !toggle) return;
      results.dataset.view = view;
      Array.prototype.forEach.call(toggle.querySelectorAll('button[data-view]'), function (b) {
        b.setAttribute('aria-pressed', String(b.dataset.view === view));
      });
      if (view === 'map' || window.matchMedia('(min-width: 40rem)').matches) {
        map.invalidateSize({ animate: false });
        if (fitPending) fit();
      }
    };
    if (results && toggle) {
      toggle.hidden = false;
      showView('list');
      toggle.addEventListener('click', function (e) {
        var button = e.target.closest('button[data-view]');
        if (button) showView(button.dataset.view);
      });
      window.matchMedia('(min-width: 40rem)').addEventListener('change', function () { showView(results.dataset.view || 'list'); });
    }
    load(mapEl.dataset.geojson);

    // The page and the GeoJSON the filters update: the directory by default; the repair search names its own.
    var pageBase = mapEl.dataset.page || '/';
    var geoBase = mapEl.dataset.geojsonBase || '/api/v1/initiatives.geojson';
    var form = document.getElementById('filters');
    var update = function (push) {
      var params = new URLSearchParams(new FormData(form));
      Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) params.delete(k); });
      if (params.get('open') !== 'at') { params.delete('day'); params.delete('time'); }
      var qs = params.toString();
      var pageUrl = pageBase + (qs ? '?' + qs : '');
      fetch(pageUrl, { headers: { Accept: 'text/html' } }).then(function (r) { return r.text(); }).then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        ['result-list', 'result-count', 'filter-count'].forEach(function (id) {
          var fresh = doc.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) current.innerHTML = fresh.innerHTML;
        });
        var pager = document.querySelector('.pager');
        var freshPager = doc.querySelector('.pager');
        if (pager) pager.remove();
        if (freshPager) document.getElementById('result-list').after(freshPager);
        if (push) { history.pushState(null, '', pageUrl); shown = location.pathname + location.search; }
      });
      load(geoBase + (qs ? '?' + qs : ''));
    };
    if (form) {
      form.addEventListener('change', function () { update(true); });
      form.addEventListener('submit', function (e) { e.preventDefault(); update(true); });
    }
    // Back/forward between filter states reloads; a same-page anchor (the skip link) also fires popstate and must not.
    var shown = location.pathname + location.search;
    window.addEventListener('popstate', function () { if (location.pathname + location.search !== shown) location.reload(); });

    // "Near the map centre": one button under the map puts the centre into the near filter.
    var centre = document.createElement('button');
    centre.type = 'button';
    centre.className = 'ds-button map-centre';
    centre.setAttribute('data-variant', 'secondary');
    centre.textContent = mapEl.dataset.centreLabel || 'Search around the map centre';
    mapEl.after(centre);
    centre.addEventListener('click', function () {
      var c = map.getCenter();
      document.getElementById('f-near').value = c.lat.toFixed(5) + ',' + c.lng.toFixed(5);
      document.getElementById('f-sort').value = 'distance';
      update(true);
    });

    var locate = document.getElementById('use-location');
    if (locate && navigator.geolocation) {
      locate.hidden = false;
      locate.addEventListener('click', function () {
        navigator.geolocation.getCurrentPosition(function (pos) {
          document.getElementById('f-near').value = pos.coords.latitude.toFixed(5) + ',' + pos.coords.longitude.toFixed(5);
          document.getElementById('f-sort').value = 'distance';
          update(true);
        });
      });
    }
  }

  var detail = document.getElementById('detail-map');
  if (detail && detail.dataset.points) {
    detail.hidden = false;
    var points = detail.dataset.points.split(';').map(function (p) { return p.split(',').map(Number); });
    var dmap = L.map(detail, { scrollWheelZoom: false });
    baseLayer(detail).addTo(dmap);
    labelMap(detail, dmap);
    points.forEach(function (p) { L.marker(p).addTo(dmap); });
    if (points.length === 1) dmap.setView(points[0], 15); else dmap.fitBounds(points, { padding: [30, 30] });
  }
})();
