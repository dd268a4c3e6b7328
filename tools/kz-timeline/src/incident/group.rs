//! Units into incidents.
//!
//! An incident is what units of the same place tell of days within a window
//! of each other. Units are taken in this order, each joining the best
//! incident it matches or starting its own:
//!
//! 1. units dated to a day (year known), oldest first: an incident whose
//!    latest day is at most `window` days earlier (and its first day at
//!    most three windows), at a place that meets theirs;
//! 2. units dated more coarsely (a week, a month, a year): an incident at a
//!    place that meets theirs whose days overlap theirs;
//! 3. units whose year is unknown (`XXXX-06-08`): a dated incident whose
//!    first day is within the window of that month and day in its year,
//!    else another such incident within the window;
//! 4. undated units: an incident at a place that meets theirs that shares
//!    names or figures with them.
//!
//! Places meet as [`super::place::Places::meet`] says; a dated unit may also
//! meet an incident through the other places it names (see
//! [`fits_in_place`]). A unit without a place (the country alone is none)
//! joins an incident only on evidence of 4 or more. Evidence: 2 for each
//! person both name, 1 for each organisation, 2 for each casualty figure of
//! two or more both give (event and value), 2 for a day within the window,
//! 3 for a month and day of unknown year that fits, 1 for a month of unknown
//! year; among several incidents the one with most evidence wins, then the
//! nearest in time, then the oldest. Nothing joins another unit just
//! because neither has a date.

use std::rc::Rc;

use kz_shared::fxhash::{HashMap, HashSet};

use super::when::{Gran, When};
use super::{Incidents, Unit};
use crate::civil::Date;

/// Evidence a unit without a place needs to join an incident.
const PLACELESS: u32 = 4;
/// Evidence an undated unit needs besides a place that meets.
const UNDATED: u32 = 2;

#[derive(Debug)]
pub(crate) struct Cluster {
    /// Units, in the order they joined.
    pub(crate) units: Vec<usize>,
    /// The first unit's date: the incident's start.
    pub(crate) when: When,
    /// The latest day of its units dated to a day.
    pub(crate) last_day: Option<i64>,
    /// Places of its units.
    pub(crate) places: Vec<u32>,
    /// Every place its units name.
    pub(crate) named: HashSet<u32>,
    pub(crate) names: HashSet<(u32, bool)>,
    /// (event, value) of its figures of two or more.
    pub(crate) figures: HashSet<(u32, u64)>,
    pub(crate) countries: Vec<u32>,
}

impl Cluster {
    fn new(index: usize, unit: &Unit) -> Self {
        let mut c = Cluster {
            units: Vec::new(),
            when: unit.when,
            last_day: None,
            places: Vec::new(),
            named: HashSet::default(),
            names: HashSet::default(),
            figures: HashSet::default(),
            countries: Vec::new(),
        };
        c.take(index, unit);
        c
    }

    fn take(&mut self, index: usize, unit: &Unit) {
        self.units.push(index);
        if let When::Known { first, gran: Gran::Day, .. } = unit.when {
            self.last_day = Some(self.last_day.map_or(first, |d| d.max(first)));
        }
        if let Some(p) = unit.place {
            if !self.places.contains(&p) {
                self.places.push(p);
            }
        }
        self.named.extend(&unit.places);
        self.names.extend(&unit.names);
        self.figures.extend(figure_keys(unit));
        for c in &unit.countries {
            if !self.countries.contains(c) {
                self.countries.push(*c);
            }
        }
    }
}

fn figure_keys(unit: &Unit) -> impl Iterator<Item = (u32, u64)> + '_ {
    unit.reports.iter().filter_map(|(_, f)| {
        let v = f.value?;
        (v >= 2.0 && v.fract() == 0.0 && !f.superseded).then_some((f.event, v as u64))
    })
}

