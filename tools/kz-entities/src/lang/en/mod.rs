//! English: the rules that find and type the names no list has from their
//! English context (titles, roles, head words such as Ministry or Square,
//! `in X`, `the city of X`), with their word lists in [`words`].

pub mod words;

pub(crate) use words::*;

use crate::gazetteer::Kind;
use crate::recognize::{is, surface, title_case_run, unknown, Recognizer, Remembered, Span, UNCOVERED};
use crate::skeleton::Skeletons;
use crate::tokens::{tokenize, Sep, Token};

impl Recognizer {
    /// Known names refined by their English context.
    pub(crate) fn refine_known_en(&mut self, text: &str, tokens: &[Token]) {
        self.refine_spans_en(text, tokens);
        // (Each pass below is about a few kinds of names: it runs only when
        // the text has one. This runs on every sentence.)
        let (mut body, mut building, mut place_before_lower) = (false, false, false);
        for span in self.spans.iter().filter(|s| s.live) {
            let Some(e) = span.entry else { continue };
            let e = self.gazetteer.entry(e);
            body |= e.kind == Kind::Org && (e.kazakh_body || e.state_body);
            building |= e.building;
            place_before_lower |= e.kind == Kind::Gpe
                && tokens.get(span.last).is_some_and(|t| {
                    t.sep == Sep::Space
                        && if t.cap {
                            t.text(text) == "Region" || feature_after(text, tokens, span.last).is_some()
                        } else {
                            AFTER_PLACE.has(t, text)
                        }
                });
        }
        if body {
            self.bodies_of_places_en(text, tokens);
        }
        if self.body_heads {
            self.lower_case_bodies_en(text, tokens);
        }
        if place_before_lower {
            self.designated_places_en(text, tokens);
        }
        if building {
            self.buildings_en(text, tokens);
        }
    }

    /// `Ministry of Health of Kyrgyzstan`, `State Committee for National
    /// Security of the Republic`: a known body with the place it serves
    /// written after it.
    #[inline(never)]
    fn bodies_of_places_en(&mut self, text: &str, tokens: &[Token]) {
        for s in 0..self.spans.len() {
            let candidate = &self.spans[s];
            if !candidate.live || candidate.kind != Kind::Org || candidate.entry.is_none() {
                continue;
            }
            let span = candidate.clone();
            let Some(entry) = span.entry else { continue };
            if let Some(designator) = self.shared_designator_en(text, tokens, span.last) {
                self.coordinated_region_en(s, designator);
                continue;
            }
            let e = self.gazetteer.entry(entry);
            if !(e.kazakh_body || e.state_body) {
                continue;
            }
            let word = |k: usize| tokens.get(k).filter(|t| t.sep == Sep::Space).map(|t| t.text(text));
            if word(span.last) != Some("of") || tokens[span.last - 1].possessive {
                continue;
            }
            let mut k = span.last + 1;
            if word(k) == Some("the") {
                k += 1;
            }
            let Some(t) = tokens.get(k).filter(|t| t.sep == Sep::Space) else { continue };
            let (end, place) = if self.covered[k] == UNCOVERED {
                // `of the Republic` (capitalised: the report's own country).
                if t.text(text) != "Republic" {
                    continue;
                }
                match self.document_country().filter(|c| c != "Kazakhstan" || !e.kazakh_body) {
                    Some(c) => (k + 1, c),
                    None => continue,
                }
            } else {
                let c = self.covered[k];
                let other = self.spans[c as usize].clone();
                let Some((place, code)) =
                    self.place_at(k).filter(|_| other.first == k && other.kind == Kind::Gpe)
                else {
                    continue;
                };
                if code.as_deref() == Some("KZ") && e.kazakh_body {
                    continue;
                }
                self.drop_span(c);
                (other.last, place)
            };
            let name = body_of(&self.gazetteer.entry(entry).name, &place);
            self.drop_span(s as u32);
            self.push(unknown(span.first, end, Kind::Org, name));
        }
    }

