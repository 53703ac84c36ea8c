// The queue page's live updates: shows the "the queue changed" notice when the server says a row changed.
// A same-origin file, since the Content-Security-Policy allows no inline script.
(function () {
    'use strict';
    var notice = document.getElementById('queue-changed');
    if (!notice || !window.EventSource) {
        return;
    }
    var source = new EventSource(notice.getAttribute('data-stream'));
    source.addEventListener('change', function () {
        notice.hidden = false;
    });
})();
