// Cytoscape drawings: persons coloured by role, ties labelled with their kinship term, the
// provenance of a tie in a tooltip on hover. window.cytoscape comes from the WebJar (classic script).
const COLOURS = { OFFICIAL: '#b4532a', BENEFICIARY: '#2a6fb4', OTHER: '#8a939c', CUT: '#d5d9de' };

const STYLE = [
  { selector: 'node', style: {
      'background-color': ele => COLOURS[ele.data('role')] || COLOURS.OTHER,
      'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1f2933',
      'width': 22, 'height': 22, 'border-width': 0,
      'font-family': 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' } },
  { selector: 'node[?end]', style: { 'width': 30, 'height': 30, 'border-width': 3, 'border-color': '#24384d' } },
  { selector: 'node[?cut]', style: { 'border-width': 1, 'border-style': 'dashed', 'border-color': '#8a939c' } },
  { selector: 'node:selected', style: { 'overlay-color': '#2f5d8a', 'overlay-opacity': 0.18 } },
  { selector: 'edge', style: {
      'width': 1.6, 'line-color': '#9aa7b4', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 11,
      'color': '#3e4c59', 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.9,
      'text-background-padding': 1, 'text-rotation': 'autorotate', 'min-zoomed-font-size': 7,
      'text-wrap': 'ellipsis', 'text-max-width': '150px',
      'font-family': 'system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' } },
  { selector: 'edge[kind = "KIN"]', style: { 'line-color': '#c07a55', 'width': 2.2 } },
  { selector: 'edge[kind = "GRANT"]', style: { 'line-color': '#6d96c2', 'line-style': 'dashed', 'target-arrow-shape': 'triangle',
      'target-arrow-color': '#6d96c2' } },
  { selector: 'edge[kind = "MONEY"]', style: { 'line-color': '#2d7a46', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2d7a46' } },
];

/** A graph with more persons than this is drawn the cheap way (LARGE_STYLE, LARGE_OPTIONS). */
export const LARGE = 400;

// Large graphs (a hub's circle: up to 2,000 persons): labels only once they are readable, straight
// ties (no bezier bundling to compute), and while the user zooms or drags, a snapshot of the drawing
// moves instead of every element being redrawn each frame.
// Ties get their label (a kinship term) only when zoomed in, and only those in view: measuring 2,000
// labels is most of the cost of creating the graph.
const LARGE_STYLE = [
  { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
  { selector: 'edge', style: { 'curve-style': 'straight', 'label': '' } },
  { selector: 'edge.labelled', style: { 'label': 'data(label)' } },
];
const LABEL_ZOOM = 0.7;
const LARGE_OPTIONS = { minZoom: 0.05, textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1, motionBlur: false };

/**
 * Draws elements into container; returns the Cytoscape instance, with cy.timings = { initMs,
 * layoutMs } (creating the graph with its style, then the layout). opts.layout, opts.onNode(ref, data).
 */
export function draw(container, elements, opts = {}) {
  container.innerHTML = '';
  const large = elements.filter(e => e.group === 'nodes').length > LARGE;
  const t0 = performance.now();
  const cy = window.cytoscape(Object.assign({
    container, elements, style: large ? STYLE.concat(LARGE_STYLE) : STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 1.6,
  }, large ? LARGE_OPTIONS : {}));
  const t1 = performance.now();
  cy.layout(opts.layout || { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false }).run();
  cy.timings = { initMs: t1 - t0, layoutMs: performance.now() - t1, large };
  if (large) {
    let timer = null;
    const labelTiesInView = () => cy.batch(() => {
      cy.edges('.labelled').removeClass('labelled');
      if (cy.zoom() < LABEL_ZOOM) return;
      const v = cy.extent();
      cy.edges().filter(e => {
        const m = e.midpoint();
        return m.x >= v.x1 && m.x <= v.x2 && m.y >= v.y1 && m.y <= v.y2;
      }).addClass('labelled');
    });
    cy.on('viewport', () => { clearTimeout(timer); timer = setTimeout(labelTiesInView, 150); });
  }
  const tip = document.getElementById('tip');
  const showTip = (e, text) => {
    if (!text) return;
    tip.textContent = text; tip.hidden = false;
    const p = e.originalEvent || {};
    tip.style.left = ((p.clientX || 0) + 12) + 'px'; tip.style.top = ((p.clientY || 0) + 12) + 'px';
  };
  cy.on('mouseover', 'edge', e => showTip(e, e.target.data('tip')));
  cy.on('mouseover', 'node', e => showTip(e, e.target.data('tip')));
  cy.on('mouseout', () => { tip.hidden = true; });
  cy.on('tap', 'node', e => { if (opts.onNode) opts.onNode(e.target.data('ref'), e.target.data()); });
  return cy;
}

/** A node id for a person: his ref, or a per-position placeholder when he is out of scope. */
export function nodeId(person, fallback) {
  return person && person.ref ? person.ref : 'cut:' + fallback;
}
