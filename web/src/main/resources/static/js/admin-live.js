// The processors page polls its region every 2 s with htmx (templates/admin/processors.html). An answer that is not
// that region (the session ended: the pages' chain redirected the poll to the sign-in page) is not swapped in; the
// region is replaced by the "signed out" notice, which stops the polling (htmx polls only elements in the page).
// A same-origin file: the Content-Security-Policy allows no inline script; nothing here evaluates code or sets styles.
(function () {
    'use strict';
    document.addEventListener('htmx:beforeSwap', function (event) {
        var target = event.detail.target;
        var xhr = event.detail.xhr;
        if (!target || target.id !== 'processors' || !xhr) {
            return;
        }
        if (xhr.status === 200 && xhr.responseText.indexOf('id="processors"') !== -1) {
            return;
        }
        event.detail.shouldSwap = false;
        var lost = document.getElementById('processors-lost');
        if (lost && xhr.status === 200) { // a failure (5xx) is not swapped by htmx and the next poll tries again
            lost.hidden = false;
            target.remove();
        }
    });
}());
