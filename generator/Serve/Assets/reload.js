// PianoSite preview: reloads the page when the site changes. Only `pianosite serve` serves this file, and only
// pages rendered for the preview load it; the published site never contains it.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var meta = document.querySelector('meta[name="pianosite-anteprima"]');
  // The version this page shows: a different one on (re)connection means a change was missed (the page loaded
  // during a rebuild, the laptop slept, the server restarted), so the page reloads to be sure.
  var shown = meta ? meta.getAttribute('content') : null;
  var here = location.pathname.replace(/index\.html$/, '');
  // The page says which it is, so that after a save the preview makes the open pages before the others.
  var events = new EventSource('/_preview/events?page=' + encodeURIComponent(here));

  function reload() {
    events.close();
    location.reload();
  }

  events.addEventListener('version', function (event) {
    if (shown !== null && event.data !== shown) {
      reload();
    }
  });

  events.addEventListener('reload', function (event) {
    var change = JSON.parse(event.data);
    if (change.all || change.paths.indexOf(here) !== -1) {
      reload();
    } else {
      shown = change.version;
    }
  });
})();
