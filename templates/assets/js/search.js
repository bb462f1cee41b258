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

// The objective a match falls in: the nearest anchor before the first match whose id names an objective
// (the rows of a mission's table carry id="obiettivo-m1-4"). Pagefind's own sub-results only follow headings.
function objectiveAnchor(data) {
  const first = Math.min(...data.locations);
  let best = null;
  for (const anchor of data.anchors ?? []) {
    if (anchor.id.startsWith("obiettivo-") && anchor.location <= first && (best === null || anchor.location > best.location)) {
      best = anchor;
    }
  }
  return best;
}

function resultItem(title, href, excerptHtml) {
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
  // Pagefind's excerpt is the page's own text, escaped by Pagefind, with <mark> around the matches.
  excerpt.innerHTML = excerptHtml;
  item.append(heading, excerpt);
  return item;
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
    const anchor = objectiveAnchor(data);
    const href = siteUrl(data.url) + (anchor ? "#" + anchor.id : "");
    const title = anchor
      ? "Obiettivo " + anchor.id.replace(/^obiettivo-m(\d+)-(\d+)$/, "M$1.$2") + " — " + data.meta.title
      : data.meta.title;
    list.append(resultItem(title, href, data.excerpt));
  }
  const count = found.results.length;
  status.textContent = count === 0
    ? `Nessun risultato per «${query}».`
    : `${count} ${count === 1 ? "risultato" : "risultati"} per «${query}»` + (count > MAX_RESULTS ? ` (sono mostrati i primi ${MAX_RESULTS}).` : ".");
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
