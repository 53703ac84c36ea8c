// The dashboard's charts (/insights): each [data-chart] element holds its table's figures as JSON, put there by the
// server; the CSP forbids inline script, so this file draws them with ECharts. Tooltips are drawn on the canvas
// (renderMode richText): ECharts' HTML tooltips carry inline styles, which the CSP blocks too. The tables beside the
// charts carry the same figures for screen readers and keyboards; the drawings are aria-hidden.
(function () {
    'use strict';

    function option(chart) {
        return {
            animation: false,
            grid: { left: 48, right: 16, top: 56, bottom: 48, containLabel: true },
            legend: { type: 'scroll', top: 0 },
            tooltip: { trigger: 'axis', renderMode: 'richText', confine: true },
            xAxis: { type: 'category', data: chart.categories, axisLabel: { hideOverlap: true } },
            yAxis: { type: 'value', name: chart.unit, minInterval: chart.unit === '%' ? 0 : 1,
                     max: chart.unit === '%' ? 100 : null },
            series: chart.series.map(function (series) {
                return {
                    name: series.name,
                    type: chart.type,
                    stack: chart.stacked ? 'all' : undefined,
                    connectNulls: true,
                    data: series.data
                };
            })
        };
    }

    function draw() {
        if (typeof window.echarts === 'undefined') {
            return; // the tables still say it all
        }
        var drawn = [];
        document.querySelectorAll('[data-chart]').forEach(function (element) {
            var chart = window.echarts.init(element, null, { renderer: 'canvas' });
            chart.setOption(option(JSON.parse(element.getAttribute('data-chart'))));
            element.setAttribute('data-drawn', 'true');
            drawn.push(chart);
        });
        window.addEventListener('resize', function () {
            drawn.forEach(function (chart) { chart.resize(); });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
