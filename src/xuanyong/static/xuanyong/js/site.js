// Small page behaviours declared in markup, so no template needs an inline handler (the
// Content-Security-Policy forbids them): data-confirm on forms, data-select-on-focus on inputs.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  }, true);
  document.addEventListener("focusin", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-select-on-focus")) event.target.select();
  });
})();
// The facet drawer below 768 px: [data-drawer-open=<id>] opens the <dialog id=<id>> as a modal
// (focus moves in, Esc closes it, the page behind is inert), [data-drawer-close] closes it, and
// focus goes back to the opener. A filter chosen inside it reloads the page with the drawer open
// again, so a buyer can tick several in a row and read the new count in its footer.
(function () {
  "use strict";
  var narrow = window.matchMedia("(max-width: 767.98px)");
  var REOPEN = "xuanyong.drawer";
  function opener(dialog) { return document.querySelector('[data-drawer-open="' + dialog.id + '"]'); }
  function open(dialog) {
    if (dialog.open || !narrow.matches) return;
    dialog.showModal();
    var button = opener(dialog);
    if (button) button.setAttribute("aria-expanded", "true");
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target.closest) return;
    var button = target.closest("[data-drawer-open]");
    if (button) {
      var dialog = document.getElementById(button.getAttribute("data-drawer-open"));
      if (dialog) open(dialog);
      return;
    }
    var drawer = target.closest("dialog[open]");
    if (!drawer || !opener(drawer)) return;
    var rect = drawer.getBoundingClientRect();
    var outside = target === drawer && (event.clientX < rect.left || event.clientX > rect.right
      || event.clientY < rect.top || event.clientY > rect.bottom);
    if (outside || target.closest("[data-drawer-close]")) drawer.close();
    else if (target.closest("a[href]")) sessionStorage.setItem(REOPEN, drawer.id);
  });
  document.addEventListener("submit", function (event) {
    var drawer = event.target.closest && event.target.closest("dialog[open]");
    if (drawer && opener(drawer)) sessionStorage.setItem(REOPEN, drawer.id);
  });
  // "close" does not bubble; a capturing listener still hears it from every dialog.
  document.addEventListener("close", function (event) {
    var button = event.target.id && opener(event.target);
    if (!button) return;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }, true);
  narrow.addEventListener("change", function () {
    if (narrow.matches) return;
    document.querySelectorAll("dialog[open]").forEach(function (dialog) { if (opener(dialog)) dialog.close(); });
  });
  var reopen = sessionStorage.getItem(REOPEN);
  sessionStorage.removeItem(REOPEN);
  var again = reopen && document.getElementById(reopen);
  if (again && again.tagName === "DIALOG") open(again);
})();
// Screen readers do not read a live region that htmx swaps in whole (the compare tray, the fee
// estimate), so one polite live region stays in place for the whole page and says the text of
// whatever new [data-announce] element a swap brought.
(function () {
  "use strict";
  var live = document.createElement("div");
  live.className = "visually-hidden";
  live.setAttribute("role", "status");
  document.body.appendChild(live);
  function mark(elements) { elements.forEach(function (el) { el.setAttribute("data-announced", ""); }); }
  mark(document.querySelectorAll("[data-announce]"));
  document.body.addEventListener("htmx:afterSettle", function () {
    var fresh = document.querySelectorAll("[data-announce]:not([data-announced])");
    if (!fresh.length) return;
    mark(fresh);
    live.textContent = Array.prototype.map.call(fresh, function (el) { return el.textContent.trim(); }).join(" ");
  });
})();
