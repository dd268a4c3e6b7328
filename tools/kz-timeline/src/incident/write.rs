//! Incidents assembled from their units and written as JSON lines, CSV
//! (one row per incident and claim) or a Markdown table.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use kz_shared::fxhash::HashSet;
use kz_shared::Result;

use super::claims::{claims, Claim, CopyOf};
use super::group::{group, Cluster};
use super::kind::{actors, kind, Actor, Harm, Kind};
use super::place::{country_name, PlaceKind};
use super::when::{Gran, When};
use super::Incidents;
use crate::civil::Date;
use crate::timeline::{excerpt, md_cell, num_json, DateKey, Format, JsonWriter, Undated};

/// One incident, ready to write.
pub(crate) struct Incident {
    pub(crate) id: String,
    pub(crate) start: Option<String>,
    pub(crate) end: Option<String>,
    pub(crate) granularity: &'static str,
    pub(crate) time_precision: Option<u8>,
    pub(crate) date_prec: Option<u8>,
    pub(crate) place: Option<u32>,
    pub(crate) precision: Option<(u8, u8)>,
    pub(crate) country: Option<u32>,
    pub(crate) places: Vec<u32>,
    pub(crate) kind: Option<Kind>,
    pub(crate) actors: Vec<Actor>,
    pub(crate) docs: Vec<u32>,
    pub(crate) mentioned_in: Vec<u32>,
    pub(crate) sources: Vec<u32>,
    /// (sentence, date, dated_by)
    pub(crate) events: Vec<(u32, Option<DateKey>, &'static str)>,
    pub(crate) claims: Vec<Claim>,
    sort: (u8, i64, u8),
}

/// A slug of a name: ASCII letters and digits in lower case, Cyrillic
/// transliterated, anything else a single `-`.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let piece: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'й' | 'ы' => "y",
            'к' | 'қ' => "k",
            'л' => "l",
            'м' => "m",
            'н' | 'ң' => "n",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ұ' | 'ү' => "u",
            'ф' => "f",
            'х' | 'һ' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ю' => "yu",
            'я' => "ya",
            'ә' => "a",
            'ғ' => "gh",
            'ъ' | 'ь' => "",
            c if c.is_alphanumeric() => {
                // Latin letters with marks: their base letter when ASCII.
                let base = deunicode_latin(c);
                if let Some(b) = base {
                    out.push(b);
                }
                continue;
            }
            _ => "-",
        };
        if piece == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(piece);
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn deunicode_latin(c: char) -> Option<char> {
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'ı' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ş' | 'ś' | 'š' | 'ș' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ğ' => 'g',
        _ => return None,
    };
    Some(base)
}

fn gran_name(g: Gran) -> &'static str {
    match g {
        Gran::Day => "day",
        Gran::Week => "week",
        Gran::Period => "period",
        Gran::Month => "month",
        Gran::Year => "year",
        Gran::Decade => "decade",
        Gran::Century => "century",
    }
}

/// ACLED's time_precision (1 day, 2 week, 3 month) and UCDP's date_prec (1
/// day, 2 two to six days, 3 a week, 4 a month, 5 a year or more). A day
/// known only from the publication date is a day within the week before it.
fn time_precision(g: Gran, by_published: bool) -> (Option<u8>, Option<u8>) {
    match g {
        Gran::Day if by_published => (Some(2), Some(2)),
        Gran::Day => (Some(1), Some(1)),
        Gran::Week | Gran::Period => (Some(2), Some(3)),
        Gran::Month => (Some(3), Some(4)),
        Gran::Year | Gran::Decade | Gran::Century => (None, Some(5)),
    }
}

