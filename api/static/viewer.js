// kg viewer: one actor's network at a time, from the API of the server that serves this page.
// No build step: plain browser JavaScript over the vendored cytoscape, fcose and d3.
"use strict";

const FAMILY_COLOURS = {
  violence: "#d62728", pressure: "#ff7f0e", cooperation: "#2ca02c",
  support: "#1f77b4", structure: "#8c8c8c",
};
const TYPES = {
  State: { shape: "ellipse", colour: "#4c78a8" },
  ArmedGroup: { shape: "triangle", colour: "#e45756" },
  GovernmentBody: { shape: "round-rectangle", colour: "#72b7b2" },
  InternationalOrganization: { shape: "hexagon", colour: "#b279a2" },
  Organization: { shape: "diamond", colour: "#f2a93b" },
  Person: { shape: "ellipse", colour: "#9d755d" },
  Location: { shape: "star", colour: "#bab0ac" },
  Actor: { shape: "ellipse", colour: "#999999" },
};

const state = {
  actor: null, hops: 1, rollup: false, families: null, modalities: ["asserted"],
  since: "", until: "", minSources: 1, types: null, edge: null,
};
const MAX_ACTORS = 60;
const MAX_EDGES = 300;
let familyRelations = {};  // family -> relations
let cy = null;
let sortKey = "sources";
let sortDescending = true;

// --- the API ---

async function api(path, options = {}) {
  const response = await fetch(path, options);
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body.error) message = body.error.message;
    } catch (_) { /* not JSON */ }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.status === 204 ? null : response.json();
}

function filterParams({ withTypes = true } = {}) {
  const params = new URLSearchParams();
  const all = Object.keys(familyRelations);
  if (state.families && state.families.length < all.length) {
    for (const family of state.families) {
      for (const relation of familyRelations[family] || []) params.append("relation", relation);
    }
  }
  for (const modality of state.modalities) params.append("modality", modality);
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.minSources > 1) params.set("min_sources", String(state.minSources));
  if (withTypes && state.types) for (const type of state.types) params.append("type", type);
  return params;
}

function egoUrl(actor, depth) {
  const params = filterParams();
  params.set("depth", String(depth));
  // A readable network: the best-attested actors and edges (expand for more).
  params.set("limit", String(MAX_ACTORS));
  params.set("edge_limit", String(MAX_EDGES));
  if (state.rollup) params.set("rollup", "true");
  return `/ego/${encodeURIComponent(actor)}?${params}`;
}

// --- the URL holds the view ---

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.actor = params.get("actor");
  state.hops = Number(params.get("hops") || 1) === 2 ? 2 : 1;
  state.rollup = params.get("rollup") === "1";
  state.families = params.has("families") ? params.get("families").split(",").filter(Boolean) : null;
  state.modalities = params.has("modality") ? params.get("modality").split(",").filter(Boolean) : ["asserted"];
  state.since = params.get("since") || "";
  state.until = params.get("until") || "";
  state.minSources = Math.max(1, Number(params.get("min_sources") || 1));
  state.types = params.has("types") ? params.get("types").split(",").filter(Boolean) : null;
  state.edge = params.get("edge");
}

function writeUrl(push) {
  const params = new URLSearchParams();
  if (state.actor) params.set("actor", state.actor);
  if (state.hops !== 1) params.set("hops", String(state.hops));
  if (state.rollup) params.set("rollup", "1");
  if (state.families) params.set("families", state.families.join(","));
  if (state.modalities.join(",") !== "asserted") params.set("modality", state.modalities.join(","));
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  if (state.minSources > 1) params.set("min_sources", String(state.minSources));
  if (state.types) params.set("types", state.types.join(","));
  if (state.edge) params.set("edge", state.edge);
  const url = `${location.pathname}${params.toString() ? "?" + params : ""}`;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  updateExportLinks();
}

