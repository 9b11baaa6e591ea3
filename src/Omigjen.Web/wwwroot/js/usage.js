// Counts clicks on the "how to get there" links for the initiative's weekly statistics. Only the slug and the kind
// are sent, with no cookie or identifier (see Features/Portal/UsageApi.cs). The link opens as normal either way.
(function () {
  'use strict';
  if (!navigator.sendBeacon) return;
  var match = /^\/initiativ\/([^\/?#]+)/.exec(location.pathname);
  if (!match) return;
  var slug = decodeURIComponent(match[1]);

  function count(event) {
    var link = event.target.closest && event.target.closest('a[data-usage]');
    if (!link) return;
    if (event.type === 'auxclick' && event.button !== 1) return; // middle click opens a tab; other buttons do nothing
    try {
      navigator.sendBeacon('/api/v1/usage', new Blob([JSON.stringify({ slug: slug, kind: link.dataset.usage })], { type: 'application/json' }));
    } catch (e) { /* counting is optional */ }
  }

  document.addEventListener('click', count);
  document.addEventListener('auxclick', count);
})();
