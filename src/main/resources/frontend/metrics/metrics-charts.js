/*
 * Product Ops for Jira: the metrics gadget's charts, drawn as SVG sized to the gadget's width. The viewBox is the
 * measured width in pixels, so text stays at its real size in a 300 px column and in a 1200 px one; narrow charts
 * label fewer weeks. Every chart is role="img" with a <title> and <desc>; the gadget also offers the same numbers
 * as a table. Values only ever go in as attributes or text, never as markup.
 */
(function (window, document) {
    'use strict';

    const SVG_NS = 'http://www.w3.org/2000/svg';
    const MIN_WIDTH = 240;
    const MARGIN = {top: 10, right: 10, bottom: 24, left: 34};
    /** Room one week's date label needs; narrower bands label every second (third...) week. */
    const LABEL_WIDTH = 46;
    let chartCount = 0;

    function svg(tag, attributes, children) {
        const node = document.createElementNS(SVG_NS, tag);
        Object.keys(attributes || {}).forEach((name) => {
            const value = attributes[name];
            if (value !== undefined && value !== null) {
                node.setAttribute(name === 'className' ? 'class' : name, String(value));
            }
        });
        (children || []).forEach((child) => {
            if (child) {
                node.append(child);
            }
        });
        return node;
    }

    function text(tag, attributes, content) {
        const node = svg(tag, attributes);
        node.textContent = content;
        return node;
    }

    /** "7 Sep" in the reader's language; a bare date is a calendar day, not UTC midnight. */
    function weekLabel(isoDate) {
        const date = new Date(isoDate + 'T00:00:00');
        return isNaN(date.getTime()) ? String(isoDate) : date.toLocaleDateString(undefined, {day: 'numeric', month: 'short'});
    }

    /** A round axis maximum and a whole step of 1, 2 or 5 × 10^n, at most four steps (the charts count things). */
    function scale(maximum) {
        if (!(maximum > 0)) {
            return {max: 1, step: 1};
        }
        const rough = maximum / 4;
        const magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        const step = Math.max(1, [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= rough));
        return {max: Math.ceil(maximum / step) * step, step};
    }

    /** The frame every chart shares: accessible svg, y grid with labels, x labels for the weeks that fit. */
    function frame(options, maximum) {
        const width = Math.max(MIN_WIDTH, Math.round(options.width || 0));
        const height = Math.round(Math.min(260, Math.max(150, width * 0.42)));
        const plot = {x: MARGIN.left, y: MARGIN.top, width: width - MARGIN.left - MARGIN.right,
            height: height - MARGIN.top - MARGIN.bottom};
        const id = 'productops-metrics-chart-' + (++chartCount);
        const root = svg('svg', {className: 'productops-metrics-chart', viewBox: '0 0 ' + width + ' ' + height,
            width: '100%', role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc', focusable: 'false',
            'data-width': width}, [
            text('title', {id: id + '-title'}, options.title),
            text('desc', {id: id + '-desc'}, options.description)
        ]);
        const y = scale(maximum);
        const grid = svg('g', {className: 'productops-metrics-grid', 'aria-hidden': 'true'});
        for (let value = 0; value <= y.max + 1e-9; value += y.step) {
            const top = plot.y + plot.height - (value / y.max) * plot.height;
            grid.append(svg('line', {x1: plot.x, x2: plot.x + plot.width, y1: top, y2: top}));
            grid.append(text('text', {x: plot.x - 6, y: top, dy: '0.32em', 'text-anchor': 'end'}, formatTick(value)));
        }
        root.append(grid);
        const weeks = options.weeks;
        const band = plot.width / Math.max(1, weeks.length);
        const every = Math.max(1, Math.ceil(LABEL_WIDTH / band));
        const labels = svg('g', {className: 'productops-metrics-axis', 'aria-hidden': 'true'});
        weeks.forEach((week, index) => {
            // Label from the newest week backwards, so the current week always has its date.
            if ((weeks.length - 1 - index) % every === 0) {
                labels.append(text('text', {x: plot.x + band * (index + 0.5), y: height - 6, 'text-anchor': 'middle'},
                    weekLabel(week.start)));
            }
        });
        root.append(labels);
        return {root, plot, band, yOf: (value) => plot.y + plot.height - (value / y.max) * plot.height};
    }

    function formatTick(value) {
        return Number.isInteger(value) ? Number(value).toLocaleString() : Number(value).toLocaleString(undefined, {maximumFractionDigits: 1});
    }

    /**
     * Stacked bars per week. series: [{key, label, className, values: [number per week]}], stacked bottom up in
     * order. describe(weekIndex) gives each bar's tooltip.
     */
    function bars(options) {
        const totals = options.weeks.map((week, i) => options.series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
        const chart = frame(options, Math.max.apply(null, [0].concat(totals)));
        const barWidth = Math.max(2, Math.min(48, chart.band * 0.7));
        const group = svg('g', {className: 'productops-metrics-bars'});
        options.weeks.forEach((week, index) => {
            const x = chart.plot.x + chart.band * index + (chart.band - barWidth) / 2;
            let base = 0;
            const bar = svg('g', {className: 'productops-metrics-bar', 'data-week': week.start, 'data-total': totals[index]}, [
                options.describe ? text('title', {}, options.describe(index)) : null
            ]);
            options.series.forEach((series) => {
                const value = series.values[index] || 0;
                if (value > 0) {
                    const top = chart.yOf(base + value);
                    bar.append(svg('rect', {className: 'productops-metrics-mark ' + series.className, x: x.toFixed(1),
                        y: top.toFixed(1), width: barWidth.toFixed(1), height: Math.max(0.5, chart.yOf(base) - top).toFixed(1),
                        'data-series': series.key, 'data-value': value}));
                }
                base += value;
            });
            group.append(bar);
        });
        chart.root.append(group);
        return chart.root;
    }

    /**
     * Lines per series over the weeks; a null value is a gap (no snapshot that week), and a point with no
     * neighbour still shows as a dot.
     */
    function lines(options) {
        const all = [];
        options.series.forEach((s) => s.values.forEach((v) => {
            if (v !== null && v !== undefined) {
                all.push(v);
            }
        }));
        const chart = frame(options, Math.max.apply(null, [0].concat(all)));
        const group = svg('g', {className: 'productops-metrics-lines'});
        options.series.forEach((series) => {
            let path = '';
            let drawing = false;
            const line = svg('g', {className: 'productops-metrics-line ' + series.className, 'data-series': series.key});
            series.values.forEach((value, index) => {
                if (value === null || value === undefined) {
                    drawing = false;
                    return;
                }
                const x = (chart.plot.x + chart.band * (index + 0.5)).toFixed(1);
                const y = chart.yOf(value).toFixed(1);
                path += (drawing ? ' L' : ' M') + x + ' ' + y;
                drawing = true;
                line.append(svg('circle', {cx: x, cy: y, r: 3, 'data-week': options.weeks[index].start, 'data-value': value},
                    [options.describe ? text('title', {}, options.describe(index)) : null]));
            });
            if (path) {
                line.insertBefore(svg('path', {d: path.trim(), fill: 'none'}), line.firstChild);
            }
            group.append(line);
        });
        chart.root.append(group);
        return chart.root;
    }

    define('productops/metrics/charts', [], () => ({bars, lines, weekLabel, scale}));
}(window, document));
