// Satisfaction-versus-presence scatter on a category ranking page (data from #rank-chart-data).
document.addEventListener("DOMContentLoaded", function () {
  var el = document.getElementById("rank-chart");
  var data = document.getElementById("rank-chart-data");
  if (!el || !data || !window.echarts) return;
  var points = JSON.parse(data.textContent);
  var chart = window.echarts.init(el);
  chart.setOption({
    grid: { left: 50, right: 20, top: 20, bottom: 50 },
    // richText: drawn on the canvas; HTML tooltips carry inline styles the CSP refuses.
    tooltip: {
      renderMode: "richText",
      formatter: function (p) {
        return p.data.name + "\n满意度 " + p.data.value[1] + " · 存在感 " + p.data.value[0] + " · " + p.data.reviews + " 条评价";
      },
    },
    xAxis: { name: "市场存在感", nameLocation: "middle", nameGap: 30, min: 0, max: 100 },
    yAxis: { name: "满意度", scale: true },
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
