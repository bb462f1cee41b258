#!/usr/bin/env python3
"""Exports a PianoSite plan to a Hugo site with the same pages (see export.sh and docs/benchmarks.md).

What this script does is the data shaping a Hugo site needs and PianoSite does in its parse stage: it reads
the YAML and the front matter, writes one content file per page (Markdown bodies stay Markdown: Hugo renders
them), and one data file, data/plan.json, with objectives, components and drivers keyed by id. For the pages
that list objectives it writes the list of objective ids into the page's front matter (the reverse index that
PianoSite's SiteLookup builds), so Hugo's templates only look rows up by id and never scan every objective.
Everything else — Markdown, the tables, links, escaping, the layout — is Hugo's work, in bench/hugo/site/layouts.
"""
import json
import os
import re
import shutil
import sys

import yaml

plan_root, site_dir, template_dir, checkout = sys.argv[1:5]
content_dir = os.path.join(plan_root, "content")


def read_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def read_front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    _, header, body = text.split("---\n", 2)
    return yaml.safe_load(header), body


piano = read_yaml(os.path.join(content_dir, "piano.yml"))
pnrr = read_yaml(os.path.join(content_dir, "pnrr.yml"))
missions = []
for name in sorted(os.listdir(os.path.join(content_dir, "missioni"))):
    if name.endswith(".yml"):
        missions.append(read_yaml(os.path.join(content_dir, "missioni", name)))
titles = {m["code"]: m["title"] for m in pnrr["missions"]}
missions.sort(key=lambda m: int(m["mission"][1:]))
drivers = []
for name in sorted(os.listdir(os.path.join(content_dir, "agenda"))):
    if name.endswith(".md"):
        header, body = read_front_matter(os.path.join(content_dir, "agenda", name))
        drivers.append(dict(header, slug=name[:-3], body=body))
drivers.sort(key=lambda d: d["number"])
pages = {}
for name in sorted(os.listdir(os.path.join(content_dir, "pagine"))):
    if name.endswith(".md"):
        header, body = read_front_matter(os.path.join(content_dir, "pagine", name))
        pages[name[:-3]] = dict(header, body=body)

actors = piano["actors"]
keywords = {k["id"]: k["name"] for k in piano["keywords"]}
components = pnrr["components"]
by_component = {c["code"]: [] for c in components}
by_driver = {d["number"]: [] for d in drivers}
by_actor = {a["id"]: [] for a in actors}
objectives = {}
for m in missions:
    code = m["mission"]
    for o in m["objectives"]:
        oid = f"{code}.{o['n']}"
        objectives[oid] = {
            "id": oid,
            "anchor": f"obiettivo-{code.lower()}-{o['n']}",
            "text": str(o["text"]).strip(),
            "missionHref": f"/missioni/{code.lower()}/",
            "actors": [a["id"] in (o.get("actors") or []) for a in actors],
            "components": [c for c in (o.get("components") or []) if c in by_component],
            "drivers": [str(d) for d in (o.get("drivers") or []) if d in by_driver],
        }
        for c in objectives[oid]["components"]:
            by_component[c].append(oid)
        for d in o.get("drivers") or []:
            if d in by_driver:
                by_driver[d].append(oid)
        for a in o.get("actors") or []:
            if a in by_actor:
                by_actor[a].append(oid)

# The Hugo site: configuration and layouts from bench/hugo/site, the rest generated.
if os.path.exists(site_dir):
    shutil.rmtree(site_dir)
shutil.copytree(template_dir, site_dir)
for folder in ("content", "data", "static/assets"):
    os.makedirs(os.path.join(site_dir, folder), exist_ok=True)

# The assets PianoSite copies (SiteAssets): Bootstrap Italia from node_modules and templates/assets.
modules = os.path.join(checkout, "node_modules", "bootstrap-italia", "dist")
static = os.path.join(site_dir, "static", "assets")
os.makedirs(os.path.join(static, "bootstrap-italia", "css"))
shutil.copy(os.path.join(modules, "css", "bootstrap-italia.min.css"), os.path.join(static, "bootstrap-italia", "css"))
fonts = os.path.join(static, "bootstrap-italia", "fonts", "Titillium_Web")
os.makedirs(fonts)
for name in os.listdir(os.path.join(modules, "fonts", "Titillium_Web")):
    if name.endswith(".woff2") or name == "OFL.txt":
        shutil.copy(os.path.join(modules, "fonts", "Titillium_Web", name), fonts)
os.makedirs(os.path.join(static, "bootstrap-italia", "svg"))
shutil.copy(os.path.join(modules, "svg", "sprites.svg"), os.path.join(static, "bootstrap-italia", "svg"))
plan_assets = os.path.join(plan_root, "templates", "assets")
shutil.copytree(plan_assets if os.path.isdir(plan_assets) else os.path.join(checkout, "templates", "assets"), static, dirs_exist_ok=True)

