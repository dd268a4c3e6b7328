#!/usr/bin/env python3
"""Deterministic corpus of news-like articles for the kz benchmarks.

Every article is written from this file's own templates and vocabularies
(places in Kazakhstan and abroad with their spelling variants, people with
titles, organisations, casualty sentences with qualifiers and elided nouns,
dates, weekdays and relative days, quotes, datelines, bylines, headlines, URL
lines, site boilerplate), and about one article in ten is a near-duplicate
republication of an earlier one (new headline and outlet, a word changed, a
sentence dropped).

    python3 bench/gen_corpus.py --sizes 10 200 [--bin-dir target/release]

writes, for each size N (MB of raw text), under target/bench/<N>mb/:

    raw/NNNNNN.txt          the articles, one per file
    sentences.gen.jsonl     the generator's own sentence records (a fallback
                            input when kz-split cannot be run)
    sentences.jsonl         kz-split's output on raw/ (the tools' input)
    annotated.jsonl         sentences | kz-entities | kz-numbers |
                            kz-timeline --annotate (kz-timeline's input)
    corpus.json             counts and sizes

The raw corpus is regenerated only when missing or when this script changed;
the derived JSONL only when the raw corpus or the binaries that made it
changed (stamps hold the hashes). Standard library only.
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_ru  # noqa: E402

SEED = 20160605
SEED_RU = 20210605
LANGS = ("en", "ru")
REPO = Path(__file__).resolve().parent.parent
# The corpus changes when either writer does.
SCRIPT_HASH = hashlib.sha256(Path(__file__).read_bytes()
                             + Path(corpus_ru.__file__).read_bytes()).hexdigest()

# --------------------------------------------------------------------------
# Vocabularies (written for this project).

# Canonical name first, then spellings the press also uses.
KZ_PLACES = [
    ["Almaty", "Alma-Ata", "Almaty city"],
    ["Astana", "Nur-Sultan", "Akmola", "Aqmola"],
    ["Shymkent", "Chimkent"],
    ["Karaganda", "Karagandy", "Qaraghandy"],
    ["Aktobe", "Aqtobe", "Aktyubinsk"],
    ["Zhanaozen", "Janaozen", "Zhanaozen town"],
    ["Taraz", "Zhambyl", "Dzhambul"],
    ["Oral", "Uralsk"],
    ["Oskemen", "Ust-Kamenogorsk"],
    ["Semey", "Semipalatinsk"],
    ["Atyrau", "Guryev"],
    ["Aktau", "Aqtau", "Shevchenko"],
    ["Kyzylorda", "Qyzylorda"],
    ["Pavlodar"],
    ["Kostanay", "Qostanay", "Kustanai"],
    ["Petropavl", "Petropavlovsk"],
    ["Taldykorgan", "Taldyqorghan"],
    ["Turkestan", "Turkistan"],
    ["Temirtau"],
    ["Zhezkazgan", "Jezkazgan"],
    ["Ekibastuz"],
    ["Kaskelen"],
    ["Talgar"],
    ["Kentau"],
    ["Baikonur", "Baykonur"],
]
REGIONS = [
    "Almaty region", "Mangystau region", "Turkistan region", "Karaganda region",
    "Atyrau region", "Zhambyl region", "East Kazakhstan region", "Aktobe region",
    "Kyzylorda region", "West Kazakhstan region", "Pavlodar region", "Abai region",
]
ABROAD = [
    "Bishkek", "Tashkent", "Dushanbe", "Moscow", "Beijing", "Urumqi", "Osh",
    "Ashgabat", "Kabul", "Ankara", "Brussels", "Washington", "Geneva", "Baku",
    "Tbilisi", "Minsk", "Kyiv", "Samarkand",
]
COUNTRIES = [
    "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Russia", "China", "Turkmenistan",
    "Afghanistan", "Turkey", "Azerbaijan", "Georgia",
]
SITES = [
    "Central Square", "the regional akimat", "the railway station", "the Green Bazaar",
    "a police checkpoint", "a gun shop", "the city court", "a mosque",
    "a detention centre", "the oil field", "a border post", "the main square",
    "a shopping centre", "a military unit", "the airport", "a hostel",
]
FIRST_M = [
    "Nurlan", "Yerlan", "Askar", "Daniyar", "Marat", "Serik", "Bolat", "Arman",
    "Timur", "Kanat", "Ruslan", "Aidos", "Berik", "Dauren", "Zhanbolat", "Igor",
    "Sergei", "Viktor", "Alexei", "Dmitry", "Galym", "Azamat", "Medet", "Olzhas",
]
FIRST_F = [
    "Aigerim", "Dana", "Gulnara", "Saule", "Aliya", "Zhanar", "Madina", "Asel",
    "Elena", "Tatyana", "Dinara", "Kamila", "Botagoz", "Ainur", "Natalya",
]
LAST = [
    "Abenov", "Zhaksybekov", "Sultanbekov", "Nurpeisov", "Akhmetov", "Tulegenov",
    "Kassymov", "Bekturov", "Omarov", "Iskakov", "Baimukhamedov", "Seitkali",
    "Dzhaksybekov", "Karimov", "Ivanov", "Petrov", "Smagulov", "Yessenov",
    "Mukhametzhanov", "Zhumabayev", "Kenzhebekov", "Utegenov", "Aliyev", "Rakhimov",
]
TITLES = [
    "Col.", "Gen.", "Maj.", "Lt. Col.", "Capt.", "Mr.", "Ms.", "Dr.", "Prof.",
    "Sgt.", "Maj. Gen.",
]
ROLES = [
    "a spokesman for the police of {region}", "the head of the regional police department",
    "deputy akim of {region}", "a senior investigator", "the regional prosecutor",
    "a lawyer for the detained activists", "a local rights defender",
    "a spokeswoman for the Ministry of Health", "the chief doctor of the city hospital",
    "a witness who lives nearby", "a union leader", "an expert on Central Asian security",
]
# Full name, other name, short form; "the" where the press writes it.
ORGS = [
    ("the Interior Ministry", "the Ministry of Internal Affairs", "the MVD"),
    ("the National Security Committee", "the NSC", "the KNB"),
    ("the Prosecutor General's Office", "the General Prosecutor's Office", "the prosecutor's office"),
    ("the Ministry of Health", "the Health Ministry", "the health ministry"),
    ("the Emergency Situations Ministry", "the Ministry of Emergency Situations", "the ChS"),
    ("the Kazakhstan International Bureau for Human Rights", "the rights bureau", "KIBHR"),
    ("Human Rights Watch", "HRW", "Human Rights Watch"),
    ("Amnesty International", "Amnesty", "Amnesty International"),
    ("KazMunayGas", "the state oil company", "KMG"),
    ("the Border Service", "the Border Guard Service", "the border guards"),
    ("the regional akimat", "the akimat", "local authorities"),
    ("the Supreme Court", "the court", "judges"),
]
GROUPS = [
    "gunmen", "armed men", "unknown attackers", "a group of young men", "masked men",
    "suspected Salafists", "members of a banned group", "protesters", "striking oil workers",
    "rioters", "looters", "a lone attacker",
]
OUTLETS = [
    "Steppe Herald", "Kazinform", "Tengri Daily", "Orda Review", "Caspian Wire",
    "Vlast Weekly", "Zhas Alash Online", "Central Asia Monitor", "Almaty Courier",
    "Astana Times Digest", "Eurasia Newsline", "Radio Azattyq English",
]
DOMAINS = [
    "steppeherald.example", "kazinform.example", "tengridaily.example", "ordareview.example",
    "caspianwire.example", "vlastweekly.example", "camonitor.example", "almatycourier.example",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
MONTHS_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
                "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOLIDAYS = ["Nauryz", "Independence Day", "Eid al-Adha", "the eve of Ramadan",
            "Constitution Day", "Republic Day", "Victory Day"]
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen", "twenty"]
QUALIFIERS = ["at least", "more than", "about", "nearly", "up to", "some", "over",
              "as many as", "around", "fewer than", "", "", "", ""]
VICTIMS = ["people", "civilians", "police officers", "servicemen", "protesters",
           "passers-by", "border guards", "workers", "attackers", "suspects", "children"]
KILLED = ["were killed", "died", "were shot dead", "lost their lives", "were killed outright"]
INJURED = ["were injured", "were wounded", "were hurt", "were taken to hospital",
           "suffered gunshot wounds"]
DETAINED = ["were detained", "were arrested", "were taken into custody", "were held"]
QUOTES = [
    "The situation is under control",
    "Those responsible will answer for every life taken",
    "We did not expect the police to use force against peaceful people",
    "The investigation is continuing and all versions are being examined",
    "Our workers only want fair wages and safe conditions",
    "There is no threat to residents of the city",
    "They came at night and took my son without explanation",
    "We call on the authorities to release everyone detained for peaceful protest",
    "The attackers were armed with hunting rifles and knives",
    "Nobody from the akimat came out to speak to us",
]
BOILERPLATE = [
    "Read more: Security stepped up across the south",
    "Read more: What we know about the unrest",
    "Share this article",
    "Share on Facebook | Share on Telegram",
    "Subscribe to our newsletter",
    "Please disable your ad blocker to support independent journalism.",
    "Source link",
    "Best regards, editors",
    "***",
    "Follow us on Telegram for the latest news.",
    "All rights reserved. Republication only with a link to the source.",
]
HEADLINE_VERBS = [
    "Attack", "Clashes", "Explosion", "Rally", "Detentions", "Shooting", "Riot",
    "Strike", "Raid", "Arrests", "Fire", "Standoff",
]
BACKGROUND = [
    "{city}, known as {variant} until {year}, is one of the largest cities in Kazakhstan.",
    "The city of {city} lies about {km} km from the border with {country}.",
    "The region produces about {pct}% of the country's oil, or 1.{d} million barrels a day.",
    "Unemployment in {region} is about {pct}.{d}%, according to official figures.",
    "Many workers earn around {money} tenge a month, or about ${usd}.",
    "The U.S. Embassy in Astana advised citizens to avoid the area.",
    "In {year}, a similar incident left {n2} people dead in {city2}.",
    "Kazakhstan, a country of about 20 million people, borders {country} and {country2}.",
    "The No. {n2} police station in {city} was cordoned off for several hours.",
    "Mr. {last} did not answer calls from reporters on {weekday}.",
    "The population of {city} is about {pop},000 people.",
    "Analysts say tension has grown since the {event} of {year}...",
]


def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def cap(s):
    return s[:1].upper() + s[1:]


class Writer:
    """Builds one article: paragraphs of sentences, plus what a site adds."""

    def __init__(self, rng):
        self.rng = rng

    def person(self):
        r = self.rng
        first = pick(r, FIRST_F) if r.random() < 0.3 else pick(r, FIRST_M)
        last = pick(r, LAST)
        if first in FIRST_F and not last.endswith("i") and not last.endswith("ev"):
            last += "a"
        return first, last

    def org(self, variant=None):
        names = pick(self.rng, ORGS)
        return names[variant if variant is not None else int(self.rng.random() * 3)]

    def place(self):
        names = pick(self.rng, KZ_PLACES)
        return names[0] if self.rng.random() < 0.7 else pick(self.rng, names)

    def number(self, hi=40):
        """A count up to `hi`, as the press writes it: words up to twenty
        (mostly), digits with thousands separators above."""
        r = self.rng
        n = int(r.random() * hi) + 1
        if r.random() < 0.04:
            n = int(r.random() * 3000) + 100
        return n, self.spell(n)

    def spell(self, n):
        if n <= 20 and self.rng.random() < 0.7:
            return NUM_WORDS[n]
        return f"{n:,}"

    def count(self, hi=40):
        return self.number(hi)[1]

    def qcount(self, hi=40):
        r = self.rng
        if r.random() < 0.08:
            return pick(r, ["dozens of", "hundreds of", "scores of"])
        q = pick(r, QUALIFIERS)
        c = self.count(hi)
        return f"{q} {c}" if q else c

    def date_phrase(self, year, month, day):
        r = self.rng.random()
        if r < 0.25:
            return f"on {pick(self.rng, WEEKDAYS)}"
        if r < 0.4:
            return f"on {MONTHS[month - 1]} {day}"
        if r < 0.5:
            return f"on {day} {MONTHS[month - 1]} {year}"
        if r < 0.58:
            return f"on {pick(self.rng, WEEKDAYS)} {pick(self.rng, ['morning', 'night', 'evening'])}"
        if r < 0.66:
            return pick(self.rng, ["yesterday", "today", "last night", "overnight",
                                   "this morning", "earlier this month", "last week"])
        if r < 0.72:
            return pick(self.rng, ["the day before", "two days later", "the next day"])
        if r < 0.78:
            return f"on {day:02d}.{month:02d}.{year}"
        if r < 0.84:
            return f"on the eve of {pick(self.rng, HOLIDAYS)}" if self.rng.random() < 0.5 \
                else f"during {pick(self.rng, HOLIDAYS)}"
        if r < 0.9:
            return f"at {int(self.rng.random() * 11) + 1} {pick(self.rng, ['a.m.', 'p.m.'])} on {pick(self.rng, WEEKDAYS)}"
        return f"in {pick(self.rng, ['early', 'mid-', 'late'])} {MONTHS[month - 1]}".replace("- ", "-")

    def casualty_sentence(self, place, when):
        r = self.rng
        k = r.random()
        grp = pick(r, GROUPS)
        org = self.org()
        if k < 0.2:
            return (f"{cap(self.qcount())} {pick(r, VICTIMS)} {pick(r, KILLED)} and "
                    f"{self.qcount()} {pick(r, INJURED)} when {grp} attacked "
                    f"{pick(r, SITES)} in {place} {when}, {org} said.")
        if k < 0.35:
            # Elided noun and a subtotal that must not add to the total.
            n, total = self.number(20)
            sub = self.spell(max(1, n // 2))
            return (f"{cap(NUM_WORDS[n] if n <= 20 else total)} were killed, including {sub} "
                    f"{pick(r, ['attackers', 'police officers', 'children'])}, and "
                    f"{self.qcount()} others {pick(r, INJURED)}.")
        if k < 0.5:
            return (f"Police detained {self.qcount()} {pick(r, ['suspects', 'people', 'protesters', 'men'])} "
                    f"in {place} {when}, {pick(r, ['rights groups', 'witnesses', org, 'officials'])} said.")
        if k < 0.6:
            return (f"No one was killed, according to {self.org(0)}, but "
                    f"{self.qcount()} {pick(r, VICTIMS)} {pick(r, INJURED)}.")
        if k < 0.7:
            n, total = self.number(30)
            return (f"{cap(pick(r, QUALIFIERS) + ' ' + total).strip()} {pick(r, VICTIMS)} {pick(r, INJURED)}, "
                    f"{self.spell(max(1, n // 3))} of them seriously, and remain in the regional hospital.")
        if k < 0.8:
            n, total = self.number(30)
            return (f"The death toll rose to {total} {when}, up from {self.spell(max(1, n // 2))} "
                    f"reported earlier, {org} said.")
        if k < 0.9:
            return (f"Among the dead were {self.count(9)} {pick(r, VICTIMS)} and a "
                    f"{pick(r, ['bus driver', 'shop owner', 'taxi driver', 'guard'])}.")
        return (f"{pick(r, ['Dozens', 'Hundreds', 'Scores'])} of {pick(r, VICTIMS)} "
                f"{pick(r, DETAINED)} after {pick(r, ['the rally', 'the clashes', 'the strike', 'the raid'])} "
                f"{when}, and {self.count()} more {pick(r, DETAINED)} overnight.")

    def quote_sentence(self, region):
        r = self.rng
        first, last = self.person()
        title = pick(r, TITLES)
        role = pick(r, ROLES).format(region=region)
        quote = pick(r, QUOTES)
        k = r.random()
        if k < 0.35:
            return f"\u201c{quote},\u201d said {title} {first} {last}, {role}."
        if k < 0.6:
            return f'"{quote}," {first} {last}, {role}, told reporters.'
        if k < 0.8:
            return f"{title} {first} {last} told {pick(r, OUTLETS)}: \u201c{quote}.\u201d"
        return (f"{first} {last}, {role}, said the authorities would meet "
                f"{pick(r, ['union leaders', 'the families', 'elders', 'residents'])} "
                f"{pick(r, ['next week', 'on Monday', 'in early ' + pick(r, MONTHS)])}.")

    def background_sentence(self, city, region, year):
        r = self.rng
        places = pick(r, KZ_PLACES)
        return pick(r, BACKGROUND).format(
            city=places[0], variant=places[-1], year=year - int(r.random() * 30) - 1,
            km=int(r.random() * 300) + 5, country=pick(r, COUNTRIES), country2=pick(r, COUNTRIES),
            pct=int(r.random() * 60) + 1, d=int(r.random() * 10), region=region,
            money=f"{(int(r.random() * 400) + 80) * 1000:,}", usd=int(r.random() * 900) + 100,
            n2=int(r.random() * 30) + 2, city2=pick(r, KZ_PLACES)[0], last=pick(r, LAST),
            weekday=pick(r, WEEKDAYS), pop=int(r.random() * 900) + 100,
            event=pick(r, ["unrest", "strike", "riots", "attacks"]),
        )

    def abroad_sentence(self, when):
        r = self.rng
        return (f"Officials in {pick(r, ABROAD)} said {when} that {self.qcount()} citizens of "
                f"{pick(r, COUNTRIES)} {pick(r, DETAINED)} in connection with the case.")

    def article(self, doc_no):
        """Returns (headline, meta lines, paragraphs [[sentence]], tail lines, published)."""
        r = self.rng
        year = 2008 + int(r.random() * 17)
        month = int(r.random() * 12) + 1
        day = int(r.random() * 28) + 1
        city = self.place()
        region = pick(r, REGIONS)
        outlet = pick(r, OUTLETS)
        headline = pick(r, [
            f"{pick(r, HEADLINE_VERBS)} in {city}: {cap(self.count())} Dead",
            f"{cap(self.count())} Detained After {pick(r, HEADLINE_VERBS)} in {city}",
            f"Gunmen Attack {pick(r, ['Police Post', 'Checkpoint', 'Gun Shop', 'Military Unit'])} Near {city}",
            f"{pick(r, HEADLINE_VERBS)} in {region.title()} Leaves {cap(self.count())} Injured",
            f"Authorities Tighten Security in {city} After {pick(r, HEADLINE_VERBS)}",
        ])
        meta = []
        k = r.random()
        if k < 0.35:
            meta.append(f"By {outlet}" if r.random() < 0.7 else
                        f"By [{outlet}](https://{pick(r, DOMAINS)}/authors/{doc_no % 97})")
        k = r.random()
        if k < 0.3:
            meta.append(f"{MONTHS[month - 1]} {day:02d}, {year}")
        elif k < 0.45:
            meta.append(f"{day} {MONTHS[month - 1]} {year}")
        elif k < 0.6:
            meta.append(f"{day:02d}.{month:02d}.{year}")
        elif k < 0.7:
            meta.append(f"{year}-{month:02d}-{day:02d}")
        dateline = ""
        if r.random() < 0.4:
            dateline = f"{city.upper()}, {MONTHS_SHORT[month - 1]} {day}, {year}, {outlet} \u2013 "
        paragraphs = []
        n_paras = 6 + int(r.random() * 10)  # 500-odd words, like a wire report
        for p in range(n_paras):
            sents = []
            for _ in range(1 + int(r.random() * 4)):
                when = self.date_phrase(year, month, day)
                k = r.random()
                if p == 0 or k < 0.35:
                    s = self.casualty_sentence(city if r.random() < 0.7 else self.place(), when)
                elif k < 0.6:
                    s = self.quote_sentence(region)
                elif k < 0.8:
                    s = self.background_sentence(city, region, year)
                elif k < 0.9:
                    s = self.abroad_sentence(when)
                else:
                    s = (f"{cap(self.org())} said {when} that the investigation into the "
                         f"{pick(r, ['attack', 'riot', 'explosion', 'shooting'])} in {city} "
                         f"would be finished by mid-{pick(r, MONTHS)}.")
                sents.append(s)
            paragraphs.append(sents)
        if dateline:
            paragraphs[0][0] = dateline + paragraphs[0][0]
        tail = []
        if r.random() < 0.5:
            tail.append(pick(r, BOILERPLATE))
            if r.random() < 0.5:
                tail.append(pick(r, BOILERPLATE))
        if r.random() < 0.3:
            url = f"https://{pick(r, DOMAINS)}/news/{year}/{month:02d}/{day:02d}/{doc_no}-{city.lower()}"
            tail.append(pick(r, [f"Original url: {url}", f"<{url}>"]))
        published = f"{year}-{month:02d}-{day:02d}" if meta or dateline else None
        return headline, meta, paragraphs, tail, published, outlet

    def republish(self, art, doc_no):
        """A near-duplicate of an earlier article: another outlet, headline and
        dateline, one word changed, maybe a sentence dropped."""
        r = self.rng
        headline, meta, paragraphs, tail, published, _ = art
        outlet = pick(r, OUTLETS)
        paragraphs = [list(p) for p in paragraphs]
        if r.random() < 0.6:
            headline = "UPDATE: " + headline
        else:
            headline = headline.replace(" in ", " In ", 1) + pick(r, ["", " (Video)", " - Report"])
        flat = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
        if len(flat) > 3 and r.random() < 0.6:
            i, j = pick(r, flat[1:])
            del paragraphs[i][j]
            paragraphs = [p for p in paragraphs if p]
        i = int(r.random() * len(paragraphs))
        j = int(r.random() * len(paragraphs[i]))
        words = paragraphs[i][j].split(" ")
        w = int(r.random() * len(words))
        words[w] = pick(r, ["reportedly", "also", "the", "local", "several"])
        paragraphs[i][j] = " ".join(words)
        meta = [m for m in meta if not m.startswith("By ")] + [f"By {outlet}"]
        return headline, meta, paragraphs, tail[:1], published, outlet


def render(art, crlf=False):
    headline, meta, paragraphs, tail, _published, _outlet = art
    parts = [headline, *meta, ""]
    for p in paragraphs:
        parts.append(" ".join(p))
        parts.append("")
    parts.extend(tail)
    text = "\n".join(parts) + "\n"
    return text.replace("\n", "\r\n") if crlf else text


def size_label(mb):
    return f"{mb:g}"


def corpus_dir(work, mb, lang="en"):
    """`<work>/<N>mb` for English, `<work>/ru-<N>mb` for Russian."""
    return Path(work) / (f"{size_label(mb)}mb" if lang == "en" else f"{lang}-{size_label(mb)}mb")


def generate_raw(out, mb, lang="en"):
    """Writes raw/*.txt and sentences.gen.jsonl for about `mb` MB of text
    (UTF-8 bytes) in `lang` (en: Writer; ru: corpus_ru.RuWriter)."""
    target = int(mb * 1_000_000)
    # Same prefix at every size: 10 MB is a prefix of 200 MB.
    rng = random.Random(SEED if lang == "en" else SEED_RU)
    writer = Writer(rng) if lang == "en" else corpus_ru.RuWriter(rng)
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    recent = []
    total = 0
    docs = 0
    sentences = 0
    dups = 0
    planted = 0
    gen_lines = []
    with open(out / "sentences.gen.jsonl", "w", encoding="utf-8") as gen:
        while total < target:
            if recent and rng.random() < 0.1:
                art = writer.republish(pick(rng, recent), docs)
                dups += 1
            else:
                art = writer.article(docs)
                recent.append(art)
                if len(recent) > 50:
                    recent.pop(0)
            text = render(art, crlf=rng.random() < 0.03)
            name = f"{docs:06d}"
            data = text.encode("utf-8")
            with open(raw / f"{name}.txt", "wb") as f:
                f.write(data)
            total += len(data)
            headline, _meta, paragraphs, _tail, published, outlet = art
            base = {"doc": name} if lang == "en" else {"doc": name, "lang": lang}
            base["title"] = headline
            if published:
                base["published"] = published
            base["source"] = outlet
            sent = 0
            for para, sents in enumerate(paragraphs, start=1):
                for s in sents:
                    planted += getattr(s, "claims", 0)
                    rec = dict(base, para=para, sent=sent, text=s)
                    gen_lines.append(json.dumps(rec, ensure_ascii=False))
                    sent += 1
            sentences += sent
            docs += 1
            if len(gen_lines) > 5000:
                gen.write("\n".join(gen_lines) + "\n")
                gen_lines.clear()
        if gen_lines:
            gen.write("\n".join(gen_lines) + "\n")
    info = {"lang": lang, "docs": docs, "raw_bytes": total, "republished": dups,
            "gen_sentences": sentences}
    if lang != "en":
        # Casualty figures the writer put in the text (republications count
        # again): what kz-numbers should roughly find.
        info["planted_claims"] = planted
    return info


def file_hash(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def raw_files(out):
    return sorted(p.name for p in (out / "raw").iterdir() if p.suffix == ".txt")


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def big_args():
    """For a child whose command line holds every article file name: Linux
    allows argv a quarter of the stack limit (2 MB by default, less than the
    names of a 200 MB corpus), so raise the child's stack limit."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    want = 256 << 20
    if soft != resource.RLIM_INFINITY and soft < want:
        resource.setrlimit(resource.RLIMIT_STACK, (want if hard == resource.RLIM_INFINITY
                                                   else min(want, hard), hard))


def run_to_file(argv, out_path, cwd=None, stdin_path=None):
    """Runs argv with stdout to out_path; returns (ok, stderr text)."""
    tmp = Path(str(out_path) + ".tmp")
    with open(tmp, "wb") as out, \
            (open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb")) as inp:
        try:
            proc = subprocess.run(argv, stdin=inp, stdout=out, stderr=subprocess.PIPE, cwd=cwd,
                                  preexec_fn=big_args)
        except OSError as e:
            tmp.unlink()
            return False, f"cannot start {argv[0]}: {e}"
    if proc.returncode != 0 or tmp.stat().st_size == 0:
        tmp.unlink()
        return False, proc.stderr.decode("utf-8", "replace").strip() or f"exit {proc.returncode}"
    tmp.replace(out_path)
    return True, ""


def ensure_corpus(mb, work, bin_dir, log=print, lang="en"):
    """Makes (or reuses) the corpus of `mb` MB in `lang` under `work`; returns
    its info dict, with the paths of the inputs each benchmark uses."""
    if lang not in LANGS:
        raise ValueError(f"no corpus writer for language {lang!r} (have {', '.join(LANGS)})")
    out = corpus_dir(work, mb, lang)
    out.mkdir(parents=True, exist_ok=True)
    info_path = out / "corpus.json"
    info = json.loads(info_path.read_text()) if info_path.exists() else {}
    stamp = f"{SCRIPT_HASH}:{lang}:{mb}"
    if info.get("stamp") != stamp or not (out / "raw").is_dir():
        log(f"gen_corpus: writing {size_label(mb)} MB of {lang} articles to {out}/raw")
        info = generate_raw(out, mb, lang)
        info["stamp"] = stamp
        info_path.write_text(json.dumps(info, indent=1))
    bin_dir = Path(bin_dir)

    def tool_hash(name):
        p = bin_dir / name
        return file_hash(p) if p.exists() else "missing"

    # sentences.jsonl: kz-split's output, or the generator's sentences if
    # kz-split cannot make them (a stub, a crash, not built).
    split_stamp = f"{stamp}:{tool_hash('kz-split')}"
    if info.get("sentences_stamp") != split_stamp or not (out / "sentences.jsonl").exists():
        names = raw_files(out)
        ok, err = False, "kz-split is not built"
        if (bin_dir / "kz-split").exists():
            log(f"gen_corpus: kz-split on {len(names)} files -> sentences.jsonl")
            ok, err = run_to_file([str((bin_dir / "kz-split").resolve()), *names],
                                  out / "sentences.jsonl", cwd=out / "raw")
        if ok:
            info["sentences_from"] = "kz-split"
        else:
            log(f"gen_corpus: kz-split failed ({err.splitlines()[0][:200]}); "
                "using the generator's own sentences")
            shutil.copyfile(out / "sentences.gen.jsonl", out / "sentences.jsonl")
            info["sentences_from"] = "generator (kz-split failed: " + err.splitlines()[0][:120] + ")"
        info["sentences"] = count_lines(out / "sentences.jsonl")
        info["sentences_bytes"] = (out / "sentences.jsonl").stat().st_size
        info["sentences_stamp"] = split_stamp
        info.pop("annotated_stamp", None)
        info_path.write_text(json.dumps(info, indent=1))

    # annotated.jsonl: what kz-timeline's aggregate reads after the others.
    chain = ["kz-entities", "kz-numbers", "kz-timeline"]
    ann_stamp = split_stamp + ":" + ":".join(tool_hash(t) for t in chain)
    if info.get("annotated_stamp") != ann_stamp or not (out / "annotated.jsonl").exists():
        log("gen_corpus: sentences | kz-entities | kz-numbers | kz-timeline --annotate -> annotated.jsonl")
        src = out / "sentences.jsonl"
        steps = [("kz-entities", []), ("kz-numbers", []), ("kz-timeline", ["--annotate"])]
        notes = []
        for i, (tool, args) in enumerate(steps):
            dst = out / f"annotated.step{i}.jsonl"
            ok, err = False, "not built"
            if (bin_dir / tool).exists():
                ok, err = run_to_file([str(bin_dir / tool), *args, str(src)], dst)
            if not ok:
                notes.append(f"{tool} failed: {err.splitlines()[0][:120]}")
                shutil.copyfile(src, dst)
            if src.name.startswith("annotated.step"):
                src.unlink()
            src = dst
        src.replace(out / "annotated.jsonl")
        info["annotated_notes"] = notes
        info["annotated_bytes"] = (out / "annotated.jsonl").stat().st_size
        info["annotated"] = count_lines(out / "annotated.jsonl")
        info["dated"] = count_dated(out / "annotated.jsonl")
        info["annotated_stamp"] = ann_stamp
        info_path.write_text(json.dumps(info, indent=1))
    info["dir"] = str(out)
    return info


def count_dated(path):
    """Records whose `times` holds at least one resolved value."""
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if '"times"' not in line:
                continue
            try:
                times = json.loads(line).get("times")
            except ValueError:
                continue
            if isinstance(times, list) and any(isinstance(t, dict) and t.get("value") for t in times):
                n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[10.0, 200.0], help="corpus sizes in MB")
    ap.add_argument("--work-dir", default=str(REPO / "target" / "bench"), help="where corpora go")
    ap.add_argument("--bin-dir", default=str(REPO / "target" / "release"), help="where the kz binaries are")
    ap.add_argument("--lang", nargs="+", choices=LANGS, default=["en"],
                    help="languages of the corpora (default: en; ru goes to <work-dir>/ru-<N>mb)")
    args = ap.parse_args()
    for lang in args.lang:
        for mb in args.sizes:
            info = ensure_corpus(mb, args.work_dir, args.bin_dir,
                                 log=lambda m: print(m, file=sys.stderr), lang=lang)
            print(json.dumps({"size_mb": mb, **{k: v for k, v in info.items() if "stamp" not in k}}))


if __name__ == "__main__":
    main()
