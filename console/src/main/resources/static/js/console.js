// The console's own script: the print button, and the KPI charts drawn from the figures the page
// already shows in its tables. Everything works without it; it only adds.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  ready(function () {
    document.querySelectorAll('.print-button').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
    var data = document.getElementById('kpi-data');
    if (data) {
      charts(JSON.parse(data.textContent));
    }
  });

  // On a slow or data-saving link the chart library (about 150 KB) waits for a press of the button.
  function slowLink() {
    var c = navigator.connection;
    return !!c && (c.saveData || /(^|-)2g$/.test(c.effectiveType || ''));
  }

  function charts(figures) {
    var box = document.getElementById('charts');
    var button = document.getElementById('show-charts');
    box.hidden = false;
    var load = function () {
      button.hidden = true;
      var script = document.createElement('script');
      script.src = '/webjars/echarts/5.3.1/dist/echarts.simple.min.js';
      script.onload = function () { draw(figures); };
      document.head.appendChild(script);
    };
    if (slowLink()) {
      button.addEventListener('click', load);
    } else {
      load();
    }
  }

  function draw(f) {
    var base = { animation: false, grid: { left: 48, right: 16, top: 32, bottom: 32 }, tooltip: { trigger: 'axis' } };
    var daily = window.echarts.init(document.getElementById('chart-daily'));
    daily.setOption(Object.assign({}, base, {
      legend: { top: 0 },
      xAxis: { type: 'category', data: f.days },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: f.labels.received, type: 'bar', data: f.received, itemStyle: { color: '#1d4ed8' } },
        { name: f.labels.completed, type: 'line', data: f.completed, itemStyle: { color: '#15803d' } }
      ]
    }));
    var waiting = window.echarts.init(document.getElementById('chart-waiting'));
    waiting.setOption({ animation: false, tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: '60%', data: f.waiting }] });
    var lookups = window.echarts.init(document.getElementById('chart-lookups'));
    lookups.setOption(Object.assign({}, base, {
      xAxis: { type: 'category', data: f.hours.map(function (h) { return h + ':00'; }) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      series: [{ name: f.labels.failureRate, type: 'bar', data: f.failureRate, itemStyle: { color: '#b91c1c' } }]
    }));
    window.addEventListener('resize', function () { daily.resize(); waiting.resize(); lookups.resize(); });
  }
})();