/// Group the units of `inc` into incidents.
pub(crate) fn group(inc: &Incidents) -> Vec<Cluster> {
    let units = &inc.units;
    let mut days = Vec::new();
    let mut coarse = Vec::new();
    let mut partial = Vec::new();
    let mut undated = Vec::new();
    for (i, u) in units.iter().enumerate() {
        match u.when {
            When::Known { gran: Gran::Day, .. } => days.push(i),
            When::Known { .. } => coarse.push(i),
            When::Partial { .. } => partial.push(i),
            When::None => undated.push(i),
        }
    }
    let key = |i: &usize| {
        let u = &units[*i];
        let (first, gran) = match u.when {
            When::Known { first, gran, .. } => (first, gran as u8),
            When::Partial { month, day } => (i64::from(month) * 32 + i64::from(day.unwrap_or(0)), 0),
            When::None => (0, 0),
        };
        (first, gran, u.order, u.background)
    };
    days.sort_by_key(key);
    coarse.sort_by_key(key);
    partial.sort_by_key(key);
    let mut index = Index::default();
    let mut candidates: Vec<usize> = Vec::new();
    let mut meets = Meets::default();
    for i in days.into_iter().chain(coarse).chain(partial).chain(undated) {
        let u = &units[i];
        index.candidates(inc, u, &mut candidates);
        meets.of(inc, &mut index.meeting, u);
        let mut best: Option<(u32, i64, usize)> = None;
        for &n in &candidates {
            let Some((date_evidence, distance)) = fits_in_time(&u.when, &index.times[n], inc.window) else {
                continue;
            };
            let c = &index.clusters[n];
            let Some(evidence) = fits_in_place(inc, u, c, date_evidence, &meets) else {
                continue;
            };
            if u.when == When::None && evidence < UNDATED {
                continue;
            }
            let better = match best {
                None => true,
                Some((e, d, _)) => evidence > e || (evidence == e && distance < d),
            };
            if better {
                best = Some((evidence, distance, n));
            }
        }
        match best {
            Some((_, _, n)) => index.take(n, i, u),
            None => index.push(i, u),
        }
    }
    index.clusters
}

/// The incidents so far, with what finds the few a unit may join without
/// looking at them all: by start (incidents are made in date order), by
/// month and day, by place, by name and by figure.
#[derive(Default)]
struct Index {
    clusters: Vec<Cluster>,
    /// The dates of each cluster, apart: most candidates fail on time, and
    /// a dense list of these stays in the cache where the clusters do not.
    times: Vec<Times>,
    /// (start, cluster) of incidents with a known start, in order of start
    /// within each pass (day units first, then coarser ones).
    days: Vec<(i64, usize)>,
    coarse: Vec<(i64, usize)>,
    by_month_day: HashMap<(u8, u8), Vec<usize>>,
    partial: Vec<usize>,
    by_place: HashMap<u32, Vec<usize>>,
    /// Incidents dated to a day by the places of their units, and by every
    /// place their units name: (day filed, start, cluster), in the order
    /// filed. Day units come oldest first and join only incidents that
    /// started within reach, so an entry filed more than that before a
    /// unit's day cannot fit it: a look-up reads the lists from their ends.
    day_by_place: HashMap<u32, Vec<(i64, i64, usize)>>,
    day_by_named: HashMap<u32, Vec<(i64, i64, usize)>>,
    /// Incidents dated to a day whose first unit had no place.
    placeless_days: Vec<(i64, usize)>,
    by_name: HashMap<(u32, bool), Vec<usize>>,
    by_figure: HashMap<(u32, u64), Vec<usize>>,
    /// Places that meet a place (cached).
    meeting: HashMap<u32, Rc<Meeting>>,
    seen: Marks,
}

/// Sorts and deduplicates lists of incident numbers. The lists of undated
/// units gather every incident at a place or with a name, thousands at a
/// busy place, often the same ones many times: marking them in a bit set
/// and reading it back in order costs a pass, where sorting costs many.
#[derive(Default)]
struct Marks {
    bits: Vec<u64>,
}