    fn refine_spans_en(&mut self, text: &str, tokens: &[Token]) {
        // A known body or square preceded by capitalised words no list has
        // is part of a longer name (`Collective Security Council`); a Kazakh
        // body named with another country is that country's (`US Senate`).
        for s in 0..self.spans.len() {
            let span = self.spans[s].clone();
            // `Aidar Kassymov` is not Kalmukhanbet Kassymov; `Madina Seitova`
            // is a person, not the city of Medina.
            if span.last - span.first == 1 && matches!(span.kind, Kind::Person | Kind::Gpe | Kind::Norp) {
                // (Each test is made only for the kind it is about: this runs
                // on every known name.)
                let before_name = || {
                    span.first > 0
                        && tokens[span.first].sep == Sep::Space
                        && !tokens[span.first - 1].possessive
                        && self.covered[span.first - 1] == UNCOVERED
                        && title_case_run(text, tokens, span.first - 1, span.first)
                        && !STARTERS.has(&tokens[span.first - 1], text)
                        && !TITLES.has(&tokens[span.first - 1], text)
                        && !MONTHS_AND_DAYS.has(&tokens[span.first - 1], text)
                        && !verb_like(tokens[span.first - 1].text(text))
                };
                let after_surname = || {
                    tokens.get(span.last).is_some_and(|t| {
                        t.sep == Sep::Space
                            && !tokens[span.last - 1].possessive
                            && self.covered[span.last] == UNCOVERED
                            && title_case_run(text, tokens, span.last, span.last + 1)
                            && (has_surname_ending(t.text(text)) || role_after(text, tokens, span.last + 1))
                    })
                };
                let surname_after = || {
                    tokens.get(span.last).is_some_and(|t| {
                        t.sep == Sep::Space
                            && !tokens[span.last - 1].possessive
                            && self.covered[span.last] == UNCOVERED
                            && title_case_run(text, tokens, span.last, span.last + 1)
                            && has_surname_ending(t.text(text))
                    })
                };
                let e = span.entry.map(|e| self.gazetteer.entry(e));
                let foreign_or_weak =
                    e.is_some_and(|e| e.kind == Kind::Gpe && (e.weak || e.country.as_deref() != Some("KZ")));
                // `Islam Karimov`: a people's name that is also a given name.
                let weak_people = || {
                    span.kind == Kind::Norp
                        && e.is_some_and(|e| e.given_name)
                        && tokens.get(span.last).is_some_and(|t| {
                            t.sep == Sep::Space
                                && self.covered[span.last] == UNCOVERED
                                && has_surname_ending(t.text(text))
                        })
                };
                let drop = match span.kind {
                    Kind::Person => before_name(),
                    // (`Taras Kovalenko`: a Kazakh city's name is a given name too.)
                    Kind::Gpe => (foreign_or_weak && after_surname()) || surname_after(),
                    _ => weak_people(),
                };
                if drop {
                    self.drop_span(s as u32);
                    continue;
                }
            }
            if !matches!(span.kind, Kind::Org | Kind::Fac) || span.first == 0 {
                continue;
            }
            let p = span.first - 1;
            if tokens[span.first].sep != Sep::Space {
                continue;
            }
            // `Kyrgyzstan's Ministry of Health`: the body of that place.
            if tokens[p].possessive {
                if let (Some(entry), Some(owner)) = (span.entry, self.place_at(p)) {
                    let e = self.gazetteer.entry(entry);
                    if (e.kazakh_body || e.state_body) && owner.1.as_deref() != Some("KZ") {
                        let name = body_of(&e.name, &owner.0);
                        self.drop_span(s as u32);
                        self.push(Span { entry: None, name: Some(name), id: None, live: true, ..span });
                    }
                }
                continue;
            }
            let before = tokens[p].text(text);
            if self.covered[p] == UNCOVERED {
                if name_word(text, &tokens[p]) && !STARTERS.contains(before) && !TITLES.contains(before) {
                    self.drop_span(s as u32);
                }
            } else if let Some(entry) = span.entry {
                let other = &self.spans[self.covered[p] as usize];
                let foreign = other.entry.is_some_and(|o| {
                    let o = self.gazetteer.entry(o);
                    (o.kind == Kind::Gpe && o.country.as_deref().is_some_and(|c| c != "KZ"))
                        || (o.kind == Kind::Norp && o.name != "Kazakh")
                });
                let e = self.gazetteer.entry(entry);
                if (e.kazakh_body || e.state_body) && foreign && other.last == span.first {
                    let first = other.first;
                    let other_index = self.covered[p];
                    // `Kyrgyz Ministry of Health` → `Ministry of Health of Kyrgyzstan`.
                    let name = other
                        .entry
                        .map(|o| self.gazetteer.entry(o))
                        .and_then(|o| match o.kind {
                            Kind::Norp => o.country.as_deref().and_then(|c| self.gazetteer.country_name(c)),
                            _ => Some(o.name.as_str()),
                        })
                        .map(|country| body_of(&e.name, country))
                        .unwrap_or_else(|| surface(text, tokens, first, span.last));
                    self.drop_span(other_index);
                    self.drop_span(s as u32);
                    self.push(Span {
                        first,
                        last: span.last,
                        kind: Kind::Org,
                        entry: None,
                        name: Some(name),
                        id: None,
                        live: true,
                    });
                }
            }
        }
    }

    /// Bodies written in lower case by their domain, after the country or
    /// people they belong to or `the`: `Kyrgyz health ministry` → `Ministry
    /// of Health of Kyrgyzstan`, `Kyrgyzstan's border guard service`, `the
    /// justice ministry`.
    #[inline(never)]
    fn lower_case_bodies_en(&mut self, text: &str, tokens: &[Token]) {
        for h in 1..tokens.len() {
            let t = &tokens[h];
            if !t.head || self.covered[h] != UNCOVERED {
                continue;
            }
            // Only after a people, a place or `the` (`Kyrgyz health ministry`,
            // `Tajikistan's border guard service`, `the justice ministry`).
            let context = |s: usize| {
                let p = s - 1;
                tokens[p].possessive
                    || tokens[p].text(text) == "the"
                    || (self.covered[p] != UNCOVERED
                        && matches!(self.spans[self.covered[p] as usize].kind, Kind::Norp | Kind::Gpe))
            };
            let mut found = None;
            for s in h.saturating_sub(3).max(1)..h {
                let lower = (s..=h).all(|k| !tokens[k].cap && self.covered[k] == UNCOVERED);
                if !lower || (s + 1..=h).any(|k| tokens[k].sep != Sep::Space) || !context(s) {
                    continue;
                }
                let mut words = [tokens[s]; 4];
                let n = h + 1 - s;
                words[..n].copy_from_slice(&tokens[s..=h]);
                for w in &mut words[..n] {
                    if w.hash == 0 {
                        w.hash = self.skeletons.hash(w.text(text));
                    }
                }
                let words = &words[..n];
                if let Some(m) = self.gazetteer.longest_at(text, words, 0) {
                    let e = self.gazetteer.entry(m.entry);
                    if m.last == words.len() && e.kind == Kind::Org && (e.kazakh_body || e.state_body) {
                        found = Some((s, m.entry));
                        break;
                    }
                }
            }
            let Some((s, entry)) = found else { continue };
            let p = s - 1;
            if tokens[s].sep != Sep::Space && !tokens[p].possessive {
                continue;
            }
            match self.place_at(p) {
                Some((place, code)) => {
                    let name = match code.as_deref() {
                        Some("KZ") => self.gazetteer.entry(entry).name.clone(),
                        _ => body_of(&self.gazetteer.entry(entry).name, &place),
                    };
                    let first = if tokens[p].possessive {
                        s
                    } else {
                        let c = self.covered[p];
                        let first = self.spans[c as usize].first;
                        self.drop_span(c);
                        first
                    };
                    self.push(unknown(first, h + 1, Kind::Org, name));
                }
                // Only a ministry is a body named with a bare `the` (`the
                // state security service` may be any service).
                None if tokens[p].text(text) == "the" && tokens[h].text(text) == "ministry" => {
                    self.push(Span {
                        first: s,
                        last: h + 1,
                        kind: Kind::Org,
                        entry: Some(entry),
                        name: None,
                        id: None,
                        live: true,
                    });
                }
                None => {}
            }
        }
    }

