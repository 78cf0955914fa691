// The script every measured page gets before its own (app and static baseline alike): `window.__bench` arms a
// measurement that starts at the timestamp of the next input event (mousedown or keydown) and ends at the first
// frame painted after a condition on the DOM holds, as a person would see it. Plain JavaScript in a string, so
// that it runs unchanged in the page.
export const IN_PAGE = `(() => {
  // tsx names the functions the benchmark hands to page.evaluate with a helper of its own: give pages one.
  window.__name = window.__name || ((f) => f);
  const q = (s) => document.querySelector(s);
  const bench = {
    lastCreated: null,
    pending: null,
    longTasks: [],
    checks: {
      selected(id) {
        const text = q('.ProseMirror [data-claim-id="' + id + '"].is-selected');
        const item = q('[data-claim-item="' + id + '"]');
        const chosen = item && (item.getAttribute('aria-selected') === 'true' || item.querySelector('[aria-selected="true"],[aria-expanded="true"]'));
        return Boolean(text && chosen);
      },
      formOpen() {
        return [...document.querySelectorAll('[role="dialog"] h2')].some((h) => h.textContent === 'New claim');
      },
      created() {
        return bench.lastCreated !== null && q('.ProseMirror [data-claim-id="' + bench.lastCreated + '"]') !== null;
      },
      scrolledTo(id) {
        const el = q('.ProseMirror [data-claim-id="' + id + '"]');
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && bench.checks.selected(id);
      },
    },
    arm(name, arg, eventType) {
      let t0 = null;
      const onEvent = (e) => { if (t0 === null) t0 = e.timeStamp; };
      addEventListener(eventType, onEvent, true);
      bench.lastCreated = null;
      bench.pending = new Promise((resolve) => {
        let done = false;
        const observer = new MutationObserver(() => check());
        const finish = (ms) => { done = true; observer.disconnect(); removeEventListener(eventType, onEvent, true); resolve(ms); };
        function check() {
          if (done || t0 === null || !bench.checks[name](arg)) return;
          done = true;
          requestAnimationFrame(() => setTimeout(() => finish(performance.now() - t0), 0));
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        const tick = () => { check(); if (!done) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
        setTimeout(() => { if (!done) finish(-1); }, 20000);
      });
    },
    startLongTasks() {
      bench.longTasks = [];
      bench.longTaskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) bench.longTasks.push(e.duration); });
      bench.longTaskObserver.observe({ type: 'longtask' });
    },
    stopLongTasks() {
      bench.longTaskObserver.disconnect();
      return bench.longTasks;
    },
  };
  // The id of a claim the page creates, read from the API's answer, so that its highlight can be waited for.
  const fetchFirst = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFirst(input, init);
    const method = String((init && init.method) || (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (method === 'POST' && /^\\/api\\/articles\\/[^/]+\\/claims$/.test(url.pathname) && response.status === 201) {
      response.clone().json().then((claim) => { bench.lastCreated = claim.id; }, () => {});
    }
    return response;
  };
  window.__bench = bench;
})();`;