impl Marks {
    /// `list` sorted, each number once (as `sort_unstable` and `dedup`).
    fn sort_dedup(&mut self, list: &mut Vec<usize>) {
        // Short lists sort fast enough; a long one when the set is small.
        let Some(&max) = list.iter().max() else { return };
        if list.len() < 64 || list.len() * 8 < max / 64 {
            list.sort_unstable();
            list.dedup();
            return;
        }
        let words = max / 64 + 1;
        if self.bits.len() < words {
            self.bits.resize(words, 0);
        }
        for &n in list.iter() {
            self.bits[n / 64] |= 1 << (n % 64);
        }
        list.clear();
        for (w, word) in self.bits[..words].iter_mut().enumerate() {
            let mut b = std::mem::take(word);
            while b != 0 {
                list.push(w * 64 + b.trailing_zeros() as usize);
                b &= b - 1;
            }
        }
    }
}

impl Index {
    fn push(&mut self, i: usize, u: &Unit) {
        let n = self.clusters.len();
        let c = Cluster::new(i, u);
        self.times.push(Times::of(&c));
        self.clusters.push(c);
        self.file(n, u, true);
        match u.when {
            When::Known { first, gran: Gran::Day, .. } => {
                self.days.push((first, n));
                if u.place.is_none() {
                    self.placeless_days.push((first, n));
                }
                let d = Date::from_days(first);
                self.by_month_day.entry((d.month, d.day)).or_default().push(n);
            }
            When::Known { first, .. } => self.coarse.push((first, n)),
            When::Partial { .. } => self.partial.push(n),
            When::None => {}
        }
    }

    fn take(&mut self, n: usize, i: usize, u: &Unit) {
        // Filed before it takes the unit, to see what it has already.
        self.file(n, u, false);
        self.clusters[n].take(i, u);
        self.times[n].last_day = self.clusters[n].last_day;
    }

    /// Files cluster `n` under what unit `u` gives it; `fresh`: the
    /// cluster is new (made of `u`).
    fn file(&mut self, n: usize, u: &Unit, fresh: bool) {
        // A cluster filed twice under one key is found twice: candidates
        // are deduplicated.
        let add = |list: &mut Vec<usize>| {
            if list.last() != Some(&n) {
                list.push(n);
            }
        };
        // A cluster is filed once by place, name and figure: it is listed
        // under those it already has (the lists are read as sets).
        let c = &self.clusters[n];
        if let Some(p) = u.place.filter(|p| fresh || !c.places.contains(p)) {
            add(self.by_place.entry(p).or_default());
        }
        if let (When::Known { gran: Gran::Day, .. }, When::Known { first: start, gran: Gran::Day, .. }) =
            (u.when, self.clusters[n].when)
        {
            let filed = u.when_first().unwrap_or(start);
            let add = |list: &mut Vec<(i64, i64, usize)>| {
                if list.last().map(|e| e.2) != Some(n) {
                    list.push((filed, start, n));
                }
            };
            if let Some(p) = u.place {
                add(self.day_by_place.entry(p).or_default());
            }
            for &q in &u.places {
                add(self.day_by_named.entry(q).or_default());
            }
        }
        let c = &self.clusters[n];
        for name in u.names.iter().filter(|name| fresh || !c.names.contains(name)) {
            add(self.by_name.entry(*name).or_default());
        }
        for f in figure_keys(u).filter(|f| fresh || !c.figures.contains(f)) {
            add(self.by_figure.entry(f).or_default());
        }
    }