function syncControls() {
  document.getElementById("hops").value = String(state.hops);
  document.getElementById("rollup").checked = state.rollup;
  document.getElementById("since").value = state.since;
  document.getElementById("until").value = state.until;
  document.getElementById("min-sources").value = String(state.minSources);
  for (const box of document.querySelectorAll("input[name=modality]")) {
    box.checked = state.modalities.includes(box.value);
  }
  for (const box of document.querySelectorAll("input[name=family]")) {
    box.checked = !state.families || state.families.includes(box.value);
  }
  for (const box of document.querySelectorAll("input[name=type]")) {
    box.checked = !state.types || state.types.includes(box.value);
  }
}

function readControls() {
  state.hops = Number(document.getElementById("hops").value);
  state.rollup = document.getElementById("rollup").checked;
  state.since = document.getElementById("since").value;
  state.until = document.getElementById("until").value;
  state.minSources = Math.max(1, Number(document.getElementById("min-sources").value) || 1);
  state.modalities = [...document.querySelectorAll("input[name=modality]:checked")].map((b) => b.value);
  if (!state.modalities.length) state.modalities = ["asserted", "alleged"];
  const families = [...document.querySelectorAll("input[name=family]")];
  const checkedFamilies = families.filter((b) => b.checked).map((b) => b.value);
  state.families = checkedFamilies.length === families.length ? null : checkedFamilies;
  const types = [...document.querySelectorAll("input[name=type]")];
  const checkedTypes = types.filter((b) => b.checked).map((b) => b.value);
  state.types = checkedTypes.length === types.length ? null : checkedTypes;
}

// --- the network ---

function edgeWidth(sources) { return 1.5 + 2.5 * Math.log2(1 + sources); }

function makeCy() {
  cy = cytoscape({
    container: document.getElementById("cy"),
    style: [
      { selector: "node", style: {
        label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": "data(colour)", shape: "data(shape)", width: 22, height: 22,
        "border-width": 1, "border-color": "#fff",
      } },
      { selector: "node[?centre]", style: { width: 34, height: 34, "border-width": 3, "border-color": "#222", "font-weight": "bold" } },
      { selector: "node[type = 'Person']", style: { width: 16, height: 16 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#f5b700" } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.9,
        label: "data(relation)", "font-size": 8, color: "#555", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.7, opacity: 0.85,
      } },
      { selector: "edge[?alleged]", style: { "line-style": "dashed" } },
      { selector: "edge.quiet", style: { label: "" } },
      { selector: "edge:selected", style: { "line-color": "#f5b700", "target-arrow-color": "#f5b700", opacity: 1 } },
      { selector: ".path", style: { "line-color": "#6a00a8", "target-arrow-color": "#6a00a8", "border-color": "#6a00a8", "border-width": 3 } },
    ],
  });
  cy.on("tap", "node", (event) => showActor(event.target.id()));
  cy.on("dbltap", "node", (event) => expand(event.target.id()));
  cy.on("tap", "edge", (event) => showEdge(event.target.id()));
}

function nodeElement(node, centre) {
  const look = TYPES[node.type] || TYPES.Actor;
  return { group: "nodes", data: {
    id: node.id, label: node.label, type: node.type, country: node.country,
    colour: look.colour, shape: look.shape, centre: node.id === centre, folded: node.folded || [],
  } };
}

function edgeElement(edge) {
  return { group: "edges", data: {
    id: edge.id, source: edge.subject, target: edge.object, relation: edge.relation,
    family: edge.family, colour: FAMILY_COLOURS[edge.family] || "#999", width: edgeWidth(edge.sources),
    alleged: !edge.modalities.includes("asserted"), sources: edge.sources, evidence: edge.evidence,
    first_date: edge.first_date, last_date: edge.last_date, confidence: edge.confidence,
    modalities: edge.modalities, edges: edge.edges,
  } };
}

// Edge labels only on small networks: past that they hide the network and slow the drawing.
function quieten() { cy.edges().toggleClass("quiet", cy.edges().length > 120); }