data = {
    "info": {k: piano[k] for k in ("title", "short_title", "issuer", "edition")} | {"licence": piano["licence"]},
    "actors": actors,
    "objectives": objectives,
    "components": {c["code"]: {"code": c["code"], "href": f"/pnrr/{c['code'].lower()}/", "title": c["title"],
                               "actors": c.get("actors") or []} for c in components},
    "drivers": {str(d["number"]): {"label": f"Driver {d['number']}", "href": f"/agenda-strategica/{d['slug']}/", "title": d["title"]}
                for d in drivers},
}
with open(os.path.join(site_dir, "data", "plan.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False)

written = 0


def page(name, front, body=""):
    global written
    with open(os.path.join(site_dir, "content", name + ".md"), "w", encoding="utf-8") as f:
        f.write(json.dumps(front, ensure_ascii=False) + "\n" + body)
    written += 1


def link(label, href, title=None):
    return {"label": label, "href": href, "title": title}


def pager(items, i, label):
    return {"label": label, "previous": items[i - 1] if i > 0 else None, "next": items[i + 1] if i < len(items) - 1 else None}


def first_paragraph_md(body):
    return body.strip().split("\n\n")[0]


mission_links = [link(f"Missione {int(m['mission'][1:])}. {titles[m['mission']]}", f"/missioni/{m['mission'].lower()}/") for m in missions]
component_links = [link(f"{c['code']}. {c['title']}", f"/pnrr/{c['code'].lower()}/") for c in components]
driver_links = [link(f"Driver {d['number']}. {d['title']}", f"/agenda-strategica/{d['slug']}/") for d in drivers]
components_of = {m["mission"]: [c["code"] for c in components if c["code"].split("C")[0] == m["mission"]] for m in missions}
crumb_home = link("Home", "/")

page("_index", {"title": piano["title"], "crumbs": [link("Home", None)],
                "missions": [{"number": int(m["mission"][1:]), "title": titles[m["mission"]], "href": f"/missioni/{m['mission'].lower()}/",
                              "count": len(m["objectives"])} for m in missions],
                "drivers": [{"number": d["number"], "title": d["title"], "subtitle": d["subtitle"], "href": f"/agenda-strategica/{d['slug']}/"} for d in drivers]},
     first_paragraph_md(pages["visione"]["body"]))
page("visione", {"title": pages["visione"]["title"], "url": "/visione/", "type": "plan", "layout": "vision",
                 "crumbs": [crumb_home, link(pages["visione"]["title"], None)],
                 "keywordNames": list(keywords.values()),
                 "rows": [{"mission": mission_links[i], "cells": [{"label": name, "marked": kid in m.get("keywords", [])} for kid, name in keywords.items()]}
                          for i, m in enumerate(missions)],
                 "cards": [{"name": name, "missions": [link(f"Missione {int(m['mission'][1:])}", f"/missioni/{m['mission'].lower()}/", titles[m["mission"]])
                                                       for m in missions if kid in m.get("keywords", [])]} for kid, name in keywords.items()]},
     pages["visione"]["body"])
page("obiettivi-strategici", {"title": pages["obiettivi-strategici"]["title"], "url": "/obiettivi-strategici/", "type": "plan", "layout": "directions",
                              "crumbs": [crumb_home, link(pages["obiettivi-strategici"]["title"], None)],
                              "rows": [{"code": c["code"], "count": len(by_component[c["code"]])} for c in components]},
     pages["obiettivi-strategici"]["body"])
page("missioni", {"title": "Le missioni", "url": "/missioni/", "type": "plan", "layout": "missions",
                  "crumbs": [crumb_home, link("Missioni", None)],
                  "missions": [{"code": m["mission"], "number": int(m["mission"][1:]), "title": titles[m["mission"]], "count": len(m["objectives"]),
                                "components": components_of[m["mission"]], "page": f"/mission-{m['mission'].lower()}"} for m in missions]})
for i, m in enumerate(missions):
    code = m["mission"]
    page(f"mission-{code.lower()}", {
        "title": f"Missione {int(code[1:])}. {titles[code]}", "url": f"/missioni/{code.lower()}/", "type": "plan", "layout": "mission",
        "crumbs": [crumb_home, link("Missioni", "/missioni/"), link(f"Missione {int(code[1:])}", None)],
        "number": int(code[1:]), "missionTitle": titles[code],
        "keywords": [keywords.get(k, k) for k in m.get("keywords", [])], "components": components_of[code],
        "caption": f"Obiettivi strategici della Missione {int(code[1:])} e attori coinvolti",
        "objectives": [f"{code}.{o['n']}" for o in m["objectives"]], "pager": pager(mission_links, i, "Missione precedente e successiva")},
        m.get("intro") or "")
page("pnrr", {"title": "Componenti PNRR", "url": "/pnrr/", "type": "plan", "layout": "components",
              "crumbs": [crumb_home, link("Componenti PNRR", None)],
              "groups": [{"id": f"componenti-{m['mission'].lower()}", "title": f"Missione {int(m['mission'][1:])}. {titles[m['mission']]}",
                          "href": f"/missioni/{m['mission'].lower()}/",
                          "components": [{"code": c, "count": len(by_component[c])} for c in components_of[m["mission"]]]}
                         for m in missions if components_of[m["mission"]]]})
for i, c in enumerate(components):
    mission = c["code"].split("C")[0]
    page(f"component-{c['code'].lower()}", {
        "title": f"{c['code']}. {c['title']}", "url": f"/pnrr/{c['code'].lower()}/", "type": "plan", "layout": "component",
        "crumbs": [crumb_home, link("Componenti PNRR", "/pnrr/"), link(c["code"], None)],
        "code": c["code"], "mission": link(f"Missione {int(mission[1:])}. {titles.get(mission, mission)}", f"/missioni/{mission.lower()}/"),
        "caption": f"Obiettivi strategici collegati alla componente {c['code']}",
        "objectives": by_component[c["code"]], "pager": pager(component_links, i, "Componente precedente e successiva")})
agenda_title = pages["agenda-strategica"]["title"]
page("agenda-strategica", {"title": agenda_title, "url": "/agenda-strategica/", "type": "plan", "layout": "agenda",
                           "crumbs": [crumb_home, link(agenda_title, None)]}, pages["agenda-strategica"]["body"])
for i, d in enumerate(drivers):
    page(f"driver-{d['number']:02d}", {
        "title": f"Driver {d['number']}. {d['title']}", "url": f"/agenda-strategica/{d['slug']}/", "type": "plan", "layout": "driver",
        "crumbs": [crumb_home, link(agenda_title, "/agenda-strategica/"), link(f"Driver {d['number']}", None)],
        "number": d["number"], "driverTitle": d["title"], "subtitle": d["subtitle"], "lead": d["lead"],
        "caption": f"Obiettivi strategici attuati dal Driver {d['number']}",
        "objectives": by_driver[d["number"]], "pager": pager(driver_links, i, "Driver precedente e successivo")}, d["body"])
page("attori", {"title": "Attori", "url": "/attori/", "type": "plan", "layout": "actors", "crumbs": [crumb_home, link("Attori", None)],
                "actorList": [{"name": a["name"], "href": f"/attori/{a['id']}/", "count": len(by_actor[a["id"]]),
                               "missions": len({objectives[o]["missionHref"] for o in by_actor[a["id"]]})} for a in actors]})
for a in actors:
    groups = []
    of_mission = {}
    for o in by_actor[a["id"]]:
        of_mission.setdefault(o.split(".")[0], []).append(o)
    for m in missions:
        ids = of_mission.get(m["mission"])
        if ids:
            n = int(m["mission"][1:])
            groups.append({"id": f"missione-{m['mission'].lower()}", "title": f"Missione {n}. {titles[m['mission']]}", "href": f"/missioni/{m['mission'].lower()}/",
                           "captionId": f"tabella-{m['mission'].lower()}", "caption": f"Obiettivi della Missione {n} che coinvolgono: {a['name']}", "objectives": ids})
    page(f"attore-{a['id']}", {"title": a["name"], "url": f"/attori/{a['id']}/", "type": "plan", "layout": "actor",
                               "crumbs": [crumb_home, link("Attori", "/attori/"), link(a["name"], None)], "count": len(by_actor[a["id"]]), "groups": groups})
page("cerca", {"title": "Cerca nel piano", "url": "/cerca/", "type": "plan", "layout": "search", "searchable": False,
               "crumbs": [crumb_home, link("Cerca", None)]})
page("dati", {"title": "Dati aperti", "url": "/dati/", "type": "plan", "layout": "data", "crumbs": [crumb_home, link("Dati aperti", None)],
              "objectiveCount": len(objectives), "componentCount": len(components)})
page("accessibilita", {"title": "Accessibilità", "url": "/accessibilita/", "type": "plan", "layout": "accessibility",
                       "crumbs": [crumb_home, link("Accessibilità", None)]})
for name in ("obiettivi.csv", "obiettivi.json", "componenti-pnrr.csv", "componenti-pnrr.json"):
    stem, extension = name.rsplit(".", 1)
    page(f"dati-{stem}-{extension}", {"title": name, "url": f"/dati/{name}", "type": "plan", "layout": stem,
                                       "outputs": ["CSVDATA" if extension == "csv" else "JSONDATA"],
                                       "components": None if stem == "obiettivi" else {c: by_component[c] for c in by_component}})
print(f"Hugo site written to {site_dir}: {written} content files, {len(objectives)} objectives")