    /// The incidents a unit may join, oldest first.
    fn candidates(&mut self, inc: &Incidents, u: &Unit, out: &mut Vec<usize>) {
        out.clear();
        let reach = MAX_WINDOWS * inc.window;
        let from = |list: &[(i64, usize)], lo: i64, hi: i64, out: &mut Vec<usize>| {
            let a = list.partition_point(|&(s, _)| s < lo);
            out.extend(list[a..].iter().take_while(|&&(s, _)| s <= hi).map(|&(_, n)| n));
        };
        match u.when {
            When::Known { first, gran: Gran::Day, .. } => match u.place {
                // By place: the incidents whose places meet the unit's or
                // another place it names, or that name the unit's place.
                Some(p) => {
                    let lo = first - reach;
                    let recent = |list: Option<&Vec<(i64, i64, usize)>>, out: &mut Vec<usize>| {
                        for &(filed, start, n) in list.into_iter().flatten().rev() {
                            if filed < lo {
                                break;
                            }
                            if start >= lo && start <= first {
                                out.push(n);
                            }
                        }
                    };
                    for &q in meeting(&mut self.meeting, inc, p) {
                        recent(self.day_by_place.get(&q), out);
                        if !inc.places.is_capital(q) {
                            recent(self.day_by_named.get(&q), out);
                        }
                    }
                    for &r in u.places.iter().filter(|&&r| !inc.places.is_capital(r)) {
                        for &q in meeting(&mut self.meeting, inc, r) {
                            recent(self.day_by_place.get(&q), out);
                        }
                    }
                    from(&self.placeless_days, lo, first, out);
                }
                None => from(&self.days, first - reach, first, out),
            },
            When::Known { first, last, .. } => {
                from(&self.days, first - reach, last, out);
                // Coarse units come in order of their first day, and only
                // they look at this list: an incident that ends before one
                // ends before all that come after it (most do: last year's,
                // last month's), so it leaves the list.
                let times = &self.times;
                self.coarse
                    .retain(|&(_, n)| matches!(times[n].when, When::Known { last: end, .. } if end >= first));
                out.extend(self.coarse.iter().filter(|&&(s, _)| s <= last).map(|&(_, n)| n));
            }
            When::Partial { month, day } => {
                let days: Vec<(u8, u8)> = match day {
                    Some(d) => (-inc.window..=inc.window)
                        .filter_map(|k| crate::civil::shift_month_day(month, d, k))
                        .collect(),
                    None => (1..=31).map(|d| (month, d)).collect(),
                };
                for md in days {
                    if let Some(list) = self.by_month_day.get(&md) {
                        out.extend(list);
                    }
                }
                out.extend(&self.partial);
                self.by_evidence(inc, u, out, true);
            }
            // An undated unit joins only on a name or figure it shares
            // (evidence of 2 or more, the date giving none): the incidents
            // at its place that share neither need no look.
            When::None => self.by_evidence(inc, u, out, false),
        }
        self.seen.sort_dedup(out);
    }

    /// Incidents at a place that meets the unit's (if `by_place`), or that
    /// share a name or a figure with it.
    fn by_evidence(&mut self, inc: &Incidents, u: &Unit, out: &mut Vec<usize>, by_place: bool) {
        if let Some(p) = u.place.filter(|_| by_place) {
            for q in meeting(&mut self.meeting, inc, p) {
                if let Some(list) = self.by_place.get(q) {
                    out.extend(list);
                }
            }
        }
        for name in &u.names {
            if let Some(list) = self.by_name.get(name) {
                out.extend(list);
            }
        }
        for f in figure_keys(u) {
            if let Some(list) = self.by_figure.get(&f) {
                out.extend(list);
            }
        }
    }
}

/// Places that meet `p` (cached).
fn meeting<'a>(cache: &'a mut HashMap<u32, Rc<Meeting>>, inc: &Incidents, p: u32) -> &'a [u32] {
    &meeting_of(cache, inc, p).list
}

/// The places that meet a place, as a list and as a set.
struct Meeting {
    list: Vec<u32>,
    set: HashSet<u32>,
}

fn meeting_of<'a>(cache: &'a mut HashMap<u32, Rc<Meeting>>, inc: &Incidents, p: u32) -> &'a Rc<Meeting> {
    cache.entry(p).or_insert_with(|| {
        let list = inc.places.meeting(&inc.strings, p);
        let set = list.iter().copied().collect();
        Rc::new(Meeting { list, set })
    })
}