function setStatus(text) { document.getElementById("status").textContent = text; }

// The ego network as {ego} or {error}: a request started early never rejects unheard.
function fetchEgo() {
  return api(egoUrl(state.actor, state.hops)).then((ego) => ({ ego }), (error) => ({ error }));
}

async function load(requested = null) {
  if (!state.actor) return;
  if (state.families && !state.families.length) {
    cy.elements().remove();
    renderTable();
    setStatus("No relation family is selected.");
    return;
  }
  setStatus(`Loading ${state.actor}…`);
  const { ego, error } = await (requested || fetchEgo());
  if (error) {
    setStatus(`Could not load ${state.actor}: ${error.message}`);
    return;
  }
  const started = performance.now();
  cy.batch(() => {
    cy.elements().remove();
    cy.add(ego.nodes.map((node) => nodeElement(node, ego.actor)));
    cy.add(ego.edges.map(edgeElement));
    quieten();
  });
  await runLayout(false);
  const drawn = performance.now() - started;
  const centre = ego.nodes[0];
  document.getElementById("search").value = centre ? centre.label : state.actor;
  setStatus(`${centre ? centre.label : state.actor}: ${ego.nodes.length} actors, ${ego.edges.length} edges`
    + `${ego.truncated ? " (cut at the limits)" : ""}. Click an edge for its evidence; double-click an actor to expand it.`);
  document.body.dataset.drawMs = drawn.toFixed(1);
  document.body.dataset.drawnAt = performance.now().toFixed(1);
  // The network goes on screen first; the table comes in the next frame (laying out a few
  // hundred rows takes the browser some 100 ms on a small machine).
  await afterPaint();
  document.body.dataset.loaded = state.actor;
  renderTable();
  if (state.edge && cy.getElementById(state.edge).length) {
    cy.getElementById(state.edge).select();
    showEdge(state.edge);
  } else {
    showActor(ego.actor, ego.parts);
  }
  // The actor's timeline is read when its tab is open: a busy actor's is a large query.
  if (!document.getElementById("tab-timeline").hidden) loadTimeline();
}

// A small seeded generator (mulberry32): see runLayout.
function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Resolves once the browser has painted a frame with what is drawn so far.
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function runLayout(keep) {
  return new Promise((resolve) => {
    if (!cy.nodes().length) { resolve(); return; }
    const layout = cy.layout({
      name: cy.nodes().length > 2 ? "fcose" : "circle", animate: false, randomize: !keep,
      quality: cy.nodes().length > 80 ? "draft" : "default", nodeRepulsion: 6000, idealEdgeLength: 90, fit: true, padding: 30,
    });
    layout.one("layoutstop", () => resolve());
    // fcose draws its start and its samples with Math.random: with a fixed seed, the same
    // network is laid out the same way each time it is opened (a shared link looks alike).
    // Without animation the layout runs at once, so the seed lasts for this layout only.
    const random = Math.random;
    Math.random = seededRandom(1);
    try {
      layout.run();
    } finally {
      Math.random = random;
    }
  });
}

async function expand(actor) {
  setStatus(`Expanding ${actor}…`);
  const ego = await api(egoUrl(actor, 1));
  const fresh = ego.nodes.filter((node) => !cy.getElementById(node.id).length);
  const origin = cy.getElementById(actor).position();
  cy.batch(() => {
    for (const node of fresh) {
      const element = nodeElement(node, state.actor);
      element.position = { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
      cy.add(element);
    }
    for (const edge of ego.edges) if (!cy.getElementById(edge.id).length) cy.add(edgeElement(edge));
    quieten();
  });
  await runLayout(true);
  setStatus(`Expanded ${actor}: ${fresh.length} more actors; ${cy.nodes().length} actors, ${cy.edges().length} edges shown.`);
  renderTable();
}

// --- panels ---

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "onclick") element.addEventListener("click", value);
    else element.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) element.append(child);
  }
  return element;
}

