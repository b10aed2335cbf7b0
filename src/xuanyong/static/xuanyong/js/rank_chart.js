// Satisfaction-versus-presence scatter on a category ranking page (data from #rank-chart-data;
// the axis names and the tooltip, in the page's language, from data-* attributes of #rank-chart).
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("rank-chart");
  var data = document.getElementById("rank-chart-data");
  if (!el || !data || !window.echarts) return;
  var points = JSON.parse(data.textContent);
  var tooltip = el.getAttribute("data-tooltip") || "{satisfaction} · {presence} · {reviews}";
  var chart = window.echarts.init(el);
  chart.setOption({
    grid: { left: 50, right: 20, top: 20, bottom: 50 },
    // richText: drawn on the canvas; HTML tooltips carry inline styles the CSP refuses.
    tooltip: {
      renderMode: "richText",
      formatter: function (p) {
        var fields = { satisfaction: p.data.value[1], presence: p.data.value[0], reviews: p.data.reviews };
        return p.data.name + "\n" + tooltip.replace(/\{(\w+)\}/g, function (all, key) {
          return key in fields ? String(fields[key]) : all;
        });
      },
    },
    xAxis: { name: el.getAttribute("data-x-name") || "", nameLocation: "middle", nameGap: 30, min: 0, max: 100 },
    yAxis: { name: el.getAttribute("data-y-name") || "", scale: true },
    series: [{
      type: "scatter",
      symbolSize: 14,
      label: { show: true, position: "right", formatter: function (p) { return p.data.name; } },
      data: points.map(function (p) {
        return { name: p.name, value: [p.presence, p.satisfaction], reviews: p.reviews };
      }),
    }],
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