    /// A known city with a designator after it is the area it names:
    /// `Batken district` → `Batken District`; a Russian city's `region`
    /// is its oblast (`Orenburg region`: the mention `Orenburg`, named
    /// `Orenburg Oblast`, as the seed gold has it).
    #[inline(never)]
    fn designated_places_en(&mut self, text: &str, tokens: &[Token]) {
        for s in 0..self.spans.len() {
            let candidate = &self.spans[s];
            if !candidate.live || candidate.kind != Kind::Gpe || candidate.entry.is_none() {
                continue;
            }
            let span = candidate.clone();
            let Some(entry) = span.entry else { continue };
            if let Some(designator) = self.shared_designator_en(text, tokens, span.last) {
                self.coordinated_region_en(s, designator);
                continue;
            }
            // `the Bryansk region`: a Russian city's region is its oblast
            // (the mention stays the city's word; krais are left alone).
            let e = self.gazetteer.entry(entry);
            if e.country.as_deref() == Some("RU")
                && e.lat.is_some()
                && !e.id.as_deref().is_some_and(|id| id.starts_with("iso3166-2:"))
                && !is(&e.name, KRAI_CENTRES)
                && designator_after(text, tokens, span.last) == Some("Region")
                && self.covered.get(span.last) == Some(&UNCOVERED)
            {
                let name = format!("{} Oblast", e.name);
                self.spans[s].name = Some(name);
                continue;
            }
            let e = self.gazetteer.entry(entry);
            // `Rasht Valley`, `Vakhsh River`: a place before a feature word
            // in title case is the feature.
            if tokens.get(span.last).is_some_and(|t| t.sep == Sep::Space && t.cap)
                && !e.name.ends_with(" Region")
                && self.covered[span.last] == UNCOVERED
            {
                if let Some(feature) = feature_after(text, tokens, span.last) {
                    let name = format!("{} {feature}", e.name);
                    self.drop_span(s as u32);
                    self.push(unknown(span.first, span.last + 1, Kind::Loc, name));
                    continue;
                }
            }
            // (All below need a lower-case word after the place.)
            if !tokens.get(span.last).is_some_and(|t| t.sep == Sep::Space && !t.cap && !t.digit) {
                continue;
            }
            if e.lat.is_none() || e.name.ends_with(" Region") {
                continue;
            }
            let russian = e.country.as_deref() == Some("RU");
            // `Bishkek airport`, `Dushanbe international airport`.
            if let Some((end, head)) = facility_after(text, tokens, span.last) {
                if (span.last..end).all(|k| self.covered[k] == UNCOVERED) && head.ends_with("Airport") {
                    let name = format!("{} {head}", e.name);
                    self.drop_span(s as u32);
                    self.push(unknown(span.first, end, Kind::Fac, name));
                    continue;
                }
            }
            if let Some(feature) = feature_after(text, tokens, span.last) {
                if self.covered[span.last] == UNCOVERED {
                    let name = format!("{} {feature}", e.name);
                    self.drop_span(s as u32);
                    self.push(unknown(span.first, span.last + 1, Kind::Loc, name));
                    continue;
                }
            }
            let region = e.id.as_deref().is_some_and(|id| id.starts_with("iso3166-2:"));
            let Some(designator) = designator_after(text, tokens, span.last).filter(|_| !region) else {
                continue;
            };
            if russian || designator == "Oblast" || self.covered[span.last] != UNCOVERED {
                continue; // `X oblast` is made when the mention is written
            }
            let name = format!("{} {designator}", e.name);
            self.drop_span(s as u32);
            self.push(unknown(span.first, span.last + 1, Kind::Gpe, name));
        }
    }