function actorLink(id) {
  const node = cy.getElementById(id);
  const label = node.length ? node.data("label") : id;
  return el("button", { class: "linkish", type: "button", onclick: () => openActor(id) }, label);
}

// Items with ", " between them, for a list read aloud or copied as text.
function joined(items) {
  return items.flatMap((item, i) => (i ? [", ", item] : [item]));
}

function openActor(id) {
  state.actor = id;
  state.edge = null;
  writeUrl(true);
  load();
}

async function showActor(id, parts) {
  const panel = document.getElementById("panel");
  let actor;
  try {
    actor = await api(`/actors/${encodeURIComponent(id)}`);
  } catch (error) {
    panel.replaceChildren(el("p", {}, `No card for ${id}: ${error.message}`));
    return;
  }
  if (parts === undefined) {
    try { parts = (await api(`/ego/${encodeURIComponent(id)}?depth=1&limit=1`)).parts; } catch (_) { parts = []; }
  }
  const counts = el("table", {}, el("tr", {}, el("th", {}, "relation"), el("th", {}, "out"), el("th", {}, "in")));
  const byRelation = {};
  for (const count of actor.top_relations) {
    byRelation[count.relation] = byRelation[count.relation] || { out: 0, in: 0 };
    byRelation[count.relation][count.direction] = count.edges;
  }
  for (const [relation, count] of Object.entries(byRelation)) {
    counts.append(el("tr", {}, el("td", {}, relation), el("td", {}, String(count.out)), el("td", {}, String(count.in))));
  }
  const node = cy.getElementById(id);
  const folded = node.length ? node.data("folded") : [];
  panel.replaceChildren(
    el("h2", {}, actor.label),
    el("dl", {},
      el("dt", {}, "Type"), el("dd", {}, actor.type),
      el("dt", {}, "Id"), el("dd", {}, actor.id),
      el("dt", {}, "Country"), el("dd", {}, actor.country || "—"),
      el("dt", {}, "Wikidata"), el("dd", {}, actor.wikidata || "—"),
      el("dt", {}, "Aliases"), el("dd", {}, ...(actor.aliases.length ? actor.aliases.map((a) => el("span", { class: "chip" }, a)) : ["—"])),
      el("dt", {}, "Part of"), el("dd", {}, ...(actor.part_of.length ? joined(actor.part_of.map(actorLink)) : ["—"])),
      el("dt", {}, "Parts"), el("dd", {}, ...(parts && parts.length ? parts.slice(0, 40).map((p) => el("span", { class: "chip" }, p)) : ["—"])),
      folded.length ? el("dt", {}, "Folded in") : null,
      folded.length ? el("dd", {}, folded.join(", ")) : null,
      el("dt", {}, "Edges"), el("dd", {}, `${actor.degree ?? 0} (${actor.out_degree ?? 0} out, ${actor.in_degree ?? 0} in)`),
    ),
    el("h3", {}, "Relations by type (edges)"), counts,
    el("p", {},
      el("button", { type: "button", onclick: () => openActor(id) }, "Centre here"), " ",
      el("button", { type: "button", onclick: () => expand(id) }, "Expand"), " ",
      el("button", { type: "button", onclick: () => { document.getElementById("path-from").value = id; document.getElementById("path-menu").open = true; } }, "Path from here")),
  );
}

function highlighted(item) {
  const sentence = item.sentence;
  const marks = [];
  for (const [mention, kind] of [[item.subject_mention, "subject"], [item.object_mention, "object"]]) {
    if (!mention) continue;
    const start = mention.start - sentence.start;
    const end = mention.end - sentence.start;
    if (start >= 0 && end <= sentence.text.length && start < end) marks.push({ start, end, kind });
  }
  marks.sort((a, b) => a.start - b.start);
  const quote = el("blockquote");
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;  // overlapping mentions: the first wins
    quote.append(sentence.text.slice(at, mark.start));
    quote.append(el("mark", { class: mark.kind }, sentence.text.slice(mark.start, mark.end)));
    at = mark.end;
  }
  quote.append(sentence.text.slice(at));
  return quote;
}

