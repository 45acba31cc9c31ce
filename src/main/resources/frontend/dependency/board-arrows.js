/*
 * Product Ops for Jira: the dependency arrows, one SVG layer beside the board's grid (not inside it: a table may
 * hold only rows) and behind its cards, so that an arrow never covers a card's text. Arrows are drawn only between
 * cards that are on screen (not bundled, not in a collapsed lane), built off-document in one fragment, and
 * redrawn in an animation frame when the board changes size. Each arrow has a wide invisible stroke that
 * takes the pointer and the keyboard focus, so that its reasons can be read without a mouse.
 */
(function (window) {
    'use strict';

    const board = window.ProductOps.board;
    const svg = board.dom.svg;

    const ARROWHEAD = 6;
    const MIN_CURVE = 28;
    /** How far an arrow between cards of one column bulges out to the right. */
    const SAME_COLUMN_BULGE = 40;

    function relativeBox(element, origin) {
        const r = element.getBoundingClientRect();
        return {left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top,
            middle: (r.top + r.bottom) / 2 - origin.top};
    }

    /** How much further each next arrow within one column bulges, so that a cycle in one column reads as separate loops. */
    const SAME_COLUMN_STEP = 10;

    /**
     * A curve from the blocker to the dependent: forwards, backwards (planned the wrong way round) or looping out to
     * the right; {@code lane} is how many same-column loops this column already has.
     */
    function route(from, to, lane) {
        if (from.right <= to.left) {
            const curve = Math.max(MIN_CURVE, (to.left - from.right) / 2);
            return curvePath(from.right, from.middle, from.right + curve, to.left - ARROWHEAD - curve, to.left - ARROWHEAD, to.middle);
        }
        if (to.right <= from.left) {
            const curve = Math.max(MIN_CURVE, (from.left - to.right) / 2);
            return curvePath(from.left, from.middle, from.left - curve, to.right + ARROWHEAD + curve, to.right + ARROWHEAD, to.middle);
        }
        const bulge = Math.max(from.right, to.right) + SAME_COLUMN_BULGE + SAME_COLUMN_STEP * (lane || 0);
        return curvePath(from.right, from.middle, bulge, bulge, to.right + ARROWHEAD, to.middle);
    }

    function curvePath(x1, y1, c1, c2, x2, y2) {
        const n = (value) => Math.round(value * 10) / 10;
        return 'M' + n(x1) + ' ' + n(y1) + ' C' + n(c1) + ' ' + n(y1) + ' ' + n(c2) + ' ' + n(y2) + ' ' + n(x2) + ' ' + n(y2);
    }

    function arrowheads(states) {
        return svg('defs', {}, states.map((state) => svg('marker', {id: 'productops-board-head-' + state,
            className: 'productops-board-head productops-board-state-' + state, viewBox: '0 0 10 10', refX: '0', refY: '5',
            markerWidth: String(ARROWHEAD), markerHeight: String(ARROWHEAD), markerUnits: 'userSpaceOnUse', orient: 'auto'},
        [svg('path', {d: 'M0 0 L10 5 L0 10 z'})])));
    }

    /**
     * options.describe(dependency) gives an arrow's accessible name; options.on(event, dependency, target, domEvent)
     * hears 'enter', 'leave', 'focus', 'blur' and 'activate' (click, Enter or Space).
     */
    function create(grid, options) {
        const layer = svg('svg', {className: 'productops-board-arrows', role: 'group', focusable: 'false',
            'aria-label': options.label}, [arrowheads(board.view.STATES)]);
        const paths = svg('g');
        layer.append(paths);
        grid.parentElement.append(layer);
        let current = {dependencies: [], cards: new Map()};
        let byLink = new Map();
        let frame = 0;

        function draw() {
            frame = 0;
            const origin = grid.getBoundingClientRect();
            layer.setAttribute('width', String(grid.scrollWidth));
            layer.setAttribute('height', String(grid.scrollHeight));
            // Every position is read before anything is written, so the browser lays the page out once.
            const boxes = new Map();
            current.cards.forEach((element, key) => {
                if (element.isConnected && element.offsetParent !== null) {
                    boxes.set(key, relativeBox(element, origin));
                }
            });
            const fragment = document.createDocumentFragment();
            byLink = new Map();
            const loopsByColumn = new Map();
            current.dependencies.forEach((d) => {
                if (boxes.has(d.from) && boxes.has(d.to)) {
                    const from = boxes.get(d.from);
                    const to = boxes.get(d.to);
                    const sameColumn = !(from.right <= to.left || to.right <= from.left);
                    const column = Math.round(Math.max(from.right, to.right));
                    const loops = sameColumn ? (loopsByColumn.get(column) || 0) : 0;
                    if (sameColumn) {
                        loopsByColumn.set(column, loops + 1);
                    }
                    const arrow = arrowFor(d, route(from, to, loops));
                    byLink.set(String(d.linkId), arrow);
                    fragment.append(arrow);
                }
            });
            paths.textContent = '';
            paths.append(fragment);
            if (options.drawn) {
                options.drawn(byLink);
            }
        }

        function arrowFor(dependency, d) {
            return svg('g', {className: 'productops-board-arrow productops-board-state-' + dependency.state,
                'data-link-id': dependency.linkId, 'data-from': dependency.from, 'data-to': dependency.to,
                'data-state': dependency.state}, [
                svg('path', {className: 'productops-board-arrow-line', d, 'marker-end': 'url(#productops-board-head-' + dependency.state + ')'}),
                svg('path', {className: 'productops-board-arrow-hit', d, tabindex: '0', role: 'button',
                    'aria-label': options.describe(dependency)})
            ]);
        }

        function schedule() {
            if (!frame) {
                frame = window.requestAnimationFrame(draw);
            }
        }

        function dependencyOf(event) {
            const arrow = event.target.closest && event.target.closest('.productops-board-arrow');
            if (!arrow) {
                return null;
            }
            const linkId = arrow.getAttribute('data-link-id');
            return current.dependencies.find((d) => String(d.linkId) === linkId) || null;
        }

        function relay(name) {
            return (event) => {
                const dependency = dependencyOf(event);
                if (dependency) {
                    options.on(name, dependency, event.target, event);
                }
            };
        }

        layer.addEventListener('mouseover', relay('enter'));
        layer.addEventListener('mouseout', relay('leave'));
        layer.addEventListener('focusin', relay('focus'));
        layer.addEventListener('focusout', relay('blur'));
        layer.addEventListener('click', relay('activate'));
        layer.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                relay('activate')(event);
            }
        });
        const resizing = window.ResizeObserver ? new window.ResizeObserver(schedule) : null;
        if (resizing) {
            resizing.observe(grid);
        }
        window.addEventListener('resize', schedule);

        return {
            /** dependencies: those to draw; cards: issue key → card element (absent or hidden cards get no arrow). */
            show(dependencies, cards) {
                current = {dependencies, cards};
                schedule();
            },
            redraw: schedule,
            arrow: (linkId) => byLink.get(String(linkId)) || null,
            arrows: () => byLink,
            /** Stops listening before the board is rebuilt. */
            dispose() {
                window.cancelAnimationFrame(frame);
                window.removeEventListener('resize', schedule);
                if (resizing) {
                    resizing.disconnect();
                }
            }
        };
    }

    /** Where to anchor a popover for an arrow reached by keyboard: the middle of its curve, in page coordinates. */
    function middleOf(path) {
        const point = path.getPointAtLength(path.getTotalLength() / 2);
        const matrix = path.getScreenCTM();
        return {x: matrix.a * point.x + matrix.e + window.scrollX, y: matrix.d * point.y + matrix.f + window.scrollY};
    }

    board.arrows = {create, middleOf};
}(window));