/// What [`fits_in_time`] reads of a cluster.
struct Times {
    when: When,
    last_day: Option<i64>,
    /// The first day, when dated to a day, as a date and its day of the
    /// year: worked out once, not for every unit of unknown year that looks
    /// at the cluster.
    start: Option<(Date, i64)>,
}

impl Times {
    fn of(c: &Cluster) -> Self {
        let start = match c.when {
            When::Known { first, gran: Gran::Day, .. } => {
                let d = Date::from_days(first);
                Some((d, day_of_year(d.year, d.month, d.day)))
            }
            _ => None,
        };
        Times { when: c.when, last_day: c.last_day, start }
    }
}

/// Days since 1 January of the year (0 on that day): `month` and `day` of a
/// valid date of `year`.
fn day_of_year(year: i32, month: u8, day: u8) -> i64 {
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap_day = i64::from(month > 2 && crate::civil::is_leap(year));
    BEFORE[usize::from(month - 1)] + leap_day + i64::from(day) - 1
}

/// How long an incident may last: reports within the window of each
/// other chain, up to this many windows from its start.
const MAX_WINDOWS: i64 = 3;

/// Whether a unit dated `u` may join incident `c`: the evidence the dates
/// give, and how far apart they are (days). A day joins when it is within
/// the window of the incident's latest day and within three windows of its
/// start.
#[inline]
fn fits_in_time(u: &When, times: &Times, window: i64) -> Option<(u32, i64)> {
    let Times { when, last_day, start: start_date } = *times;
    match (*u, when) {
        (When::Known { first, gran: Gran::Day, .. }, When::Known { first: start, gran: Gran::Day, .. }) => {
            let last = last_day.unwrap_or(start);
            let d = (first - last).abs().min((first - start).abs());
            (d <= window && (first - start).abs() <= MAX_WINDOWS * window).then_some((2, d))
        }
        // A coarse date holds the incident's start, or overlaps its span.
        (When::Known { first, last, .. }, When::Known { first: start, last: end, .. }) => {
            (first <= end && start <= last).then_some((0, (first - start).abs()))
        }
        (When::Partial { month, day }, When::Known { first: start, gran: Gran::Day, .. }) => {
            let (s, s_day) = start_date.unwrap_or_else(|| {
                let s = Date::from_days(start);
                (s, day_of_year(s.year, s.month, s.day))
            });
            match day {
                Some(day) => {
                    // The month and day in the incident's year: days apart
                    // within that year.
                    let d = Date::new(s.year, month, day)?;
                    let dist = (day_of_year(d.year, d.month, d.day) - s_day).abs();
                    (dist <= window).then_some((3, dist))
                }
                None => (s.month == month).then_some((1, 0)),
            }
        }
        (When::Partial { month, day }, When::Partial { month: m2, day: d2 }) => {
            let (a, b) = (Date::new(2001, month, day.unwrap_or(15))?, Date::new(2001, m2, d2.unwrap_or(15))?);
            let dist = (a.to_days() - b.to_days()).abs();
            let close = if day.is_some() && d2.is_some() { dist <= window } else { month == m2 };
            close.then_some((3, dist))
        }
        (When::None, _) => Some((0, 0)),
        _ => None,
    }
}