function evidenceItem(item) {
  const article = item.article;
  const title = article.url ? el("a", { href: article.url, target: "_blank", rel: "noopener" }, article.title || article.id) : (article.title || article.id);
  return el("div", { class: "evidence" },
    el("div", {}, el("strong", {}, item.date || "undated"), " · ", title),
    highlighted(item),
    el("div", { class: "muted" },
      `${article.source || "unknown source"}${article.date ? ", " + article.date : ""} · ${item.modality}`
      + `${item.attributed_to ? " · according to " + item.attributed_to : ""} · rule ${item.rule || "?"}`
      + ` · confidence ${item.confidence.toFixed(2)}`),
  );
}

async function evidenceOf(edgeIds, modalities = state.modalities) {
  const items = [];
  const modality = modalities.map((m) => `modality=${m}`).join("&");
  for (const id of edgeIds) {
    const page = await api(`/relations/${encodeURIComponent(id)}/evidence?limit=200&${modality}`);
    items.push(...page.items);
  }
  items.sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999"));
  return items;
}

async function showEdge(id) {
  const edge = cy.getElementById(id);
  if (!edge.length) return;
  state.edge = id;
  writeUrl(false);
  highlightRow(id);
  const data = edge.data();
  const panel = document.getElementById("panel");
  panel.replaceChildren(el("p", {}, "Loading evidence…"));
  const items = await evidenceOf(data.edges);
  panel.replaceChildren(
    el("h2", {}, actorLink(data.source), ` ${data.relation} `, actorLink(data.target)),
    el("p", { class: "muted" },
      `${data.sources} source${data.sources === 1 ? "" : "s"}, ${data.evidence} assertion${data.evidence === 1 ? "" : "s"}, `
      + `${data.first_date || "?"} to ${data.last_date || "?"}, ${data.modalities.join(", ")}`),
    el("section", { id: "evidence" }, ...items.map(evidenceItem)),
    el("button", { type: "button", id: "show-denials", onclick: async (event) => {
      const others = await evidenceOf(data.edges, ["denied", "hypothetical"]);
      event.target.replaceWith(el("section", { id: "denials" },
        el("h3", {}, `Denied or hypothetical (${others.length}): no edge is drawn for these`),
        ...others.map(evidenceItem)));
    } }, "Show denials and hypotheticals"),
  );
  drawTimeline(items, `${data.relation} evidence`);
}

// --- table ---

function currentEdges() {
  const labels = new Map(cy.nodes().map((node) => [node.id(), node.data("label")]));
  return cy.edges().map((edge) => {
    const data = edge.data();
    return {
      id: data.id, subject: labels.get(data.source), relation: data.relation,
      object: labels.get(data.target), sources: data.sources,
      evidence: data.evidence, first_date: data.first_date || "", last_date: data.last_date || "",
    };
  });
}

function renderTable() {
  const rows = currentEdges();
  rows.sort((a, b) => {
    const x = a[sortKey]; const y = b[sortKey];
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return sortDescending ? -order : order;
  });
  const body = document.querySelector("#edges tbody");
  body.replaceChildren(...rows.map((row) => {
    const tr = el("tr", { "data-edge": row.id },
      ...["subject", "relation", "object", "sources", "evidence", "first_date", "last_date"].map((key) => el("td", {}, String(row[key]))));
    tr.addEventListener("click", () => { cy.elements().unselect(); cy.getElementById(row.id).select(); showEdge(row.id); });
    return tr;
  }));
  for (const th of document.querySelectorAll("#edges th")) {
    th.setAttribute("aria-sort", th.dataset.key === sortKey ? (sortDescending ? "descending" : "ascending") : "none");
  }
  if (state.edge) highlightRow(state.edge);
}