    /// `the Osh and Jalal-Abad regions`, `Sughd, Khatlon and Batken
    /// provinces`: after the place that ends before word `k`, more known
    /// places joined by `and`, `or` or commas, then a plural designator,
    /// which each of them takes: the designator in the singular.
    fn shared_designator_en(&self, text: &str, tokens: &[Token], mut k: usize) -> Option<&'static str> {
        for _ in 0..6 {
            let t = tokens.get(k)?;
            let between = text[tokens[k - 1].end..t.start].trim();
            if between.is_empty() && t.sep == Sep::Space && !t.cap {
                let w = t.text(text);
                if let Some(d) = plural_designator(w) {
                    return Some(d);
                }
                if !matches!(w, "and" | "or") {
                    return None;
                }
                k += 1;
            } else if between == "," {
                // (`, and`)
                if tokens.get(k).is_some_and(|t| matches!(t.text(text), "and" | "or") && !t.cap) {
                    k += 1;
                }
            } else {
                return None;
            }
            // The next known place.
            let c = *self.covered.get(k)?;
            let next = self.spans.get(c as usize).filter(|s| s.first == k && s.kind == Kind::Gpe)?;
            next.entry?;
            k = next.last;
        }
        None
    }

    /// Span `s`, a known place, names its area `designator` (`Osh` of `the
    /// Osh and Jalal-Abad regions`): the gazetteer's area by that name if
    /// there is one (`Osh Region`), a Russian city's oblast, else the
    /// place's name and the designator (`Batken District`).
    fn coordinated_region_en(&mut self, s: usize, designator: &'static str) {
        let Some(entry) = self.spans[s].entry else { return };
        let e = self.gazetteer.entry(entry);
        if e.lat.is_none()
            || e.name.ends_with(" Region")
            || e.id.as_deref().is_some_and(|id| id.starts_with("iso3166-2:"))
        {
            return;
        }
        let phrase = format!("{} {designator}", e.name);
        let russian = e.country.as_deref() == Some("RU");
        let oblast = format!("{} Oblast", e.name);
        let known = self.lookup_phrase(&phrase).filter(|&x| self.gazetteer.entry(x).kind == Kind::Gpe);
        let known = known.or_else(|| {
            (russian && designator == "Region")
                .then(|| self.lookup_phrase(&oblast))
                .flatten()
                .filter(|&x| self.gazetteer.entry(x).kind == Kind::Gpe)
        });
        let span = &mut self.spans[s];
        match known {
            Some(x) => span.entry = Some(x),
            None if russian && designator == "Region" => span.name = Some(oblast),
            None => {
                let (first, last) = (span.first, span.last);
                self.drop_span(s as u32);
                self.push(unknown(first, last, Kind::Gpe, phrase));
            }
        }
    }

    /// A seat of power named by its building: the building (FAC) where the
    /// text places something at it (`outside the White House`, `stormed the
    /// Kremlin`), the body (ORG) where it speaks (`the Kremlin said`).
    #[inline(never)]
    fn buildings_en(&mut self, text: &str, tokens: &[Token]) {
        const AT: &[&str] = &[
            "at",
            "in",
            "inside",
            "outside",
            "near",
            "into",
            "to",
            "from",
            "around",
            "toward",
            "towards",
            "front",
            "stormed",
            "seized",
            "occupied",
            "entered",
            "captured",
            "surrounded",
            "attacked",
            "besieged",
            "burned",
            "torched",
            "took",
            "storming",
            "seizing",
            "seizure",
            "storm",
            "gates",
            "walls",
        ];
        for span in self.spans.iter_mut().filter(|s| s.live) {
            let Some(e) = span.entry.map(|e| self.gazetteer.entry(e)) else { continue };
            if !e.building {
                continue;
            }
            let mut k = span.first;
            let mut before = None;
            while k > 0 && span.first - k < 3 {
                k -= 1;
                let w = tokens[k].text(text);
                if !is(w, &["the", "of"]) {
                    before = Some(w);
                    break;
                }
            }
            let speaks = tokens.get(span.last).is_some_and(|t| is(t.text(text), SAYS) || ROLES.has(t, text));
            if !speaks && before.is_some_and(|w| is(w, AT)) {
                span.kind = Kind::Fac;
            }
        }
    }

    /// Pass 2: capitalised runs that no list has, typed from their context.
    pub(crate) fn unknown_names(&mut self, text: &str, tokens: &[Token], headline: bool) {
        let n = tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i] != UNCOVERED || !name_word(text, &tokens[i]) {
                i += 1;
                continue;
            }
            if !headline {
                if let Some(end) = self.initials_en(text, tokens, i) {
                    i = end;
                    continue;
                }
            }
            let mut b = i + 1;
            while b < n
                && self.covered[b] == UNCOVERED
                && matches!(tokens[b].sep, Sep::Space | Sep::Hyphen)
                && !tokens[b - 1].possessive
                && name_word(text, &tokens[b])
                && !FUNCTION_WORDS.has(&tokens[b], text)
            {
                b += 1;
            }
            self.unknown_run(text, tokens, i, b, headline);
            i = b;
        }
    }

    fn unknown_run(&mut self, text: &str, tokens: &[Token], a: usize, b: usize, headline: bool) {
        let mut a = a;
        if self.short_form(tokens, a, b) {
            return;
        }
        if headline {
            return;
        }
        // Sentence starters at the start of a sentence, articles and
        // prepositions anywhere (`The`, `In` of `In Almaty`).
        while a < b
            && ((tokens[a].initial && STARTERS.has(&tokens[a], text))
                || (a + 1 < b && FUNCTION_WORDS.has(&tokens[a], text)))
        {
            a += 1;
        }
        // A title before the name (`Interior Minister X`) unless an
        // organisation word comes after it (`Jambyl Defence Front`).
        let mut titled = false;
        let last_head = (a..b).rev().find(|&k| ORG_HEADS.has(&tokens[k], text));
        // A role word opening a sentence is a title too (`Journalist X was
        // detained`, `Activists X and Y left`).
        // A plural only before a name with a surname ending (not `Doctors
        // Without Borders`).
        let opening_role = |t: usize| {
            let w = tokens[t].text(text);
            t == a
                && tokens[t].initial
                && (ROLES.contains(w) || (role_word(w) && has_surname_ending(tokens[b - 1].text(text))))
        };
        // (`City Emergency Hospital` is a hospital, not a person titled Emergency.)
        let fac_last = FAC_HEADS.has(&tokens[b - 1], text);
        if let Some(t) = (a..b).rev().find(|&t| TITLES.has(&tokens[t], text) || opening_role(t)) {
            if !(matches!(last_head, Some(h) if h > t) || fac_last && t + 1 < b) {
                titled = true;
                a = t + 1;
            }
        }
        if a >= b {
            return;
        }
        if self.short_form(tokens, a, b)
            || (b - a == 1 && !self.given.is_empty() && self.given_form(tokens, a))
        {
            return;
        }
        let lone_initial = b - a == 1 && tokens[a].initial;
        let has_org_head = (a..b).any(|k| ORG_HEADS.has(&tokens[k], text));
        let fac_head = fac_last;
        let next = |k: usize| tokens.get(k).filter(|t| t.sep == Sep::Space && !tokens[k - 1].possessive);
        let next_word = |k: usize| next(k).map(|t| t.text(text)).unwrap_or("");

        let all_caps = (a..b).all(|k| tokens[k].upper);
        if has_org_head && !titled && !all_caps {
            let (first, last, absorbed) = self.extend_org(text, tokens, a, b);
            if last - first == 1 {
                return; // a lone `Office` or `Department` names nothing
            }
            // An office of an international body keeps its own name (`OSCE
            // Programme Office in Bishkek`); a part named after its body is
            // the body (`CSTO Secretariat`).
            let office = (first..last).any(|k| OFFICES.has(&tokens[k], text));
            let (mut name, id) = match absorbed {
                Some(r) if !office => (r.name, r.id),
                _ => (surface(text, tokens, first, last), None),
            };
            // `Dagestan's Public Monitoring Commission`: the body of that place.
            if first > 0 && tokens[first - 1].possessive && id.is_none() {
                if let Some((place, _)) = self.place_at(first - 1) {
                    if !name.contains(&place) {
                        name = format!("{name} of {place}");
                    }
                }
            }
            // `RFE/RL's Kazakh Service`: a broadcaster's language service.
            if first > 0 && tokens[first - 1].possessive && is(tokens[last - 1].text(text), &["service"]) {
                if let Some(outlet) = self.org_at(first - 1) {
                    name = format!("{outlet}'s {name}");
                }
            }
            let remembered = Remembered { kind: Kind::Org, name: name.clone(), id: id.clone() };
            self.push(Span { first, last, kind: Kind::Org, entry: None, name: Some(name), id, live: true });
            self.remember_acronym(text, tokens, last, remembered);
            return;
        }
        if fac_head && !titled {
            // (The country of a people or a country before an embassy.)
            let own = (a > 0 && b - a == 1 && is(tokens[a].text(text), &["embassy", "consulate"]))
                .then(|| self.place_at(a - 1))
                .flatten();
            let first = self.absorb_left(tokens, a, &[Kind::Gpe, Kind::Norp, Kind::Person]);
            if b - first == 1 {
                return; // a lone `Embassy` or `Square` names nothing
            }
            let name = match own.filter(|_| first < a) {
                Some((country, _)) => self.embassy_name(text, tokens, &tokens[a], &country, b),
                None => surface(text, tokens, first, b),
            };
            self.push(unknown(first, b, Kind::Fac, name));
            return;
        }
        // X oblast, X region, X district: the whole is the place; X city,
        // X village: the place is X; X river: a natural feature; Ala-Too
        // square, Crocus concert hall: a facility written in lower case.
        // (All need a lower-case word after the name.)
        let lower_after = tokens.get(b).is_some_and(|t| t.sep == Sep::Space && !t.cap && !t.digit);
        if lower_after && title_case_run(text, tokens, a, b) {
            let name = surface(text, tokens, a, b);
            if let Some(designator) = designator_after(text, tokens, b) {
                self.push(unknown(a, b + 1, Kind::Gpe, format!("{name} {designator}")));
                return;
            }
            if is(next_word(b), PLACE_AFTER) {
                self.push(unknown(a, b, Kind::Gpe, name));
                return;
            }
            if let Some(feature) = feature_after(text, tokens, b) {
                self.push(unknown(a, b + 1, Kind::Loc, format!("{name} {feature}")));
                return;
            }
            if let Some((end, head)) = facility_after(text, tokens, b) {
                self.push(unknown(a, end, Kind::Fac, format!("{name} {head}")));
                return;
            }
        }
        // A company by its shape (`Zhaikmunai`, `KazTransOil`), a channel
        // or agency by a number or TV after its name (`Astana-24`, `Era TV`):
        // not a person's name.
        if b - a == 1 && company_shape(tokens[a].text(text)) {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Org, name));
            return;
        }
        if let Some(end) = media_number(text, tokens, a, b) {
            let name = surface(text, tokens, a, end);
            self.push(unknown(a, end, Kind::Org, name));
            return;
        }
        // MIR TV channel, Steppe news agency.
        let mut k = b;
        if next_word(k).eq_ignore_ascii_case("tv") || next_word(k).eq_ignore_ascii_case("news") {
            k += 1;
        }
        if k < tokens.len() && ORG_AFTER.contains(next_word(k)) {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Org, name));
            return;
        }
        if !title_case_run(text, tokens, a, b) || b - a > 4 {
            return;
        }
        let role_before = a > 0
            && !titled
            && tokens[a].sep == Sep::Space
            && role_word(tokens[a - 1].text(text))
            && !tokens[a - 1].cap;
        // `ambassador to Kyrgyzstan Hasan Zaigham`: a role with its place between.
        let role_of_place = a > 2 && !titled && tokens[a].sep == Sep::Space && {
            let c = self.covered[a - 1];
            c != UNCOVERED && {
                let span = &self.spans[c as usize];
                span.kind.is_place()
                    && span.first >= 2
                    && is(tokens[span.first - 1].text(text), &["to", "of", "in"])
                    && role_word(tokens[span.first - 2].text(text))
            }
        };
        // `— Dana Aliyeva (@dana_a)`: the signature of a post.
        let handle_after = b - a >= 2 && text[tokens[b - 1].end..].starts_with(" (@");
        let says_after = b - a >= 2 && is(next_word(b), SAYS);
        // `said Hugh Williamson, …`, `according to Rustam Bakirov`.
        let says_before = b - a >= 2
            && a > 0
            && tokens[a].sep == Sep::Space
            && !tokens[a - 1].cap
            && (is(tokens[a - 1].text(text), SAYS)
                || (a > 1 && tokens[a - 1].text(text) == "to" && tokens[a - 2].text(text) == "according"));
        // `Askar Uzakbayuly Mamin`, `Serik Kairatovich Bolatov`: a patronymic
        // between two names.
        let patronymic = b - a >= 3 && (a + 1..b - 1).any(|k| is_patronymic(tokens[k].text(text)));
        // `Palaev Kulmahmad Karimovich`: surname, given name, patronymic.
        let reversed =
            b - a == 3 && is_patronymic(tokens[b - 1].text(text)) && has_surname_ending(tokens[a].text(text));
        let person = titled
            || role_before
            || role_of_place
            || handle_after
            || says_after
            || says_before
            || patronymic
            || reversed
            || role_after(text, tokens, b);
        if person && !(lone_initial && !titled && !role_after(text, tokens, b)) {
            self.push_person(text, tokens, a, b);
            return;
        }
        if lone_initial {
            return;
        }
        if place_cue(text, tokens, a, b) && b - a <= 3 {
            let name = surface(text, tokens, a, b);
            self.push(unknown(a, b, Kind::Gpe, name));
            return;
        }
        if (2..=3).contains(&(b - a)) && has_surname_ending(tokens[b - 1].text(text)) {
            self.push_person(text, tokens, a, b);
            return;
        }
        // `Rakhimov Farrukh`: a surname in -ov/-ev written first, as
        // official lists do.
        let first = tokens[a].text(text);
        if b - a == 2
            && first.len() >= 5
            && ["ov", "ev", "ova", "eva"].iter().any(|e| first.ends_with(e))
            && tokens[a + 1].sep == Sep::Space
            && !tokens[a + 1].upper
            && !has_surname_ending(tokens[a + 1].text(text))
        {
            self.push_person(text, tokens, a, b);
        }
    }

    /// `A.B. Zhumabekov`, `S. Nurlanov`: initials before a surname. The end
    /// of the name.
    #[inline(never)]
    fn initials_en(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        let initial = |k: usize| {
            let t = &tokens[k];
            t.upper_letter(text) && text[t.end..].starts_with('.')
        };
        let mut k = i;
        while k + 1 < tokens.len() && initial(k) && text[tokens[k].end..tokens[k + 1].start].trim() == "." {
            k += 1;
        }
        let t = &tokens[k];
        let surname = t.text(text);
        if k == i
            || self.covered[k] != UNCOVERED
            || !title_case_run(text, tokens, k, k + 1)
            || surname.len() < 3
            || STARTERS.contains(surname)
            || MONTHS_AND_DAYS.contains(surname)
        {
            return None;
        }
        let name = text[tokens[i].start..t.end].to_string();
        self.memory.insert(t.hash, Remembered { kind: Kind::Person, name: name.clone(), id: None });
        self.push(unknown(i, k + 1, Kind::Person, name));
        Some(k + 1)
    }

    /// A person not in the gazetteer as written; remembered by surname. With
    /// a patronymic left out, the name may be a known person's
    /// (`Kassym-Jomart Kemeluly Tokayev`).
    #[inline(never)]
    fn push_person(&mut self, text: &str, tokens: &[Token], a: usize, b: usize) {
        if let Some(entry) = self.known_without_patronymic(text, tokens, a, b) {
            let e = self.gazetteer.entry(entry);
            let r = Remembered { kind: Kind::Person, name: e.name.clone(), id: e.id.clone() };
            self.memory.insert(tokens[b - 1].hash, r);
            self.push(Span {
                first: a,
                last: b,
                kind: Kind::Person,
                entry: Some(entry),
                name: None,
                id: None,
                live: true,
            });
            return;
        }
        let mut surname_at = b - 1;
        let word = |k: usize| tokens[k].text(text);
        // `Palaev Kulmahmad Karimovich` is Kulmahmad Palaev.
        // (`Mamatov Bakhodir`: a surname in -ov/-ev before a word that is
        // no surname is written first too.)
        let slavic = |w: &str| ["ov", "ev", "ova", "eva"].iter().any(|e| w.ends_with(e));
        let reversed = (b - a == 3 && is_patronymic(word(a + 2)) && has_surname_ending(word(a)))
            || (b - a == 2
                && slavic(word(a))
                && !has_surname_ending(word(a + 1))
                && !is_patronymic(word(a + 1))
                && tokens[a + 1].sep == Sep::Space
                && !tokens[a + 1].upper);
        let mut name = if reversed {
            surname_at = a;
            format!("{} {}", word(a + 1), word(a))
        } else {
            surface(text, tokens, a, b)
        };
        // A surname a known person bears keeps that person's spelling
        // (`Sayitek Atambaev` → `Sayitek Atambayev`).
        if b - a >= 2 {
            if let Some(known) = self.known_surname(tokens[surname_at].hash) {
                let written = tokens[surname_at].text(text);
                if known != written {
                    name = name.replacen(written, &known, 1);
                }
            }
            let r = Remembered { kind: Kind::Person, name: name.clone(), id: None };
            self.memory.insert(tokens[surname_at].hash, r.clone());
            let given_at = if surname_at == a { a + 1 } else { a };
            self.remember_given(tokens[given_at].hash, r);
        }
        self.push(unknown(a, b, Kind::Person, name));
    }

    /// The known person named by words `a..b` without their patronymic.
    #[inline(never)]
    fn known_without_patronymic(&self, text: &str, tokens: &[Token], a: usize, b: usize) -> Option<u32> {
        let k = (a + 1..b.checked_sub(1)?).find(|&k| is_patronymic(tokens[k].text(text)))?;
        // Rare: a patronymic in an unknown name. The allocations are fine here.
        let reduced = format!("{} {}", surface(text, tokens, a, k), surface(text, tokens, k + 1, b));
        let mut toks = Vec::new();
        tokenize(&reduced, &mut toks, &mut Skeletons::uncached());
        let m = self.gazetteer.longest_at(&reduced, &toks, 0)?;
        (m.last == toks.len() && self.gazetteer.entry(m.entry).kind == Kind::Person).then_some(m.entry)
    }

    /// An organisation run takes `of`/`for (the)` and the names after it
    /// (`Army for the Liberation of Kazakhstan`), and a country, group or
    /// body just before it (`Russian Air Force`, `CSTO Secretariat`).
    #[inline(never)]
    fn extend_org(
        &mut self,
        text: &str,
        tokens: &[Token],
        a: usize,
        b: usize,
    ) -> (usize, usize, Option<Remembered>) {
        let office = (a..b).any(|k| OFFICES.has(&tokens[k], text));
        let mut last = b;
        while let Some(c) = tokens.get(last) {
            // `of`, `for`, `on`; `to` (`Committee to Protect Journalists`);
            // `in` before a known region (`… Human Rights in Central Asia`).
            let joiner = c.text(text);
            if tokens[last - 1].possessive
                || c.sep != Sep::Space
                || !is(joiner, &["of", "for", "on", "to", "in"])
            {
                break;
            }
            // (An office takes the place it is in or accredited to: `OSCE
            // Programme Office in Bishkek`, `EU Delegation to Kazakhstan`.)
            let place_kinds: &[Kind] = if office { &[Kind::Loc, Kind::Gpe] } else { &[Kind::Loc] };
            let in_region = |k: usize| {
                self.covered.get(k).is_some_and(|&cv| {
                    cv != UNCOVERED && {
                        let s = &self.spans[cv as usize];
                        s.first == k && place_kinds.contains(&s.kind)
                    }
                })
            };
            if joiner == "in" && !in_region(last + 1) {
                break;
            }
            let verb_after_to =
                tokens.get(last + 1).is_some_and(|t| t.cap && self.covered[last + 1] == UNCOVERED);
            if joiner == "to" && !(verb_after_to || (office && in_region(last + 1))) {
                break;
            }
            let mut k = last + 1;
            if tokens.get(k).is_some_and(|t| t.sep == Sep::Space && t.text(text) == "the") {
                k += 1;
            }
            let Some(t) = tokens.get(k) else { break };
            if t.sep != Sep::Space || !t.cap {
                break;
            }
            let cover = self.covered[k];
            if cover != UNCOVERED {
                let span = &self.spans[cover as usize];
                if span.first != k || !matches!(span.kind, Kind::Gpe | Kind::Loc | Kind::Org) {
                    break;
                }
                last = span.last;
                let body = span.kind == Kind::Org;
                self.drop_span(cover);
                // `Office of the UN High Commissioner for Human Rights`.
                while body
                    && last < tokens.len()
                    && self.covered[last] == UNCOVERED
                    && tokens[last].sep == Sep::Space
                    && name_word(text, &tokens[last])
                {
                    last += 1;
                }
            } else if name_word(text, t) {
                let mut e = k + 1;
                while e < tokens.len()
                    && self.covered[e] == UNCOVERED
                    && tokens[e].sep == Sep::Space
                    && !tokens[e - 1].possessive
                    && name_word(text, &tokens[e])
                {
                    e += 1;
                }
                last = e;
            } else {
                break;
            }
        }
        let mut absorbed = None;
        let first = if a > 0
            && tokens[a].sep == Sep::Space
            && !tokens[a - 1].possessive
            && self.covered[a - 1] != UNCOVERED
        {
            let s = self.covered[a - 1];
            let span = self.spans[s as usize].clone();
            if span.last == a && matches!(span.kind, Kind::Norp | Kind::Gpe | Kind::Org | Kind::Person) {
                if span.kind == Kind::Org {
                    absorbed = span.entry.map(|e| {
                        let e = self.gazetteer.entry(e);
                        Remembered { kind: Kind::Org, name: e.name.clone(), id: e.id.clone() }
                    });
                }
                self.drop_span(s);
                span.first
            } else {
                a
            }
        } else {
            a
        };
        (first, last, absorbed)
    }

    /// The name of the known outlet (an ORG with a country, not a state
    /// body) whose span ends at word `k`.
    fn org_at(&self, k: usize) -> Option<String> {
        let span = self.spans.get(self.covered[k] as usize).filter(|s| s.live && s.last == k + 1)?;
        let e = self.gazetteer.entry(span.entry?);
        (e.kind == Kind::Org && !e.kazakh_body && !e.state_body).then(|| e.name.clone())
    }

    /// `the Pakistani Embassy in Bishkek` → `Embassy of Pakistan in
    /// Kyrgyzstan`: the country it serves, and the country it is in (the
    /// country of the place after `in`, else the document's), unless that is
    /// its own.
    fn embassy_name(&self, text: &str, tokens: &[Token], head: &Token, own: &str, b: usize) -> String {
        let word = if is(head.text(text), &["consulate"]) { "Consulate" } else { "Embassy" };
        let after_in = tokens.get(b).filter(|t| t.sep == Sep::Space && t.text(text) == "in").and_then(|_| {
            let (_, code) = self.place_at(b + 1)?;
            self.gazetteer.country_name(code.as_deref()?).map(str::to_string)
        });
        match after_in.or_else(|| self.document_country()).filter(|host| host != own) {
            Some(host) => format!("{word} of {own} in {host}"),
            None => format!("{word} of {own}"),
        }
    }

    fn absorb_left(&mut self, tokens: &[Token], a: usize, kinds: &[Kind]) -> usize {
        if a == 0 || tokens[a].sep != Sep::Space || tokens[a - 1].possessive {
            return a;
        }
        let s = self.covered[a - 1];
        if s == UNCOVERED {
            return a;
        }
        let span = &self.spans[s as usize];
        if span.last == a && kinds.contains(&span.kind) {
            let first = span.first;
            self.drop_span(s);
            first
        } else {
            a
        }
    }
}

