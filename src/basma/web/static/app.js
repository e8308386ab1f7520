// basma dashboard: reads the JSON API and renders it in Arabic or English.
"use strict";

const TEXT = {
  ar: { title: "بصمة", tagline: "من فعل ماذا بمن، ومتى، وأين، وبحسب من", filters: "تصفية الأحداث", actor: "الفاعل",
        type: "النوع", any: "الكل", since: "من", until: "إلى", apply: "تطبيق", events: "الأحداث", date: "التاريخ",
        recipient: "المتلقي", modality: "الصيغة", trigger: "الدالّ", pairs: "أبرز الثنائيات", count: "العدد",
        score: "التعاون/النزاع", bytype: "الأحداث حسب النوع", evidence: "الأدلة", articles: "مقالات",
        quotes: "اقتباسات", rejections: "مرفوضات", other: "English", none: "لا أحداث" },
  en: { title: "basma", tagline: "Who did what to whom, when, where, and according to whom", filters: "Filter events",
        actor: "Actor", type: "Type", any: "Any", since: "Since", until: "Until", apply: "Apply", events: "Events",
        date: "Date", recipient: "Recipient", modality: "Modality", trigger: "Trigger", pairs: "Top pairs",
        count: "Events", score: "Coop./conflict", bytype: "Events by type", evidence: "Evidence",
        articles: "articles", quotes: "quotes", rejections: "rejections", other: "عربي", none: "No events" },
};
let lang = localStorage.getItem("basma-lang") || "ar";

function t(key) { return TEXT[lang][key] || key; }

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) { if (k === "class") node.className = v; else node.setAttribute(k, v); }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.getElementById("lang").textContent = t("other");
}

function codes(refs) { return refs.map((r) => [r.code, ...(r.sectors || [])].join(" ")).join(" + ") || "—"; }

function renderCards(summary) {
  const cards = document.getElementById("cards");
  cards.replaceChildren(...[["articles", summary.counts.articles], ["events", summary.counts.events],
    ["quotes", summary.counts.quotes], ["rejections", summary.counts.rejections]].map(([key, n]) =>
    el("div", { class: "card", "data-count": key }, el("b", {}, String(n)), t(key))));
}

function renderPairs(pairs) {
  document.querySelector("#pairs tbody").replaceChildren(...pairs.map((p) =>
    el("tr", {}, el("td", {}, p.actor), el("td", {}, p.recipient), el("td", {}, String(p.events)),
      el("td", { class: p.score > 0 ? "pos" : p.score < 0 ? "neg" : "" }, String(p.score)))));
}

function renderTypes(byType) {
  const svg = document.getElementById("types");
  const max = Math.max(1, ...byType.map((r) => r.events));
  const ns = "http://www.w3.org/2000/svg";
  svg.replaceChildren();
  byType.slice(0, 10).forEach((row, i) => {
    const bar = document.createElementNS(ns, "rect");
    bar.setAttribute("x", "110"); bar.setAttribute("y", String(i * 21));
    bar.setAttribute("height", "16"); bar.setAttribute("width", String(Math.round(200 * row.events / max)));
    bar.setAttribute("fill", "#1f3b4d");
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", "0"); label.setAttribute("y", String(i * 21 + 13)); label.setAttribute("direction", "ltr");
    label.textContent = `${row.type} (${row.events})`;
    svg.append(bar, label);
  });
}

async function loadEvents(params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  const events = await api(`/api/events?${query}`);
  const body = document.querySelector("#events tbody");
  if (!events.length) { body.replaceChildren(el("tr", {}, el("td", { colspan: "6" }, t("none")))); return; }
  body.replaceChildren(...events.map((e) => {
    const row = el("tr", { "data-event": e.id }, el("td", {}, e.date.value || "?"), el("td", {}, e.type),
      el("td", {}, codes(e.actor)), el("td", {}, codes(e.recipient)), el("td", {}, e.modality), el("td", {}, e.trigger.text));
    row.addEventListener("click", () => showArticle(e.article_id));
    return row;
  }));
}

function highlighted(text, events) {
  const marks = [];
  for (const e of events) {
    marks.push([e.trigger, "trigger"]);
    e.actor.forEach((r) => r.span && marks.push([r.span, "actor"]));
    e.recipient.forEach((r) => r.span && marks.push([r.span, "recipient"]));
    if (e.date.span) marks.push([e.date.span, "date"]);
  }
  marks.sort((a, b) => a[0].start - b[0].start);
  const parts = [];
  let at = 0;
  for (const [span, kind] of marks) {
    if (span.start < at) continue;  // overlapping spans: keep the first
    parts.push(text.slice(at, span.start), el("span", { class: kind }, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts;
}

async function showArticle(id) {
  const article = await api(`/api/articles/${encodeURIComponent(id)}`);
  document.getElementById("article").hidden = false;
  document.getElementById("article-title").textContent = article.title || article.id;
  document.getElementById("article-meta").textContent =
    [article.outlet, article.section, article.published_at, article.url].filter(Boolean).join(" · ");
  document.getElementById("article-text").replaceChildren(...highlighted(article.text, article.events));
  document.getElementById("evidence").replaceChildren(...article.events.map((e) =>
    el("li", {}, el("b", {}, `${e.type} ${codes(e.actor)} → ${codes(e.recipient)} (${e.date.value || "?"}, ${e.modality}): `),
      e.sentence.text)));
  document.getElementById("article").scrollIntoView();
}

async function main() {
  applyLanguage();
  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "ar" ? "en" : "ar"; localStorage.setItem("basma-lang", lang); applyLanguage(); start();
  });
  document.getElementById("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    loadEvents(Object.fromEntries(new FormData(event.target)));
  });
  await start();
}

async function start() {
  const summary = await api("/api/summary");
  renderCards(summary);
  renderPairs(summary.top_pairs);
  renderTypes(summary.events_by_type);
  const select = document.querySelector("#filters select[name=type]");
  select.replaceChildren(el("option", { value: "" }, t("any")), ...summary.events_by_type.map((r) => el("option", { value: r.type }, r.type)));
  await loadEvents({});
}

main().catch((error) => { document.getElementById("cards").textContent = String(error); });
