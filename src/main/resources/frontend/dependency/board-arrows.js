/*
 * Product Ops for Jira: the dependency arrows, one SVG layer beside the board's grid (not inside it: a table may
 * hold only rows) and behind its cards, so that an arrow never covers a card's text. Arrows are drawn only between
 * cards that are on screen (not bundled, not in a collapsed lane), built off-document in one fragment, and
 * redrawn in an animation frame when the board changes size. Each arrow has a wide invisible stroke that
 * takes the pointer and the keyboard focus, so that its reasons can be read without a mouse.
 *
 * Many arrows between the same two cells are drawn as one bundle: a line as thick as its count allows, with a
 * count badge in the gutter beside the cell they leave. Of the arrows left, many from one cell into one other lane
 * (or from one lane into one cell) are bundled too, so that a "+N more" standing in for hidden cards does not fan
 * out into a sheaf of lines; such a bundle ends at the nearest of its cards and its badge sits at the one cell. The badge is a button: it draws the bundle's arrows one by
 * one, and gathers them again. Arrows the board emphasises (a chosen problem, a focused issue, the critical path)
 * are never bundled, so that what the user asked to see is always drawn.
 */
(function (window) {
    'use strict';

    const board = {dom: require('productops/board/dom'), view: require('productops/board/view')};
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
    /** From this many arrows between the same two cells on, they are one bundle: below it, each can still be told apart. */
    const BUNDLE_FROM = 5;
    /** A badge's centre from the edge of the cards it leaves: the middle of the gutter (cells are padded 22 px a side). */
    const BADGE_OFFSET = 22;
    const BADGE_HEIGHT = 20;

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
        // Badges above every line, so that no arrow crosses a count.
        const badgeLayer = svg('g');
        layer.append(paths, badgeLayer);
        // Held by the page, so that an opened bundle stays open when the board is drawn again.
        const expanded = options.expanded || new Set();
        let refocus = null;
        let bundleCount = 0;
        let badgesAt = new Map();
        grid.parentElement.append(layer);
        let current = {dependencies: [], cards: new Map()};
        let byLink = new Map();
        let frame = 0;

        function draw() {
            frame = 0;
            // A redraw (a resize, an opened bundle) replaces every arrow and count: the focused one gets focus back.
            const active = layer.contains(document.activeElement) ? document.activeElement : null;
            if (!refocus && active) {
                const arrow = active.closest('.productops-board-arrow');
                refocus = arrow ? '.productops-board-arrow[data-link-id="' + CSS.escape(arrow.getAttribute('data-link-id')) + '"] .productops-board-arrow-hit'
                    : '.productops-board-arrow-bundle-count[data-bundle="' + CSS.escape(active.getAttribute('data-bundle') || '') + '"]';
            }
            const origin = grid.getBoundingClientRect();
            layer.setAttribute('width', String(grid.scrollWidth));
            layer.setAttribute('height', String(grid.scrollHeight));
            // Every position is read before anything is written, so the browser lays the page out once.
            const boxes = new Map();
            const cells = new Map();
            current.cards.forEach((element, key) => {
                if (element.isConnected && element.offsetParent !== null) {
                    boxes.set(key, relativeBox(element, origin));
                    const cell = element.closest('.productops-board-cell');
                    cells.set(key, cell ? cell.getAttribute('data-cell') : key);
                }
            });
            const fragment = document.createDocumentFragment();
            const badges = document.createDocumentFragment();
            byLink = new Map();
            bundleCount = 0;
            badgesAt = new Map();
            const loopsByColumn = new Map();
            const apart = options.apart ? options.apart() : () => false;
            function loopsOf(from, to) {
                const sameColumn = !(from.right <= to.left || to.right <= from.left);
                const column = Math.round(Math.max(from.right, to.right));
                const loops = sameColumn ? (loopsByColumn.get(column) || 0) : 0;
                if (sameColumn) {
                    loopsByColumn.set(column, loops + 1);
                }
                return loops;
            }
            groupByCells(current.dependencies.filter((d) => boxes.has(d.from) && boxes.has(d.to)), cells, apart).forEach((group) => {
                if (group.bundle) {
                    const sources = group.dependencies.map((d) => boxes.get(d.from));
                    const targets = group.dependencies.map((d) => boxes.get(d.to));
                    // A bundle into a lane ends at the nearest of its cards; one out of a lane leaves from the nearest.
                    const from = group.fromLane ? nearest(sources, span(targets)) : span(sources);
                    const to = group.toLane ? nearest(targets, from) : span(targets);
                    const open = expanded.has(group.key);
                    if (!open) {
                        fragment.append(bundleFor(group, route(from, to, loopsOf(from, to))));
                        bundleCount++;
                    }
                    badges.append(badgeFor(group, from, to, open));
                    if (!open) {
                        return;
                    }
                }
                group.dependencies.forEach((d) => {
                    const from = boxes.get(d.from);
                    const to = boxes.get(d.to);
                    const arrow = arrowFor(d, route(from, to, loopsOf(from, to)));
                    byLink.set(String(d.linkId), arrow);
                    fragment.append(arrow);
                });
            });
            paths.textContent = '';
            paths.append(fragment);
            badgeLayer.textContent = '';
            badgeLayer.append(badges);
            if (refocus) {
                const again = layer.querySelector(refocus);
                refocus = null;
                if (again) {
                    again.focus();
                }
            }
            if (options.drawn) {
                options.drawn(byLink);
            }
        }

        /** A bundle's line: as wide as its count, up to a limit, in the colour of its worst state. */
        function bundleFor(group, d) {
            const width = Math.min(10, 2 + Math.log2(group.dependencies.length) * 1.5);
            return svg('g', {className: 'productops-board-arrow-bundle productops-board-state-' + worstOf(group.dependencies),
                'data-bundle': group.key, 'data-count': group.dependencies.length}, [
                svg('path', {className: 'productops-board-arrow-bundle-line', d, 'stroke-width': String(Math.round(width * 10) / 10)})]);
        }

        /** The count, in the gutter beside the cards the bundle leaves (to their left when it runs backwards). */
        function badgeFor(group, from, to, open) {
            const text = (open ? '\u2212' : '') + board.dom.count(group.dependencies.length);
            const width = 14 + 7 * text.length;
            const backwards = to.right <= from.left;
            // The badge sits at the bundle's one cell: where it leaves, or, for a bundle out of a lane, where it arrives.
            const atTarget = Boolean(group.fromLane);
            const forwards = from.right <= to.left;
            const x = Math.round(atTarget ? (forwards ? to.left - BADGE_OFFSET : to.right + BADGE_OFFSET)
                : (backwards ? from.left - BADGE_OFFSET : from.right + BADGE_OFFSET));
            const y = freeHeight(x, Math.round(atTarget ? to.middle : from.middle));
            const label = svg('text', {x: '0', y: '4', 'text-anchor': 'middle', 'aria-hidden': 'true'});
            label.textContent = text;
            return svg('g', {className: 'productops-board-arrow-bundle-count productops-board-state-' + worstOf(group.dependencies),
                'data-bundle': group.key, 'data-count': group.dependencies.length, tabindex: '0', role: 'button',
                'aria-expanded': String(open), 'aria-label': options.describeBundle(group, group.dependencies.length, open),
                transform: 'translate(' + x + ' ' + y + ')'}, [
                svg('rect', {x: String(-width / 2), y: String(-BADGE_HEIGHT / 2), width: String(width), height: String(BADGE_HEIGHT),
                    rx: String(BADGE_HEIGHT / 2)}),
                label
            ]);
        }

        /** Two bundles leaving one cell the same way would put their counts on top of each other: the later one moves down. */
        function freeHeight(x, y) {
            const taken = badgesAt.get(x) || [];
            let free = y;
            while (taken.some((other) => Math.abs(other - free) < BADGE_HEIGHT + 2)) {
                free += BADGE_HEIGHT + 2;
            }
            badgesAt.set(x, taken.concat([free]));
            return free;
        }

        function toggleBundle(badge) {
            const key = badge.getAttribute('data-bundle');
            if (expanded.has(key)) {
                expanded.delete(key);
            } else {
                expanded.add(key);
            }
            refocus = '.productops-board-arrow-bundle-count[data-bundle="' + CSS.escape(key) + '"]';
            draw();
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
        function badgeOf(event) {
            return event.target.closest ? event.target.closest('.productops-board-arrow-bundle-count') : null;
        }
        layer.addEventListener('click', (event) => {
            const badge = badgeOf(event);
            if (badge) {
                toggleBundle(badge);
            } else {
                relay('activate')(event);
            }
        });
        layer.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                const badge = badgeOf(event);
                if (badge) {
                    toggleBundle(badge);
                } else {
                    relay('activate')(event);
                }
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
            bundles: () => bundleCount,
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

    /**
     * The drawn dependencies in bundles and single arrows, in the order given (worst first). First by the pair of cells
     * they join; of the rest, by the cell they leave and the lane they enter, then by the lane they leave and the cell
     * they enter. A group of BUNDLE_FROM or more becomes a bundle; those kept apart are always drawn one by one.
     */
    function groupByCells(dependencies, cells, apart) {
        const bundles = [];
        const bundled = new Set();
        const laneOf = (cell) => cell.slice(0, cell.lastIndexOf('|'));
        const passes = [
            (d) => ({key: 'cells:' + cells.get(d.from) + '>' + cells.get(d.to), fromCell: cells.get(d.from), toCell: cells.get(d.to)}),
            (d) => ({key: 'lane-in:' + cells.get(d.from) + '>' + laneOf(cells.get(d.to)), fromCell: cells.get(d.from),
                toLane: laneOf(cells.get(d.to))}),
            (d) => ({key: 'lane-out:' + laneOf(cells.get(d.from)) + '>' + cells.get(d.to), fromLane: laneOf(cells.get(d.from)),
                toCell: cells.get(d.to)})
        ];
        passes.forEach((groupOf) => {
            const groups = new Map();
            dependencies.filter((d) => !bundled.has(d) && !apart(d)).forEach((d) => {
                const group = groupOf(d);
                if (!groups.has(group.key)) {
                    groups.set(group.key, Object.assign(group, {bundle: true, dependencies: []}));
                }
                groups.get(group.key).dependencies.push(d);
            });
            groups.forEach((group) => {
                if (group.dependencies.length >= BUNDLE_FROM) {
                    bundles.push(group);
                    group.dependencies.forEach((d) => bundled.add(d));
                }
            });
        });
        return bundles.concat([{dependencies: dependencies.filter((d) => !bundled.has(d))}]);
    }

    /** Of several cards, the one whose middle is closest to a box's. */
    function nearest(boxes, to) {
        const centre = (b) => ({x: (b.left + b.right) / 2, y: b.middle});
        const target = centre(to);
        const distance = (b) => Math.hypot(centre(b).x - target.x, centre(b).y - target.y);
        return boxes.reduce((best, b) => (distance(b) < distance(best) ? b : best), boxes[0]);
    }

    /** The box around several cards of one cell: a bundle leaves from its edge, at the height of their middle. */
    function span(boxes) {
        return {left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)),
            top: Math.min(...boxes.map((b) => b.top)), middle: boxes.reduce((sum, b) => sum + b.middle, 0) / boxes.length};
    }

    function worstOf(dependencies) {
        const states = board.view.STATES;
        return dependencies.reduce((worst, d) => (states.indexOf(d.state) < states.indexOf(worst) ? d.state : worst), dependencies[0].state);
    }

    /** Where to anchor a popover for an arrow reached by keyboard: the middle of its curve, in page coordinates. */
    function middleOf(path) {
        const point = path.getPointAtLength(path.getTotalLength() / 2);
        const matrix = path.getScreenCTM();
        return {x: matrix.a * point.x + matrix.e + window.scrollX, y: matrix.d * point.y + matrix.f + window.scrollY};
    }

    define('productops/board/arrows', [], () => ({create, middleOf}));
}(window));