/// `Zhaksybekov`, `Seitova`, `Pashinyan`, `Kaliyev`.
/// A Kazakh or Russian patronymic: `Kemeluly`, `Abishevich`, `Nurlanovna`, `Serikkyzy`.
pub(crate) fn is_patronymic(word: &str) -> bool {
    let w = word.as_bytes();
    let ends = |suffix: &str| {
        w.len() > suffix.len() + 2 && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    ends("uly")
        || ends("ulu")
        || ends("kyzy")
        || ends("qyzy")
        || ends("ovich")
        || ends("evich")
        || ends("ovna")
        || ends("evna")
}

/// A word of [`ROLES`], or its plural (`activists X and Y`).
pub(crate) fn role_word(word: &str) -> bool {
    ROLES.contains(word) || (word.len() > 3 && word.ends_with('s') && ROLES.contains(&word[..word.len() - 1]))
}

pub(crate) fn has_surname_ending(word: &str) -> bool {
    let last = word.to_lowercase();
    SURNAME_ENDINGS.iter().any(|e| last.ends_with(e) && last.len() > e.len() + 2)
}

/// A word that can be part of a name: capitalised, not a month, weekday or
/// one of the words that never name anything.
/// (Inlined: most words are not capitalised and are answered by a flag,
/// without the cost of a call; the lists are looked up out of line.)
#[inline]
pub(crate) fn name_word(text: &str, t: &Token) -> bool {
    t.cap && capitalised_name_word(text, t)
}

#[inline(never)]
fn capitalised_name_word(text: &str, t: &Token) -> bool {
    !MONTHS_AND_DAYS.has(t, text) && !NEVER.has(t, text)
}

/// `in X`, `near X`, `the city of X`, `X district`.
pub(crate) fn place_cue(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let before = |k: usize| tokens.get(k).filter(|t| !t.cap && !t.possessive).map(|t| t.text(text));
    let direct = a > 0 && tokens[a].sep == Sep::Space;
    if direct {
        if before(a - 1).is_some_and(|w| is(w, PLACE_BEFORE)) {
            return true;
        }
        if a > 1
            && before(a - 1) == Some("of")
            && tokens[a - 1].sep == Sep::Space
            && before(a - 2).is_some_and(|w| is(w, PLACE_OF))
        {
            return true;
        }
    }
    tokens.get(b).is_some_and(|t| {
        t.sep == Sep::Space && !tokens[b - 1].possessive && !t.cap && is(t.text(text), PLACE_AFTER)
    })
}

/// `X, the deputy head of …`, `X, an official representative`.
pub(crate) fn role_after(text: &str, tokens: &[Token], b: usize) -> bool {
    let Some(t) = tokens.get(b) else {
        return false;
    };
    let between = &text[tokens[b - 1].end..t.start];
    if between.trim() != "," {
        return false;
    }
    for (k, t) in tokens.iter().enumerate().skip(b).take(5) {
        if k > b && t.sep != Sep::Space {
            return false;
        }
        let w = t.text(text);
        if ROLES.contains(w) {
            return true;
        }
        if t.cap && !TITLES.contains(w) {
            return false;
        }
    }
    false
}

/// A short line in title case (`Gunmen Attack Police Post Near Shymkent`).
pub(crate) fn looks_like_headline(text: &str, tokens: &[Token]) -> bool {
    if tokens.len() < 3 || tokens.len() > 20 || text.trim_end().ends_with(['.', '”', '"']) {
        return false;
    }
    let long: Vec<&Token> = tokens.iter().filter(|t| t.end - t.start > 3 && !t.digit).collect();
    long.len() >= 3 && long.iter().filter(|t| t.cap).count() * 10 >= long.len() * 8
}

/// Designators after a name that make the whole a place: `Batken district`
/// → `District`, `Orenburg oblast` → `Oblast`.
#[inline(never)]
pub(crate) fn designator_after(text: &str, tokens: &[Token], b: usize) -> Option<&'static str> {
    let t = tokens.get(b).filter(|t| t.sep == Sep::Space && !tokens[b - 1].possessive)?;
    let w = t.text(text);
    Some(if is(w, &["oblast", "oblysy"]) {
        "Oblast"
    } else if is(w, &["region"]) {
        "Region"
    } else if is(w, &["district", "raion", "rayon"]) {
        "District"
    } else if is(w, &["province"]) {
        "Province"
    } else if is(w, &["krai", "kray"]) {
        "Krai"
    } else if is(w, &["county"]) {
        "County"
    } else {
        return None;
    })
}

