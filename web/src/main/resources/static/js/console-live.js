// The queue page's live updates: when the server says rows changed, fetch this page's rows again (same filters, same
// page) and swap them in place, keeping focus and scroll, and say so politely. If they cannot be fetched, show the
// "the queue changed" notice with its link instead. A same-origin file: the Content-Security-Policy allows no inline
// script, and nothing here evaluates code or sets inline styles.
(function () {
    'use strict';
    var QUIET_MS = 300;       // a burst of changes (a bulk import, a replay) is fetched once it pauses...
    var LONGEST_WAIT_MS = 2000; // ...or at the latest this long after its first change
    var HIGHLIGHT_MS = 4000;

    var notice = document.getElementById('queue-changed');
    var status = document.getElementById('queue-updated');
    if (!notice || !window.EventSource) {
        return;
    }
    var link = notice.querySelector('a');
    var canSwap = typeof window.fetch === 'function' && 'content' in document.createElement('template');
    var changed = {};         // complaint ids told since the last swap
    var timer = null;
    var firstChangeAt = 0;
    var fetching = false;
    var again = false;
    var opened = 0;
    var shown = null;         // the rows' markup as last swapped in, to skip an answer that changes nothing

    function rows() {
        return document.getElementById('queue-rows');
    }

    function ids(region) {
        var found = {};
        region.querySelectorAll('tr[id^="row-"]').forEach(function (row) {
            found[row.id] = true;
        });
        return found;
    }

    function schedule() {
        var now = Date.now();
        if (timer === null) {
            firstChangeAt = now;
        } else {
            clearTimeout(timer);
        }
        timer = setTimeout(refresh, Math.max(0, Math.min(QUIET_MS, firstChangeAt + LONGEST_WAIT_MS - now)));
    }

    function fallBack() {
        notice.hidden = false;
    }

    function refresh() {
        timer = null;
        if (fetching) {
            again = true;
            return;
        }
        fetching = true;
        var told = changed;
        changed = {};
        fetch(link.href, {headers: {'HX-Request': 'true'}, credentials: 'same-origin', cache: 'no-store'})
            .then(function (response) {
                // redirected: the session ended and this is the sign-in page, not the rows
                if (!response.ok || response.redirected) {
                    throw new Error('rows not fetched: ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var template = document.createElement('template');
                template.innerHTML = html;
                var fresh = template.content.getElementById('queue-rows');
                if (!fresh) {
                    throw new Error('no rows in the answer');
                }
                swap(fresh, told);
            })
            .catch(fallBack)
            .then(function () {
                fetching = false;
                if (again) {
                    again = false;
                    schedule();
                }
            });
    }

    // What had focus in the rows, told in a way that finds its counterpart among the new ones.
    function focused(region) {
        var active = document.activeElement;
        if (!active || !region.contains(active)) {
            return null;
        }
        if (active.id) {
            return '#' + CSS.escape(active.id);
        }
        var row = active.closest('tr[id]');
        if (row) {
            return '#' + CSS.escape(row.id) + ' a.reference-link';
        }
        var rel = active.getAttribute('rel');
        return rel ? 'a[rel="' + rel + '"]' : null;
    }

    function swap(fresh, told) {
        var old = rows();
        if (!old) {
            return;
        }
        if (fresh.outerHTML === shown) {
            return; // nothing a person would see has changed
        }
        var before = ids(old);
        var focus = focused(old);
        var x = window.scrollX;
        var y = window.scrollY;
        shown = fresh.outerHTML;
        old.replaceWith(fresh);
        window.scrollTo(x, y);
        var target = focus && fresh.querySelector(focus);
        if (target) {
            target.focus({preventScroll: true});
        }
        fresh.querySelectorAll('tr[id^="row-"]').forEach(function (row) {
            if (told[row.id] || !before[row.id]) {
                row.classList.add('queue__row--changed');
            }
        });
        setTimeout(function () {
            fresh.querySelectorAll('.queue__row--changed').forEach(function (row) {
                row.classList.remove('queue__row--changed');
            });
        }, HIGHLIGHT_MS);
        notice.hidden = true;
        announce();
    }

    // Emptied first, so that the same words said twice are announced twice.
    function announce() {
        if (!status) {
            return;
        }
        status.textContent = '';
        setTimeout(function () {
            status.textContent = status.getAttribute('data-message');
        }, 100);
    }

    shown = rows() ? rows().outerHTML : null;

    var source = new EventSource(notice.getAttribute('data-stream'));
    source.addEventListener('change', function (event) {
        if (!canSwap) {
            fallBack(); // an older browser: the notice and its link, as before
            return;
        }
        changed['row-' + event.data] = true;
        schedule();
    });
    // A stream lasts a few minutes and the browser opens the next; what changed in between was not told.
    // data-live says the page is listening (the browser journeys wait for it).
    source.addEventListener('open', function () {
        notice.setAttribute('data-live', 'open');
        opened += 1;
        if (opened > 1 && canSwap) {
            schedule();
        }
    });
})();