async function copyTable() {
  const keys = ["subject", "relation", "object", "sources", "evidence", "first_date", "last_date"];
  const text = [keys.join("\t"), ...currentEdges().map((row) => keys.map((k) => row[k]).join("\t"))].join("\n");
  try {
    await navigator.clipboard.writeText(text);
    setStatus(`Copied ${cy.edges().length} rows.`);
  } catch (_) {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("edges"));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    setStatus("The table is selected: copy it with Ctrl+C.");
  }
}

function highlightRow(id) {
  for (const tr of document.querySelectorAll("#edges tbody tr")) {
    tr.classList.toggle("selected", tr.dataset.edge === id);
  }
}

// --- timeline ---

async function loadTimeline() {
  if (!state.actor) return;
  const params = new URLSearchParams();
  params.set("actor", state.actor);
  params.set("limit", "500");
  for (const modality of state.modalities) params.append("modality", modality);
  if (state.since) params.set("since", state.since);
  if (state.until) params.set("until", state.until);
  try {
    const page = await api(`/timeline?${params}`);
    drawTimeline(page.items, `events of ${state.actor}`);
  } catch (error) {
    setStatus(`Timeline: ${error.message}`);
  }
}

function familyOf(relation) {
  for (const [family, relations] of Object.entries(familyRelations)) if (relations.includes(relation)) return family;
  return "structure";
}

function drawTimeline(items, caption) {
  const svg = d3.select("#timeline");
  svg.selectAll("*").remove();
  const box = document.getElementById("tab-timeline").getBoundingClientRect();
  const width = Math.max(300, box.width || 600);
  const height = Math.max(120, (box.height || 170) - 6);
  const dated = items.filter((item) => item.date);
  svg.attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("text").attr("x", 8).attr("y", 14).attr("font-size", 12).text(`${dated.length} ${caption} by date (drag to filter the dates)`);
  if (!dated.length) return;
  const parse = d3.utcParse("%Y-%m-%d");
  const dates = dated.map((item) => parse(item.date));
  let [low, high] = d3.extent(dates);
  if (+low === +high) { low = d3.utcDay.offset(low, -15); high = d3.utcDay.offset(high, 15); }
  const x = d3.scaleUtc().domain([low, high]).range([110, width - 20]).nice();
  const relations = [...new Set(dated.map((item) => item.relation))].sort();
  const y = d3.scalePoint().domain(relations).range([30, height - 30]).padding(0.5);
  svg.append("g").attr("transform", `translate(0,${height - 22})`).call(d3.axisBottom(x).ticks(Math.floor(width / 110)));
  svg.append("g").selectAll("text").data(relations).join("text")
    .attr("x", 100).attr("y", (r) => y(r) + 3).attr("text-anchor", "end").attr("font-size", 9).attr("fill", "#667").text((r) => r);
  svg.append("g").selectAll("circle").data(dated).join("circle")
    .attr("cx", (item) => x(parse(item.date))).attr("cy", (item) => y(item.relation)).attr("r", 5)
    .attr("fill", (item) => FAMILY_COLOURS[familyOf(item.relation)])
    .attr("fill-opacity", (item) => (item.modality === "asserted" ? 0.85 : 0.35)).attr("stroke", "#333")
    .append("title").text((item) => `${item.date}: ${item.subject} ${item.relation} ${item.object} — ${item.sentence.text}`);
  const brush = d3.brushX().extent([[110, 22], [width - 20, height - 22]]).on("end", (event) => {
    if (!event.selection) return;
    const [from, to] = event.selection.map(x.invert);
    state.since = d3.utcFormat("%Y-%m-%d")(from);
    state.until = d3.utcFormat("%Y-%m-%d")(to);
    syncControls();
    writeUrl(true);
    load();
  });
  svg.append("g").attr("class", "brush").call(brush);
}

// --- search ---