/// Whether a unit may join an incident by place, and the evidence for it
/// (names, figures and dates). Places meet when the unit's place meets a
/// place of the incident, or, for a dated unit, when another place the unit
/// names meets the incident's place or the unit's place is one the
/// incident's reports name (a report of a clash in a village that names the
/// nearby city, and a report from the city that names the village). Without
/// a place on one side, the evidence must be strong and no country may tell
/// them apart.
fn fits_in_place(inc: &Incidents, u: &Unit, c: &Cluster, date_evidence: u32, meets: &Meets) -> Option<u32> {
    match u.place {
        Some(_) if !c.places.is_empty() => {
            let strong = c.places.iter().any(|q| meets.main.set.contains(q));
            let shared = || shared(u, c, &meets.figures);
            // Looked at only without a strong match (what the weak one
            // costs grows with the places that meet the unit's).
            let weak = || {
                // A month and day of unknown year fit many years: a weak
                // match of places needs a name or a figure too.
                let dated = match u.when {
                    When::Known { .. } => true,
                    When::Partial { .. } => shared() > 0,
                    When::None => false,
                };
                // Capitals are named as governments ("talks in Dushanbe"),
                // so they make no weak match.
                dated
                    && (meets.main.list.iter().any(|q| !inc.places.is_capital(*q) && c.named.contains(q))
                        || c.places.iter().any(|q| meets.other.iter().any(|m| m.set.contains(q))))
            };
            (strong || weak()).then(|| shared() + date_evidence)
        }
        _ => {
            let evidence = shared(u, c, &meets.figures) + date_evidence;
            let countries_differ = !u.countries.is_empty()
                && !c.countries.is_empty()
                && !u.countries.iter().any(|x| c.countries.contains(x));
            (evidence >= PLACELESS && !countries_differ).then_some(evidence)
        }
    }
}

/// The places that meet a unit's place, and those that meet the other
/// places it names (capitals left out): the cached sets of each place, not
/// a set built for every unit (a region meets hundreds of places).
struct Meets {
    main: Rc<Meeting>,
    other: Vec<Rc<Meeting>>,
    /// The unit's figure keys, worked out once for all candidates.
    figures: Vec<(u32, u64)>,
    /// No place: `main` of a unit without one.
    none: Rc<Meeting>,
}

impl Default for Meets {
    fn default() -> Self {
        let none = Rc::new(Meeting { list: Vec::new(), set: HashSet::default() });
        Meets { main: Rc::clone(&none), other: Vec::new(), figures: Vec::new(), none }
    }
}

impl Meets {
    fn of(&mut self, inc: &Incidents, cache: &mut HashMap<u32, Rc<Meeting>>, u: &Unit) {
        self.other.clear();
        self.figures.clear();
        self.figures.extend(figure_keys(u));
        self.main = match u.place {
            Some(p) => Rc::clone(meeting_of(cache, inc, p)),
            None => Rc::clone(&self.none),
        };
        for &r in u.places.iter().filter(|&&r| !inc.places.is_capital(r)) {
            self.other.push(Rc::clone(meeting_of(cache, inc, r)));
        }
    }
}

/// Names and figures a unit shares with an incident.
fn shared(u: &Unit, c: &Cluster, figures: &[(u32, u64)]) -> u32 {
    let names: u32 =
        u.names.iter().filter(|n| c.names.contains(n)).map(|&(_, person)| if person { 2 } else { 1 }).sum();
    let figures = figures.iter().filter(|f| c.figures.contains(f)).count() as u32 * 2;
    names + figures
}

#[cfg(test)]
mod tests {
    use super::{day_of_year, Marks};
    use crate::civil::Date;

    #[test]
    fn day_of_year_counts_days_from_new_year() {
        for year in [1900, 1999, 2000, 2016, 2023, 2024] {
            let new_year = Date::new(year, 1, 1).unwrap().to_days();
            let mut day = new_year;
            while Date::from_days(day).year == year {
                let d = Date::from_days(day);
                assert_eq!(day_of_year(d.year, d.month, d.day), day - new_year, "{d}");
                day += 1;
            }
        }
    }

    #[test]
    fn marks_sort_and_dedup_as_sorting_does() {
        let mut marks = Marks::default();
        for list in [
            vec![],
            vec![3, 1, 3],
            (0..500).rev().chain(0..500).collect::<Vec<_>>(),
            (0..300).map(|i| (i * 37) % 1000).chain([999, 0, 64, 63]).collect(),
            (0..100).map(|i| i * 10_000).collect(),
        ] {
            let mut want = list.clone();
            want.sort_unstable();
            want.dedup();
            let mut got = list.clone();
            marks.sort_dedup(&mut got);
            assert_eq!(got, want);
            // The set is left clear for the next list.
            assert!(marks.bits.iter().all(|&w| w == 0));
        }
    }
}
