// Keyboard navigation for the header search suggestions (htmx fills #suggest-box).
(function () {
  "use strict";
  function setup() {
    var form = document.querySelector("form.search");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var box = form.querySelector("#suggest-box");
    var active = -1;
    function options() { return box.querySelectorAll("[role=option]"); }
    function mark(index) {
      var items = options();
      items.forEach(function (el, i) { el.classList.toggle("active", i === index); el.setAttribute("aria-selected", i === index); });
      active = index;
      input.setAttribute("aria-activedescendant", index >= 0 && items[index] ? items[index].id : "");
    }
    function close() { box.innerHTML = ""; input.setAttribute("aria-expanded", "false"); active = -1; }
    document.body.addEventListener("htmx:afterSwap", function (event) {
      if (event.target === box) { active = -1; input.setAttribute("aria-expanded", options().length ? "true" : "false"); }
    });
    input.addEventListener("keydown", function (event) {
      var items = options();
      if (!items.length) return;
      if (event.key === "ArrowDown") { event.preventDefault(); mark((active + 1) % items.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); mark((active - 1 + items.length) % items.length); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); window.location = items[active].querySelector("a").href; }
      else if (event.key === "Escape") { close(); }
    });
    document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup); else setup();
})();