/// A plural designator (`regions`, `provinces`) in the singular.
fn plural_designator(w: &str) -> Option<&'static str> {
    Some(match w {
        "regions" => "Region",
        "provinces" => "Province",
        "oblasts" => "Oblast",
        "districts" => "District",
        _ => return None,
    })
}

/// Centres of Russia's krais (in lower case), whose region is a krai, not an oblast.
const KRAI_CENTRES: &[&str] = &[
    "krasnodar",
    "stavropol",
    "perm",
    "krasnoyarsk",
    "khabarovsk",
    "vladivostok",
    "barnaul",
    "chita",
    "petropavlovsk-kamchatsky",
];

/// Words after a name that make the whole a natural feature: `Isfara river`.
#[inline(never)]
fn feature_after(text: &str, tokens: &[Token], b: usize) -> Option<&'static str> {
    let t = tokens.get(b).filter(|t| t.sep == Sep::Space && !tokens[b - 1].possessive)?;
    let w = t.text(text);
    const FEATURES: &[(&str, &str)] = &[
        ("river", "River"),
        ("lake", "Lake"),
        ("valley", "Valley"),
        ("gorge", "Gorge"),
        ("mountains", "Mountains"),
        ("pass", "Pass"),
        ("reservoir", "Reservoir"),
        ("desert", "Desert"),
    ];
    FEATURES.iter().find(|(f, _)| w.eq_ignore_ascii_case(f)).map(|(_, en)| *en)
}