impl Incidents {
    /// Every incident, oldest first, with its cluster: the heads only (ids,
    /// dates, places), completed one at a time as they are written so that
    /// the events and claims of all are never held at once.
    pub(crate) fn incidents(&mut self) -> (Vec<Cluster>, Vec<(Incident, usize)>) {
        self.finish();
        let clusters = group(self);
        // Clusters are assembled on two threads (the order kept), the
        // grouping before them being one pass that each unit depends on.
        let this = &*self;
        let mut out: Vec<(Incident, usize)> = in_two(&clusters, |n, c| (this.assemble(c), n));
        out.sort_by(|(a, _), (b, _)| a.sort.cmp(&b.sort).then_with(|| a.id.cmp(&b.id)));
        // Ids are unique: a second incident of the same place and start
        // gets -2, then -3.
        let mut seen: kz_shared::fxhash::HashMap<String, u32> = kz_shared::fxhash::HashMap::default();
        for (inc, _) in &mut out {
            let n = seen.entry(inc.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                inc.id = format!("{}-{}", inc.id, n);
            }
        }
        (clusters, out)
    }

    fn assemble(&self, cluster: &Cluster) -> Incident {
        let s = &self.strings;
        // The first unit dates the incident; the others are listed in the
        // order they were read.
        let first = &self.units[cluster.units[0]];
        let mut units: Vec<&super::Unit> = cluster.units.iter().map(|&u| &self.units[u]).collect();
        units.sort_by_key(|u| (u.order, u.background));
        let main: Vec<&&super::Unit> = units.iter().filter(|u| !u.background).collect();
        // The place: the main place most of its units give (a report counts
        // twice, a background mention once), then a city before a region.
        let mut votes = Tally::default();
        for u in &units {
            if let Some(p) = u.place {
                votes.add(p, if u.background { 1 } else { 2 });
            }
        }
        let mut votes = votes.list;
        votes.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(self.places.get(a.0).kind.rank().cmp(&self.places.get(b.0).kind.rank()))
                .then(a.2.cmp(&b.2))
        });
        let place = votes.first().map(|v| v.0);
        let near = place.is_some_and(|p| units.iter().any(|u| u.place == Some(p) && u.near));
        let precision = match place {
            Some(p) => Some(self.places.get(p).kind.precision(near)),
            None => Some(PlaceKind::Country.precision(false)),
        };
        let mut places = Tally::default();
        for u in &units {
            for &p in &u.places {
                places.add(p, 1);
            }
        }
        let mut places = places.list;
        places.sort_by_key(|p| std::cmp::Reverse(p.1));
        let mut countries = Tally::default();
        for u in &units {
            for &c in &u.countries {
                countries.add(c, 1);
            }
        }
        let mut countries = countries.list;
        countries.sort_by_key(|c| std::cmp::Reverse(c.1));
        let country = place.and_then(|p| self.places.get(p).country).or(countries.first().map(|c| c.0));
        // Dates.
        let (start, end, granularity, precision_t, sort) = self.dates(cluster, &units, first);
        let by_published = !main.is_empty() && main.iter().all(|u| u.by_published);
        let (time_precision, date_prec) = match (cluster.when, precision_t) {
            (_, Some(g)) => time_precision(g, by_published),
            _ => (None, None),
        };
        // Id: the place's slug (else the country's) and the start.
        let head = match place {
            Some(p) => slug(s.get(self.places.get(p).name)),
            None => country.map_or_else(|| "unknown".to_string(), |c| slug(country_name(s.get(c)))),
        };
        let head = if head.is_empty() { "unknown".to_string() } else { head };
        let id = match &start {
            Some(v) => format!("{head}-{}", v.to_lowercase()),
            None => format!("{head}-undated-{}", slug(s.get(first.doc))),
        };
        Incident {
            id,
            start,
            end,
            granularity,
            time_precision,
            date_prec,
            place,
            precision,
            country,
            places: places.into_iter().map(|p| p.0).collect(),
            kind: None,
            actors: Vec::new(),
            docs: Vec::new(),
            mentioned_in: Vec::new(),
            sources: Vec::new(),
            events: Vec::new(),
            claims: Vec::new(),
            sort,
        }
    }

    /// The rest of an incident: its documents, events, claims, kind and
    /// actors.
    fn complete(&self, inc: &mut Incident, cluster: &Cluster) {
        let s = &self.strings;
        let mut units: Vec<&super::Unit> = cluster.units.iter().map(|&u| &self.units[u]).collect();
        units.sort_by_key(|u| (u.order, u.background));
        let main: Vec<&&super::Unit> = units.iter().filter(|u| !u.background).collect();
        // Lists in the order read, each item once: an incident may have
        // thousands of units, so what is listed is also kept in sets.
        let mut docs = Vec::new();
        let mut mentioned_in = Vec::new();
        let mut sources = Vec::new();
        let (mut in_docs, mut in_sources, mut in_mentioned) =
            (HashSet::default(), HashSet::default(), HashSet::default());
        for u in &units {
            if !u.background && in_docs.insert(u.doc) {
                docs.push(u.doc);
            }
            if let Some(src) = u.source {
                if in_sources.insert(src) {
                    sources.push(src);
                }
            }
        }
        for u in &units {
            if u.background && !in_docs.contains(&u.doc) && in_mentioned.insert(u.doc) {
                mentioned_in.push(u.doc);
            }
        }
        let mut events = Vec::new();
        for u in &units {
            events.extend(u.events.iter().copied());
        }
        let claims = claims(self, cluster);
        let mut harm = Harm::default();
        for c in &claims {
            let (event, who) = (s.get(c.event), s.get(c.who_class));
            let hurt = event == "killed" || event == "injured";
            harm.anyone |= hurt;
            harm.forces |= hurt && who == "security_forces";
            harm.militants |= hurt && who == "militants";
            harm.civilians |= hurt && who == "civilians";
            harm.protesters_killed |= event == "killed" && who == "protesters";
            harm.protesters_hurt |= event == "injured" && who == "protesters";
            harm.detained |= event == "detained";
        }
        let told: Vec<&&super::Unit> = if main.is_empty() { units.iter().collect() } else { main.clone() };
        let cues = told.iter().fold(0, |a, u| a | u.cues);
        let mut counts = super::kind::Counts::default();
        for u in &told {
            counts.merge(&u.counts);
        }
        // Organisations are interned: one id, one name.
        let mut orgs: Vec<&str> = Vec::new();
        let mut in_orgs = HashSet::default();
        for u in &told {
            for &o in &u.orgs {
                if in_orgs.insert(o) {
                    orgs.push(s.get(o));
                }
            }
        }
        let country_text = inc.country.map(|c| country_name(s.get(c)));
        let kind = kind(&counts, harm);
        inc.kind = kind;
        inc.actors = actors(&orgs, cues, harm, country_text, kind);
        inc.docs = docs;
        inc.mentioned_in = mentioned_in;
        inc.sources = sources;
        inc.events = events;
        inc.claims = claims;
    }

    /// Start, end, granularity and the sort key of an incident.
    #[allow(clippy::type_complexity)]
    fn dates(
        &self,
        cluster: &Cluster,
        units: &[&super::Unit],
        first: &super::Unit,
    ) -> (Option<String>, Option<String>, &'static str, Option<Gran>, (u8, i64, u8)) {
        let s = &self.strings;
        match cluster.when {
            When::Known { first: start, gran: Gran::Day, .. } => {
                let limit = start + self.window;
                let mut end = start;
                for u in units {
                    if let When::Known { first: f, gran: Gran::Day, .. } = u.when {
                        end = end.max(f.min(limit));
                    }
                    for (_, date, by) in &u.events {
                        if *by != "text" && *by != "paragraph" {
                            continue;
                        }
                        let Some(k) = date else { continue };
                        if s.get(k.granularity) != "day" {
                            continue;
                        }
                        if let When::Known { first: d, .. } = When::of(k.value.map(|v| s.get(v)), "day") {
                            if d <= limit && d > end {
                                end = d;
                            }
                        }
                    }
                }
                let text = |d: i64| Date::from_days(d).to_string();
                (Some(text(start)), Some(text(end)), "day", Some(Gran::Day), (0, start, 0))
            }
            When::Known { first: start, gran, .. } => {
                let value = first.date.and_then(|k| k.value).map(|v| s.get(v).to_string());
                (value.clone(), value, gran_name(gran), Some(gran), (0, start, gran as u8))
            }
            When::Partial { month, day } => {
                let value = first.date.and_then(|k| k.value).map(|v| s.get(v).to_string());
                let gran = if day.is_some() { Gran::Day } else { Gran::Month };
                let mut end = day;
                if let Some(d0) = day {
                    for u in units {
                        if let When::Partial { month: m, day: Some(d) } = u.when {
                            if m == month && d > end.unwrap_or(d0) && i64::from(d - d0) <= self.window {
                                end = Some(d);
                            }
                        }
                    }
                }
                let end = match end {
                    Some(d) => Some(format!("XXXX-{month:02}-{d:02}")),
                    None => value.clone(),
                };
                let key = i64::from(month) * 32 + i64::from(day.unwrap_or(0));
                (value, end, gran_name(gran), Some(gran), (1, key, 0))
            }
            When::None => (None, None, "none", None, (2, i64::from(first.order), 0)),
        }
    }

    /// Write every incident in `format`.
    pub fn write_incidents(mut self, out: &mut impl Write, format: Format, undated: Undated) -> Result<()> {
        let (clusters, mut incidents) = self.incidents();
        if undated == Undated::Drop {
            incidents.retain(|(i, _)| i.start.as_deref().is_some_and(|s| !s.starts_with("XXXX")));
        }
        match format {
            Format::Csv => self.csv_header(out)?,
            Format::Md => self.md_header(out)?,
            Format::Jsonl => {}
        }
        // Incidents are completed and written in chunks, on two threads,
        // each chunk into its own buffer; the buffers go out in order.
        let this = &self;
        let chunks: Vec<Mutex<&mut [(Incident, usize)]>> =
            incidents.chunks_mut(CHUNK).map(Mutex::new).collect();
        let render = |k: usize, mut buf: Vec<u8>| -> Result<Vec<u8>> {
            let mut chunk = chunks[k].lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            for (inc, c) in chunk.iter_mut() {
                this.complete(inc, &clusters[*c]);
                match format {
                    Format::Jsonl => this.write_json(&mut buf, inc).map_err(std::io::Error::from)?,
                    Format::Csv => this.write_csv(&mut buf, inc)?,
                    Format::Md => this.write_md(&mut buf, inc)?,
                }
                // Written: the events and claims are not held to the end.
                inc.events = Vec::new();
                inc.claims = Vec::new();
            }
            Ok(buf)
        };
        in_order(chunks.len(), render, out)?;
        drop(chunks);
        // Millions of small allocations: freed on another thread, which
        // the process does not wait for at its end.
        std::thread::spawn(move || drop((self, clusters, incidents)));
        Ok(())
    }

    pub(crate) fn write_json(&self, out: &mut impl Write, inc: &Incident) -> serde_json::Result<()> {
        let s = &self.strings;
        let mut w = JsonWriter(out);
        w.raw("{\"incident\":")?;
        w.str(&inc.id)?;
        w.raw(",\"start\":")?;
        w.opt_str(inc.start.as_deref())?;
        w.raw(",\"end\":")?;
        w.opt_str(inc.end.as_deref())?;
        w.raw(",\"granularity\":")?;
        w.str(inc.granularity)?;
        w.raw(&format!(
            ",\"time_precision\":{},\"date_prec\":{}",
            opt_u8(inc.time_precision),
            opt_u8(inc.date_prec)
        ))?;
        w.raw(",\"place\":")?;
        match inc.place {
            None => w.raw("null")?,
            Some(p) => {
                let p = self.places.get(p);
                w.raw("{\"name\":")?;
                w.str(s.get(p.name))?;
                w.raw(",\"type\":")?;
                w.str(s.get(p.entity_type))?;
                w.raw(",\"id\":")?;
                w.opt_str(p.id.map(|i| s.get(i)))?;
                w.raw(",\"lat\":")?;
                w.opt_num(p.coords.map(|c| c.0))?;
                w.raw(",\"lon\":")?;
                w.opt_num(p.coords.map(|c| c.1))?;
                w.raw(",\"country\":")?;
                w.opt_str(p.country.map(|c| s.get(c)))?;
                w.raw("}")?;
            }
        }
        let (geo, wh) = inc.precision.map_or((None, None), |(a, b)| (Some(a), Some(b)));
        w.raw(&format!(",\"geo_precision\":{},\"where_prec\":{}", opt_u8(geo), opt_u8(wh)))?;
        w.raw(",\"country\":")?;
        w.opt_str(inc.country.map(|c| s.get(c)))?;
        w.raw(",\"places\":[")?;
        for (n, &p) in inc.places.iter().enumerate() {
            w.comma(n)?;
            w.str(s.get(self.places.get(p).name))?;
        }
        w.raw("],\"event_type\":")?;
        // An accident has a rule and no ACLED type.
        let typed = inc.kind.filter(|k| !k.event_type.is_empty());
        w.opt_str(typed.map(|k| k.event_type))?;
        w.raw(",\"sub_event_type\":")?;
        w.opt_str(typed.map(|k| k.sub_event_type))?;
        w.raw(",\"event_type_rule\":")?;
        w.opt_str(inc.kind.map(|k| k.rule))?;
        w.raw(",\"actors\":[")?;
        for (n, a) in inc.actors.iter().enumerate() {
            w.comma(n)?;
            w.raw("{\"name\":")?;
            w.str(&a.name)?;
            w.raw(",\"type\":")?;
            w.str(a.kind)?;
            w.raw(&format!(",\"inter\":{}}}", a.inter))?;
        }
        w.raw("]")?;
        for (name, list) in
            [("docs", &inc.docs), ("mentioned_in", &inc.mentioned_in), ("sources", &inc.sources)]
        {
            w.raw(&format!(",\"{name}\":["))?;
            for (n, &id) in list.iter().enumerate() {
                w.comma(n)?;
                w.str(s.get(id))?;
            }
            w.raw("]")?;
        }
        w.raw(",\"events\":[")?;
        for (n, &(i, date, dated_by)) in inc.events.iter().enumerate() {
            let p = &self.sentences[i as usize];
            w.comma(n)?;
            w.raw("{\"doc\":")?;
            w.str(s.get(p.doc))?;
            w.raw(",\"sent\":")?;
            w.raw(s.get(p.sent))?;
            w.raw(",\"date\":")?;
            w.opt_str(date.and_then(|k| k.value).map(|v| s.get(v)))?;
            w.raw(",\"text\":")?;
            w.str(&p.text)?;
            w.raw(",\"dated_by\":")?;
            w.str(dated_by)?;
            w.raw("}")?;
        }
        w.raw("],\"claims\":[")?;
        for (n, c) in inc.claims.iter().enumerate() {
            w.comma(n)?;
            w.raw("{\"event\":")?;
            w.str(s.get(c.event))?;
            w.raw(",\"who_class\":")?;
            w.str(s.get(c.who_class))?;
            w.raw(",\"low\":")?;
            w.opt_num(c.low)?;
            w.raw(",\"best\":")?;
            w.opt_num(c.best)?;
            w.raw(",\"high\":")?;
            w.opt_num(c.high)?;
            w.raw(if c.conflict { ",\"conflict\":true" } else { ",\"conflict\":false" })?;
            w.raw(if c.rising { ",\"rising\":true" } else { ",\"rising\":false" })?;
            w.raw(",\"counted_docs\":")?;
            w.int(c.counted as i64)?;
            w.raw(",\"latest\":")?;
            match &c.latest {
                None => w.raw("null")?,
                Some(l) => {
                    w.raw("{\"value\":")?;
                    w.opt_num(Some(l.value))?;
                    w.raw(",\"as_of\":")?;
                    w.date(l.as_of)?;
                    w.raw(",\"doc\":")?;
                    w.str(s.get(l.doc))?;
                    w.raw(",\"source\":")?;
                    w.opt_str(l.source.map(|x| s.get(x)))?;
                    w.raw("}")?;
                }
            }
            w.raw(",\"reports\":[")?;
            for (n, r) in c.reports.iter().enumerate() {
                let p = &self.sentences[r.sentence as usize];
                let u = &self.units[r.unit];
                let f = &r.figure;
                w.comma(n)?;
                w.raw("{\"doc\":")?;
                w.str(s.get(p.doc))?;
                w.raw(",\"source\":")?;
                w.opt_str(u.source.map(|x| s.get(x)))?;
                w.raw(",\"as_of\":")?;
                match u.published {
                    Some(d) => w.date(d)?,
                    None => w.raw("null")?,
                }
                w.raw(",\"sent\":")?;
                w.raw(s.get(p.sent))?;
                w.raw(",\"value\":")?;
                w.opt_num(f.value)?;
                if f.low.is_some() || f.high.is_some() {
                    w.raw(",\"low\":")?;
                    w.opt_num(f.low)?;
                    w.raw(",\"high\":")?;
                    w.opt_num(f.high)?;
                }
                w.raw(",\"qualifier\":")?;
                w.opt_str(f.qualifier.map(|q| s.get(q)))?;
                if let Some(word) = f.event_word {
                    w.raw(",\"event_word\":")?;
                    w.str(s.get(word))?;
                }
                for (flag, text) in [
                    (f.subtotal, ",\"subtotal\":true"),
                    (f.additional, ",\"additional\":true"),
                    (f.partial, ",\"partial\":true"),
                ] {
                    if flag {
                        w.raw(text)?;
                    }
                }
                w.raw(if f.superseded { ",\"superseded\":true" } else { ",\"superseded\":false" })?;
                w.raw(",\"copy_of\":")?;
                match r.copy_of {
                    Some(CopyOf::Raw(json)) => w.raw(s.get(json))?,
                    Some(CopyOf::Sentence(o)) => {
                        let o = &self.sentences[o as usize];
                        w.raw("{\"doc\":")?;
                        w.str(s.get(o.doc))?;
                        w.raw(",\"sent\":")?;
                        w.raw(s.get(o.sent))?;
                        w.raw("}")?;
                    }
                    None => w.raw("null")?,
                }
                if u.background {
                    w.raw(",\"background\":true")?;
                }
                w.raw(",\"text\":")?;
                w.str(&p.text)?;
                w.raw("}")?;
            }
            w.raw("]}")?;
        }
        w.raw("]}\n")
    }

    fn csv_header(&self, out: &mut impl Write) -> Result<()> {
        let err = |e: csv::Error| kz_shared::Error::Other(e.to_string());
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record([
            "incident",
            "start",
            "end",
            "time_precision",
            "date_prec",
            "place",
            "place_id",
            "latitude",
            "longitude",
            "country",
            "geo_precision",
            "where_prec",
            "event_type",
            "sub_event_type",
            "event",
            "who_class",
            "low",
            "best",
            "high",
            "conflict",
            "rising",
            "latest",
            "latest_as_of",
            "latest_source",
            "reports",
            "counted_docs",
            "docs",
            "sources",
        ])
        .map_err(err)?;
        out.write_all(&w.into_inner().map_err(|e| kz_shared::Error::Other(e.to_string()))?)?;
        Ok(())
    }

    fn write_csv(&self, out: &mut impl Write, inc: &Incident) -> Result<()> {
        let s = &self.strings;
        let err = |e: csv::Error| kz_shared::Error::Other(e.to_string());
        let mut w = csv::Writer::from_writer(Vec::new());
        let num = |x: Option<f64>| x.map(|x| crate::timeline::plain(&num_json(x))).unwrap_or_default();
        let small = |x: Option<u8>| x.map(|x| x.to_string()).unwrap_or_default();
        {
            let place = inc.place.map(|p| self.places.get(p));
            let names = |ids: &[u32]| ids.iter().map(|&i| s.get(i)).collect::<Vec<_>>().join(" ");
            let head = [
                inc.id.clone(),
                inc.start.clone().unwrap_or_default(),
                inc.end.clone().unwrap_or_default(),
                small(inc.time_precision),
                small(inc.date_prec),
                place.map(|p| s.get(p.name).to_string()).unwrap_or_default(),
                place.and_then(|p| p.id).map(|i| s.get(i).to_string()).unwrap_or_default(),
                num(place.and_then(|p| p.coords).map(|c| c.0)),
                num(place.and_then(|p| p.coords).map(|c| c.1)),
                inc.country.map(|c| s.get(c).to_string()).unwrap_or_default(),
                small(inc.precision.map(|p| p.0)),
                small(inc.precision.map(|p| p.1)),
                inc.kind.map(|k| k.event_type.to_string()).unwrap_or_default(),
                inc.kind.map(|k| k.sub_event_type.to_string()).unwrap_or_default(),
            ];
            let docs = names(&inc.docs);
            let sources = names(&inc.sources);
            if inc.claims.is_empty() {
                let mut row: Vec<String> = head.to_vec();
                row.extend(std::iter::repeat(String::new()).take(12));
                row.push(docs.clone());
                row.push(sources.clone());
                w.write_record(&row).map_err(err)?;
            }
            for c in &inc.claims {
                let mut row: Vec<String> = head.to_vec();
                row.extend([
                    s.get(c.event).to_string(),
                    s.get(c.who_class).to_string(),
                    num(c.low),
                    num(c.best),
                    num(c.high),
                    c.conflict.to_string(),
                    c.rising.to_string(),
                    num(c.latest.as_ref().map(|l| l.value)),
                    c.latest.as_ref().map(|l| l.as_of.to_string()).unwrap_or_default(),
                    c.latest
                        .as_ref()
                        .and_then(|l| l.source)
                        .map(|x| s.get(x).to_string())
                        .unwrap_or_default(),
                    c.reports.len().to_string(),
                    c.counted.to_string(),
                    docs.clone(),
                    sources.clone(),
                ]);
                w.write_record(&row).map_err(err)?;
            }
        }
        // Out incident by incident, not held to the end.
        out.write_all(&w.into_inner().map_err(|e| kz_shared::Error::Other(e.to_string()))?)?;
        Ok(())
    }

    fn md_header(&self, out: &mut impl Write) -> Result<()> {
        writeln!(
            out,
            "| Incident | Dates | Place | Type | What | Low | Best | High | Latest | Conflict | Sources |\n\
             |---|---|---|---|---|---:|---:|---:|---|---|---|"
        )?;
        Ok(())
    }

    fn write_md(&self, out: &mut impl Write, inc: &Incident) -> Result<()> {
        let s = &self.strings;
        let num = |x: Option<f64>| x.map(|x| crate::timeline::plain(&num_json(x))).unwrap_or_default();
        {
            let dates = match (&inc.start, &inc.end) {
                (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
                (Some(a), _) => a.clone(),
                _ => "undated".to_string(),
            };
            let place = inc.place.map(|p| s.get(self.places.get(p).name)).unwrap_or("");
            let what = match inc.kind {
                Some(k) if k.event_type.is_empty() => k.rule.to_string(),
                Some(k) => format!("{}: {}", k.event_type, k.sub_event_type),
                None => String::new(),
            };
            let sources: Vec<&str> = inc.sources.iter().map(|&x| s.get(x)).collect();
            let sources = if sources.is_empty() {
                inc.docs.iter().map(|&d| s.get(d)).collect::<Vec<_>>().join(", ")
            } else {
                sources.join(", ")
            };
            if inc.claims.is_empty() {
                let first = inc.events.first().map(|e| excerpt(&self.sentences[e.0 as usize].text, 80));
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |  |  |  |  |  | {} |",
                    inc.id,
                    dates,
                    md_cell(place),
                    md_cell(&what),
                    md_cell(&first.unwrap_or_default()),
                    md_cell(&sources)
                )?;
            }
            for c in &inc.claims {
                let latest = c
                    .latest
                    .as_ref()
                    .map(|l| {
                        format!(
                            "{} ({}, {})",
                            num(Some(l.value)),
                            l.as_of,
                            l.source.map_or(s.get(l.doc), |x| s.get(x))
                        )
                    })
                    .unwrap_or_default();
                let conflict = match (c.conflict, c.rising) {
                    (true, _) => "yes",
                    (false, true) => "no (rising)",
                    _ => "no",
                };
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} ({}) | {} | {} | {} | {} | {} | {} |",
                    inc.id,
                    dates,
                    md_cell(place),
                    md_cell(&what),
                    s.get(c.event),
                    s.get(c.who_class),
                    num(c.low),
                    num(c.best),
                    num(c.high),
                    md_cell(&latest),
                    conflict,
                    md_cell(&sources)
                )?;
            }
        }
        Ok(())
    }
}

