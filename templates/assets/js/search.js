// PianoSite — site search with Pagefind. Loaded as a module by /cerca/ only; no inline script, so the
// page's Content-Security-Policy (script-src 'self') holds. Without JavaScript the form does nothing
// harmful: it reloads the page with ?q=, and the <noscript> text explains the alternatives.
const siteRoot = new URL("../../", import.meta.url);
const form = document.querySelector(".search-form");
const input = document.getElementById("cerca-testo");
const status = document.getElementById("cerca-stato");
const list = document.getElementById("cerca-risultati");
const MAX_RESULTS = 20;

let pagefind = null;
async function engine() {
  if (pagefind === null) {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    await pagefind.options({ excerptLength: 30 });
    pagefind.init();
  }
  return pagefind;
}

// A site-relative result path ("/missioni/m1/index.html") resolved against the site's real root, so the
// links work wherever the site is published (a sub-folder of a host, a plain folder).
function siteUrl(path) {
  return new URL(path.replace(/^\//, ""), siteRoot).href;
}

// The objectives a page's matches fall in: each match belongs to the nearest anchor before it, and the rows
// of a mission's table carry id="obiettivo-m1-4" (Pagefind's own sub-results only follow headings). Only the
// number and text of a row are indexed, so the words between its anchor and the next one are the objective.
const MAX_OBJECTIVES_PER_PAGE = 5;
function objectiveMatches(data) {
  const anchors = (data.anchors ?? []).slice().sort((a, b) => a.location - b.location);
  const words = data.content.split(/\s+/);
  const byAnchor = new Map();
  for (const location of data.locations) {
    let owner = null;
    for (const anchor of anchors) {
      if (anchor.location > location) break;
      owner = anchor;
    }
    if (owner !== null && owner.id.startsWith("obiettivo-")) {
      byAnchor.set(owner, [...(byAnchor.get(owner) ?? []), location]);
    }
  }
  return [...byAnchor.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].location - b[0].location)
    .slice(0, MAX_OBJECTIVES_PER_PAGE)
    .map(([anchor, locations]) => {
      const next = anchors.find((a) => a.location > anchor.location);
      const end = Math.min(next ? next.location : words.length, anchor.location + 60);
      const code = anchor.id.replace(/^obiettivo-m(\d+)-(\d+)$/, "M$1.$2");
      // The row starts with "Obiettivo M1.4": the excerpt is the text after the code.
      const codeAt = words.slice(anchor.location, anchor.location + 3).indexOf(code);
      const start = anchor.location + codeAt + 1;
      return { id: anchor.id, code, words: words.slice(start, end), start, marks: new Set(locations) };
    });
}

function resultItem(title, href) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "h5 search-result-title";
  const link = document.createElement("a");
  link.href = href;
  link.textContent = title;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  item.append(heading, excerpt);
  return { item, excerpt };
}

// The words of an objective, with the matched ones in <mark>: built as DOM nodes, never as HTML.
function objectiveExcerpt(target, match) {
  match.words.forEach((word, i) => {
    if (i > 0) target.append(" ");
    if (match.marks.has(match.start + i)) {
      const mark = document.createElement("mark");
      mark.textContent = word;
      target.append(mark);
    } else {
      target.append(word);
    }
  });
}

let latest = 0;
async function search(query) {
  const ticket = ++latest;
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = "";
    return;
  }
  status.textContent = "Ricerca in corso…";
  let found;
  try {
    const index = await engine();
    found = await index.search(query);
  } catch {
    status.textContent = "La ricerca non è disponibile: l'indice non si può caricare (le pagine aperte come file dal disco non lo permettono).";
    return;
  }
  const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (ticket !== latest) {
    return;
  }
  for (const data of results) {
    const objectives = objectiveMatches(data);
    if (objectives.length === 0) {
      const { item, excerpt } = resultItem(data.meta.title, siteUrl(data.url));
      // Pagefind's excerpt is the page's own text, escaped by Pagefind, with <mark> around the matches.
      excerpt.innerHTML = data.excerpt;
      list.append(item);
      continue;
    }
    for (const match of objectives) {
      const { item, excerpt } = resultItem(`Obiettivo ${match.code} — ${data.meta.title}`, siteUrl(data.url) + "#" + match.id);
      objectiveExcerpt(excerpt, match);
      list.append(item);
    }
  }
  const count = list.children.length;
  const more = found.results.length > MAX_RESULTS ? ` (dalle prime ${MAX_RESULTS} pagine di ${found.results.length}).` : ".";
  status.textContent = count === 0
    ? `Nessun risultato per «${query}».`
    : `${count} ${count === 1 ? "risultato" : "risultati"} per «${query}»${more}`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  const url = new URL(window.location.href);
  url.searchParams.set("q", query);
  window.history.replaceState(null, "", url);
  search(query);
});

const initial = new URLSearchParams(window.location.search).get("q");
if (initial) {
  input.value = initial;
  search(initial);
}