function setUpSearch() {
  const input = document.getElementById("search");
  const list = document.getElementById("suggestions");
  let active = -1;
  let timer = null;
  let items = [];
  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const choose = (item) => { close(); input.value = item.label; openActor(item.id); };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === active)));
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) { close(); return; }
    timer = setTimeout(async () => {
      const answer = await api(`/suggest?prefix=${encodeURIComponent(prefix)}&limit=12`);
      if (input.value.trim() !== prefix) return;
      items = answer.items;
      list.replaceChildren(...items.map((item, i) => {
        const li = el("li", { role: "option", id: `suggestion-${i}`, "data-id": item.id },
          item.label, " ", el("span", { class: "type" },
            `${item.type}${item.country ? ", " + item.country : ""}${item.name !== item.label ? " — “" + item.name + "”" : ""}`));
        li.addEventListener("mousedown", (event) => { event.preventDefault(); choose(item); });
        return li;
      }));
      if (!items.length) list.append(el("li", { class: "muted" }, "No actor has a name starting so."));
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { active = Math.min(items.length - 1, active + 1); mark(); event.preventDefault(); }
    else if (event.key === "ArrowUp") { active = Math.max(0, active - 1); mark(); event.preventDefault(); }
    else if (event.key === "Enter" && items.length) { choose(items[Math.max(active, 0)]); event.preventDefault(); }
    else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// --- path finder ---

async function findPath(event) {
  event.preventDefault();
  const from = document.getElementById("path-from").value.trim();
  const to = document.getElementById("path-to").value.trim();
  const params = new URLSearchParams({ from, to, limit: "5" });
  const panel = document.getElementById("panel");
  let paths;
  try {
    paths = await api(`/paths?${params}`);
  } catch (error) {
    panel.replaceChildren(el("p", {}, `No paths: ${error.message}`));
    return;
  }
  document.getElementById("path-menu").open = false;
  if (!paths.count) { panel.replaceChildren(el("p", {}, `No path from ${from} to ${to} within 4 steps.`)); return; }
  const actors = [...new Set(paths.items.flatMap((path) => path.actors))];
  const described = await Promise.all(actors.map((id) => api(`/actors/${encodeURIComponent(id)}`).catch(() => ({ id, label: id, type: "Actor" }))));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(described.map((actor) => nodeElement(actor, from)));
    for (const path of paths.items) {
      for (const step of path.steps) {
        for (const edge of step.edges) {
          const id = `${edge.subject}|${edge.relation}|${edge.object}`;
          if (cy.getElementById(id).length) continue;
          cy.add(edgeElement({ id, subject: edge.subject, object: edge.object, relation: edge.relation,
            family: familyOf(edge.relation), sources: edge.evidence, evidence: edge.evidence,
            modalities: ["asserted"], edges: [id], first_date: null, last_date: null, confidence: 0 }));
        }
      }
    }
    cy.elements().addClass("path");
  });
  await runLayout(false);
  renderTable();
  setStatus(`${paths.count} shortest path${paths.count === 1 ? "" : "s"} of ${paths.length} step${paths.length === 1 ? "" : "s"} from ${from} to ${to}. Click an edge for its evidence.`);
  panel.replaceChildren(el("h2", {}, `Paths from ${from} to ${to}`),
    ...paths.items.map((path) => el("div", { class: "evidence" },
      ...path.steps.map((step) => el("div", {}, ...step.edges.map((edge) => {
        const id = `${edge.subject}|${edge.relation}|${edge.object}`;
        return el("div", {}, el("button", { class: "linkish", type: "button", onclick: () => showEdge(id) },
          `${edge.subject} ${edge.relation} ${edge.object}`), ` (${edge.evidence})`);
      }))))));
}

// --- export and curation ---

function updateExportLinks() {
  for (const format of ["gexf", "graphml", "csv"]) {
    const params = filterParams({ withTypes: false });
    params.set("format", format);
    if (state.actor) { params.set("actor", state.actor); params.set("depth", String(state.hops)); }
    document.getElementById(`export-${format}`).href = `/export?${params}`;
  }
}

