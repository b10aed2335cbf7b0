// Records clicks on call-to-action elements (data-cta="consult|quote|demo|callback",
// data-cta-source="offering|category|…") with navigator.sendBeacon, so following a link is
// never delayed. The POST carries the page's CSRF token like any form.
(function () {
  "use strict";
  function token() {
    try { return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || ""; }
    catch (e) { return ""; }
  }
  document.addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest("[data-cta]") : null;
    if (!el || !navigator.sendBeacon) return;
    var body = new FormData();
    body.append("csrfmiddlewaretoken", token());
    body.append("cta", el.getAttribute("data-cta"));
    body.append("source", el.getAttribute("data-cta-source") || "");
    body.append("path", window.location.pathname);
    navigator.sendBeacon("/t/cta/", body);
  }, true);
})();