/// A facility's head written in lower case after its name, with one
/// modifier at most: `square`, `airport`, `international airport`,
/// `concert hall`. The end of the facility and its head in title case.
#[inline(never)]
pub(crate) fn facility_after(text: &str, tokens: &[Token], b: usize) -> Option<(usize, String)> {
    const HEADS: &[&str] = &[
        "square",
        "airport",
        "hospital",
        "hall",
        "mosque",
        "church",
        "cathedral",
        "synagogue",
        "market",
        "bazaar",
        "stadium",
        "prison",
        "colony",
        "checkpoint",
        "bridge",
        "station",
        "arena",
        "mall",
    ];
    const MODIFIERS: &[&str] =
        &["international", "concert", "central", "city", "regional", "district", "military", "border"];
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.sep == Sep::Space && !t.cap && !tokens[k - 1].possessive)
            .map(|t| t.text(text))
    };
    let first = word(b)?;
    let (end, words) = if is(first, HEADS) {
        (b + 1, vec![first])
    } else if is(first, MODIFIERS) && word(b + 1).is_some_and(|w| is(w, HEADS)) {
        (b + 2, vec![first, word(b + 1)?])
    } else {
        return None;
    };
    let head = words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some((end, head))
}

/// A body's name for another country or place: `Ministry of Health of
/// Kazakhstan` with `Kyrgyzstan` → `Ministry of Health of Kyrgyzstan`;
/// `State Committee for National Security` with `Tajikistan` → `… of Tajikistan`.
pub(crate) fn body_of(name: &str, place: &str) -> String {
    match name.strip_suffix(" of Kazakhstan") {
        Some(body) => format!("{body} of {place}"),
        None => format!("{name} of {place}"),
    }
}

