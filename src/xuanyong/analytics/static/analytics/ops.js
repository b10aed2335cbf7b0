// Draws the dashboard's ECharts charts from the options the server embedded with json_script.
(function () {
  "use strict";
  function draw() {
    if (!window.echarts) return;
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var data = document.getElementById(el.getAttribute("data-chart"));
      if (!data) return;
      var chart = window.echarts.init(el);
      var option = JSON.parse(data.textContent);
      // richText tooltips are drawn on the canvas: HTML ones carry inline styles the CSP refuses.
      if (option.tooltip) option.tooltip.renderMode = "richText";
      chart.setOption(option);
      window.addEventListener("resize", function () { chart.resize(); });
      el.setAttribute("data-drawn", "1");
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