function exportPng() {
  const blob = cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" });
  const link = el("a", { href: URL.createObjectURL(blob), download: `kg-${state.actor || "view"}.png` });
  document.body.append(link);
  link.click();
  link.remove();
}

function apiKey(again) {
  let key = sessionStorage.getItem("kg-api-key");
  if (!key || again) {
    key = prompt("API key (KG_API_KEY of the server):") || "";
    sessionStorage.setItem("kg-api-key", key);
  }
  return key;
}

async function curate(event) {
  event.preventDefault();
  const action = document.getElementById("curate-action").value;
  const a = document.getElementById("curate-a").value.trim();
  const b = document.getElementById("curate-b").value.trim();
  const requests = {
    merge: ["POST", "/actors/merge", { keep: a, drop: b }],
    alias: ["POST", `/actors/${encodeURIComponent(a)}/aliases`, { name: b }],
    retype: ["PATCH", `/actors/${encodeURIComponent(a)}`, { type: b }],
    retract: ["DELETE", `/articles/${encodeURIComponent(a)}`, null],
  };
  const [method, path, body] = requests[action];
  const output = document.getElementById("curate-result");
  const send = (key) => api(path, {
    method, headers: { "Content-Type": "application/json", ...(key ? { "X-API-Key": key } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  try {
    try {
      await send(sessionStorage.getItem("kg-api-key"));
    } catch (error) {
      if (error.status !== 401) throw error;
      await send(apiKey(true));
    }
    output.textContent = "Done.";
    load();
  } catch (error) {
    output.textContent = error.message;
  }
}

// --- start ---

async function start() {
  makeCy();
  readUrl();
  // A deep link's network is asked for at once, beside the families (unless it filters
  // by family: its relations come with them).
  const early = state.actor && !state.families ? fetchEgo() : null;
  const families = await api("/relations/families");
  const familyBox = document.getElementById("families");
  for (const family of families) {
    familyRelations[family.name] = family.relations;
    familyBox.append(el("label", { title: family.relations.join(", ") },
      el("input", { type: "checkbox", name: "family", value: family.name, checked: "" }),
      el("span", { class: "swatch", style: `background:${FAMILY_COLOURS[family.name]}` }), family.name));
  }
  const typeBox = document.getElementById("types");
  for (const [type, look] of Object.entries(TYPES)) {
    if (type === "Actor") continue;
    typeBox.append(el("label", {},
      el("input", { type: "checkbox", name: "type", value: type, checked: "" }),
      el("span", { class: "swatch", style: `background:${look.colour};height:10px;width:10px` }), ` ${type} (${look.shape})`));
  }
  syncControls();
  updateExportLinks();
  setUpSearch();
  for (const control of document.querySelectorAll("#filters input, #hops, #rollup")) {
    control.addEventListener("change", () => { readControls(); state.edge = null; writeUrl(true); load(); });
  }
  for (const th of document.querySelectorAll("#edges th")) {
    th.addEventListener("click", () => {
      sortDescending = sortKey === th.dataset.key ? !sortDescending : true;
      sortKey = th.dataset.key;
      renderTable();
    });
  }
  document.getElementById("copy-table").addEventListener("click", copyTable);
  for (const tab of document.querySelectorAll(".tabs button[data-tab]")) {
    tab.addEventListener("click", () => {
      for (const other of document.querySelectorAll(".tabs button[data-tab]")) other.classList.toggle("active", other === tab);
      document.getElementById("tab-table").hidden = tab.dataset.tab !== "table";
      document.getElementById("tab-timeline").hidden = tab.dataset.tab !== "timeline";
      if (tab.dataset.tab === "timeline") loadTimeline();
    });
  }
  document.getElementById("path-form").addEventListener("submit", findPath);
  document.getElementById("export-png").addEventListener("click", exportPng);
  document.getElementById("curate-form").addEventListener("submit", curate);
  window.addEventListener("popstate", () => { readUrl(); syncControls(); load(); });
  document.body.dataset.ready = "1";
  await load(early);
}

start();