/// Counts of ids in the order first seen: (id, count, place in the list).
/// An incident may have thousands of units naming hundreds of places: the
/// ids listed are found through a map, not by a scan of the list.
#[derive(Default)]
struct Tally {
    list: Vec<(u32, u32, usize)>,
    index: kz_shared::fxhash::HashMap<u32, usize>,
}

impl Tally {
    fn add(&mut self, id: u32, n: u32) {
        let next = self.list.len();
        let k = *self.index.entry(id).or_insert(next);
        if k == next {
            self.list.push((id, 0, next));
        }
        self.list[k].1 += n;
    }
}

/// Incidents written per chunk: enough to keep both threads busy, few
/// enough that the buffers waiting to go out stay small.
const CHUNK: usize = 8;

/// `f` of every item of `items` with its index, in order: the second half
/// on another thread.
fn in_two<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let mid = items.len() / 2;
    let f = &f;
    std::thread::scope(|scope| {
        let second = scope
            .spawn(move || items[mid..].iter().enumerate().map(|(n, x)| f(mid + n, x)).collect::<Vec<R>>());
        let mut out: Vec<R> = items[..mid].iter().enumerate().map(|(n, x)| f(n, x)).collect();
        out.extend(second.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        out
    })
}

/// Renders chunks `0..count` with `render` (into an empty buffer it is
/// given) on this thread and another one, whichever is free taking the
/// next, and writes them to `out` in order. At most a few rendered chunks
/// wait at any time.
fn in_order(
    count: usize,
    render: impl Fn(usize, Vec<u8>) -> Result<Vec<u8>> + Sync,
    out: &mut impl Write,
) -> Result<()> {
    const WAITING: usize = 4;
    let next = AtomicUsize::new(0);
    // Buffers written out are used again: a chunk takes megabytes, and a
    // new buffer would grow to them by copying, its pages faulted in anew.
    let pool: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());
    let spare = || pool.lock().unwrap_or_else(std::sync::PoisonError::into_inner).pop().unwrap_or_default();
    let (next, render, spare) = (&next, &render, &spare);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, Result<Vec<u8>>)>(WAITING);
        scope.spawn(move || loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            // Stops when all are taken, or when the writer has stopped.
            if k >= count || tx.send((k, render(k, spare()))).is_err() {
                break;
            }
        });
        let mut ready: std::collections::BTreeMap<usize, Vec<u8>> = std::collections::BTreeMap::new();
        let mut written = 0;
        while written < count {
            // Render a chunk here unless enough wait (the one to write next
            // is then the other thread's).
            let k = if ready.len() < WAITING { next.fetch_add(1, Ordering::Relaxed) } else { count };
            if k < count {
                ready.insert(k, render(k, spare())?);
                while let Ok((k, buf)) = rx.try_recv() {
                    ready.insert(k, buf?);
                }
            } else if !ready.contains_key(&written) {
                match rx.recv() {
                    Ok((k, buf)) => {
                        ready.insert(k, buf?);
                    }
                    // The other thread panicked: the scope says so.
                    Err(_) => break,
                }
            }
            while let Some(mut buf) = ready.remove(&written) {
                out.write_all(&buf)?;
                written += 1;
                buf.clear();
                pool.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(buf);
            }
        }
        Ok(())
    })
}

fn opt_u8(x: Option<u8>) -> String {
    x.map_or_else(|| "null".to_string(), |x| x.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Aktobe"), "aktobe");
        assert_eq!(slug("Republic Square"), "republic-square");
        assert_eq!(slug("Алматы"), "almaty");
        assert_eq!(slug("Öskemen"), "oskemen");
        assert_eq!(slug("Nur-Sultan (city)"), "nur-sultan-city");
    }
}