/// The shape of a company's name: capitals inside the word (`KazTransOil`,
/// `PetroKazakhstan`; not `McDonald`) or an industry ending (`Zhaikmunai`,
/// `Embamunaigas`, `Kazakhoil`, `Rosneft`, `Gazprom`).
#[inline(never)]
pub(crate) fn company_shape(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !word.is_ascii() {
        return false;
    }
    let has = |part: &str| b.windows(part.len()).any(|w| w.eq_ignore_ascii_case(part.as_bytes()));
    let ends = |part: &str| {
        b.len() > part.len() + 2 && b[b.len() - part.len()..].eq_ignore_ascii_case(part.as_bytes())
    };
    const MORPHEMES: &[&str] = &[
        "kaz", "qazaq", "munai", "trans", "oil", "gas", "petro", "telecom", "atom", "energ", "invest",
        "bank", "air",
    ];
    const ENDINGS: &[&str] = &[
        "munai",
        "munay",
        "munaigas",
        "munaigaz",
        "neft",
        "oil",
        "gaz",
        "petroleum",
        "energo",
        "prom",
        "telecom",
    ];
    let inner_capital = b.windows(2).skip(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    let scottish = b[..2].eq_ignore_ascii_case(b"mc") || b[..3].eq_ignore_ascii_case(b"mac");
    if inner_capital && !scottish && MORPHEMES.iter().any(|m| has(m)) {
        return true;
    }
    // (Every ending ends in one of these letters: most words are ruled out
    // by their last one.)
    matches!(b[b.len() - 1].to_ascii_lowercase(), b'i' | b'y' | b's' | b'z' | b't' | b'l' | b'm' | b'o')
        && ENDINGS.iter().any(|e| ends(e))
}

/// `Astana-24`, `Channel 7`, `Era TV`: a channel or agency named with a
/// number or `TV`; the end of its name.
#[inline(never)]
fn media_number(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<usize> {
    let t = tokens.get(b)?;
    let short_number = t.digit && t.end - t.start <= 3;
    if short_number && t.sep == Sep::Hyphen {
        return Some(b + 1);
    }
    let first = tokens[a].text(text);
    if short_number && t.sep == Sep::Space && b - a == 1 && is(first, &["channel", "kanal"]) {
        return Some(b + 1);
    }
    let w = t.text(text);
    // (`MIR TV channel` is MIR: the words after the name are left out then.)
    let channel_after = tokens.get(b + 1).is_some_and(|n| is(n.text(text), &["channel", "news", "agency"]));
    (t.sep == Sep::Space && (w == "TV" || w == "FM") && !channel_after).then_some(b + 1)
}

/// A word that reads as a verb before a name (`Storming`, `Detained`).
fn verb_like(word: &str) -> bool {
    word.len() > 5 && (word.ends_with("ing") || word.ends_with("ed"))
}
