//! The claims of an incident: its casualty figures by event and class, each
//! report with its date, and the estimates across outlets and days.
//!
//! - Each document counts once per claim. Its figure is its largest figure
//!   for the claim, where "five more", "a further two" (`additional`) add
//!   to the figure stated before them; a document that gives only figures
//!   for single sites of the incident ("at another store, …", `partial`)
//!   counts their sum.
//! - Counted in no estimate: figures the report itself calls earlier,
//!   revised or retracted (`superseded`, from kz-numbers), and copies of
//!   another report of the incident (`copy_of`).
//! - `low` is the smallest figure a counted report states (its lower
//!   bound for "at least", "dozens"), `high` the largest total.
//! - Tolls grow: a document's figure is *outdated* when a report published
//!   later gives a larger one. `best` is the median of the figures that
//!   are not outdated (the lower middle one when their number is even);
//!   `rising` is true when some figure was outdated; `conflict` is true when
//!   the figures that are not outdated differ — outlets that disagree, not a
//!   toll that grew over days.
//! - `latest` is the figure of the most recently published counted report
//!   (the larger on the same day), passing over one smaller than two
//!   reports of the window before it; reports without a date are never
//!   latest.

use kz_shared::fxhash::HashMap;

use super::group::Cluster;
use super::{Figure, Incidents};
use crate::civil::Date;

#[derive(Debug)]
pub(crate) struct Report {
    pub(crate) sentence: u32,
    pub(crate) unit: usize,
    pub(crate) figure: Figure,
    /// The report of this incident it copies.
    pub(crate) copy_of: Option<CopyOf>,
}

/// What a report copies: a sentence of the incident, or a record that
/// `dup_of` names (as JSON text, as [`crate::timeline::Strings`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum CopyOf {
    Sentence(u32),
    Raw(u32),
}

#[derive(Debug)]
pub(crate) struct Latest {
    pub(crate) value: f64,
    pub(crate) as_of: Date,
    pub(crate) doc: u32,
    pub(crate) source: Option<u32>,
}

#[derive(Debug)]
pub(crate) struct Claim {
    pub(crate) event: u32,
    pub(crate) who_class: u32,
    pub(crate) low: Option<f64>,
    pub(crate) best: Option<f64>,
    pub(crate) high: Option<f64>,
    pub(crate) conflict: bool,
    pub(crate) rising: bool,
    /// Documents counted in the estimates.
    pub(crate) counted: usize,
    pub(crate) latest: Option<Latest>,
    pub(crate) reports: Vec<Report>,
}

/// The point, lower and upper bound of a figure.
fn bounds(f: &Figure) -> (f64, f64, f64) {
    let point = f.value.or(f.low).or(f.high).unwrap_or(0.0);
    let low = f.low.or(f.value).unwrap_or(point).min(point);
    let high = f.high.or(f.value).unwrap_or(point).max(point);
    (point, low, high)
}

/// What one document says about one claim.
struct DocFigure {
    doc: u32,
    as_of: Option<Date>,
    source: Option<u32>,
    point: f64,
    low: f64,
    high: f64,
    /// Whether the figure is more than an upper bound ("up to 2,000").
    firm: bool,
}

pub(crate) fn claims(inc: &Incidents, cluster: &Cluster) -> Vec<Claim> {
    let mut all: Vec<(u32, usize, Figure)> = Vec::new();
    let mut order = cluster.units.clone();
    order.sort_by_key(|&u| (inc.units[u].order, inc.units[u].background));
    for &u in &order {
        for &(sentence, figure) in &inc.units[u].reports {
            all.push((sentence, u, figure));
        }
    }
    let originals = originals(inc, &all);
    let mut out: Vec<Claim> = Vec::new();
    for (sentence, unit, figure) in all {
        let copy_of = match inc.sentences[sentence as usize].copy_of {
            Some((raw, None)) => Some(CopyOf::Raw(raw)),
            _ => originals.get(&sentence).copied().map(CopyOf::Sentence),
        };
        let report = Report { sentence, unit, figure, copy_of };
        match out.iter_mut().find(|c| (c.event, c.who_class) == (figure.event, figure.who_class)) {
            Some(c) => c.reports.push(report),
            None => out.push(Claim {
                event: figure.event,
                who_class: figure.who_class,
                low: None,
                best: None,
                high: None,
                conflict: false,
                rising: false,
                counted: 0,
                latest: None,
                reports: vec![report],
            }),
        }
    }
    for c in &mut out {
        estimate(inc, c);
    }
    out
}

/// For each counted sentence of an incident, the sentence it copies: of the
/// sentences of the incident that are one text (`dup_of`, or the same
/// normalised sentence) in different documents, the one published first
/// (then the first read) is the original, and the others in other
/// documents its copies.
fn originals(inc: &Incidents, all: &[(u32, usize, Figure)]) -> HashMap<u32, u32> {
    let root = |s: u32| {
        let mut s = s;
        for _ in 0..4 {
            match inc.sentences[s as usize].copy_of {
                Some((_, Some(t))) if t != s => s = t,
                _ => break,
            }
        }
        s
    };
    // Sentences by the text they are copies of (`root`), each once: only
    // groups of two or more matter. Sorted into runs rather than gathered
    // in a map of lists, which cost an allocation per report.
    let mut rooted: Vec<(u32, u32, usize)> =
        all.iter().map(|&(sentence, unit, _)| (root(sentence), sentence, unit)).collect();
    rooted.sort_unstable_by_key(|&(r, s, _)| (r, s));
    rooted.dedup_by_key(|&mut (r, s, _)| (r, s));
    // Each sentence has one key: which member is the original does not
    // depend on their order.
    let key = |&(_, sentence, unit): &(u32, u32, usize)| {
        let u = &inc.units[unit];
        (u.published.is_none(), u.published, u.order, sentence)
    };
    let doc = |s: u32| inc.sentences[s as usize].doc;
    let mut out = HashMap::default();
    for members in rooted.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1) {
        let original = members.iter().min_by_key(|x| key(x)).expect("a group has members").1;
        for &(_, s, _) in members {
            if doc(s) != doc(original) {
                out.insert(s, original);
            }
        }
    }
    out
}

/// The largest figure published after each publication date of a claim's
/// documents: whether a figure is outdated (a report published later gives
/// a larger one) without comparing every pair of documents, which a claim
/// of thousands of documents cannot afford.
struct LaterMax {
    /// (date, the largest point of the documents published after it),
    /// newest first, one entry per date.
    dates: Vec<(Date, f64)>,
}

impl LaterMax {
    fn of(figures: &[DocFigure]) -> Self {
        let mut by_date: Vec<(Date, f64)> =
            figures.iter().filter_map(|f| f.as_of.map(|a| (a, f.point))).collect();
        by_date.sort_unstable_by_key(|e| std::cmp::Reverse(e.0));
        let mut dates: Vec<(Date, f64)> = Vec::new();
        let mut max = f64::NEG_INFINITY;
        let mut i = 0;
        while i < by_date.len() {
            let date = by_date[i].0;
            dates.push((date, max));
            // The documents of this date count for the earlier ones only.
            while i < by_date.len() && by_date[i].0 == date {
                max = max.max(by_date[i].1);
                i += 1;
            }
        }
        LaterMax { dates }
    }

    /// Whether a document published after `date` gives more than `point`.
    fn above(&self, date: Date, point: f64) -> bool {
        match self.dates.binary_search_by(|e| date.cmp(&e.0)) {
            Ok(k) => self.dates[k].1 > point,
            Err(_) => false,
        }
    }
}

fn estimate(inc: &Incidents, claim: &mut Claim) {
    // Per document: (whole, additional, partial) figures.
    let mut per_doc: Vec<(u32, Vec<&Report>)> = Vec::new();
    let mut doc_index: HashMap<u32, usize> = HashMap::default();
    for r in &claim.reports {
        if r.copy_of.is_some() || r.figure.superseded {
            continue;
        }
        let doc = inc.units[r.unit].doc;
        match doc_index.get(&doc) {
            Some(&i) => per_doc[i].1.push(r),
            None => {
                doc_index.insert(doc, per_doc.len());
                per_doc.push((doc, vec![r]));
            }
        }
    }
    let mut figures: Vec<DocFigure> = Vec::new();
    for (doc, reports) in &per_doc {
        let unit = &inc.units[reports[0].unit];
        // The document's figure: its largest, where "five more" adds to
        // the figure stated before it; figures for single sites of the
        // incident add up when the document gives no other. Its lower
        // bound: the smallest figure it states.
        let (mut point, mut high, mut low) = (f64::NEG_INFINITY, f64::NEG_INFINITY, f64::INFINITY);
        let (mut acc, mut acc_high) = (0.0, 0.0);
        let (mut sites, mut sites_high) = (0.0, 0.0);
        let mut whole = false;
        // "Up to 2,000 may have died" bounds the toll from above: the
        // document's figure is another it gives, when it gives one.
        let up_to = |r: &Report| r.figure.qualifier.is_some_and(|q| inc.strings.get(q) == "up_to");
        let firm = reports.iter().any(|r| !up_to(r));
        for r in reports {
            let (p, lo, hi) = bounds(&r.figure);
            low = low.min(lo);
            if firm && up_to(r) {
                high = high.max(hi);
                continue;
            }
            if r.figure.additional {
                acc += p;
                acc_high += hi;
            } else if r.figure.partial {
                sites += p;
                sites_high += hi;
                continue;
            } else {
                whole = true;
                acc = p;
                acc_high = hi;
            }
            point = point.max(acc);
            high = high.max(acc_high);
        }
        if !whole {
            point = point.max(sites + acc.max(0.0));
            high = high.max(sites_high + acc_high.max(0.0));
        }
        figures.push(DocFigure {
            doc: *doc,
            as_of: unit.published,
            source: unit.source,
            point,
            low: low.min(point),
            high: high.max(point),
            firm,
        });
    }
    claim.counted = figures.len();
    if figures.is_empty() {
        return;
    }
    // A few documents are compared pair by pair, many through `LaterMax`.
    let later = (figures.len() > 16).then(|| LaterMax::of(&figures));
    let outdated = |f: &DocFigure| {
        f.as_of.is_some_and(|a| match &later {
            Some(later) => later.above(a, f.point),
            None => figures.iter().any(|g| g.as_of.is_some_and(|b| b > a) && g.point > f.point),
        })
    };
    let mut current: Vec<f64> = figures.iter().filter(|f| !outdated(f)).map(|f| f.point).collect();
    claim.rising = current.len() < figures.len();
    current.sort_by(f64::total_cmp);
    claim.best = Some(current[(current.len() - 1) / 2]);
    claim.conflict = current.windows(2).any(|w| w[0] != w[1]);
    claim.low = Some(figures.iter().map(|f| f.low).fold(f64::INFINITY, f64::min));
    claim.high = Some(figures.iter().map(|f| f.high).fold(f64::NEG_INFINITY, f64::max));
    claim.latest = latest(&figures, inc.window);
}

/// The figure of the most recently published report (the larger on the
/// same day), passing over a report that gives less than two reports
/// published in the `window` days before it: tolls grow over days, and a
/// smaller figure soon after is a part (the names identified so far, one
/// side's dead, those still in hospital) more often than a revision; one
/// earlier report alone may be the odd one (an estimate read as a count).
/// A report that gives only an upper bound ("up to 2,000") is latest only
/// when no dated report gives a figure.
fn latest(figures: &[DocFigure], window: i64) -> Option<Latest> {
    let any_firm = figures.iter().any(|f| f.firm && f.as_of.is_some());
    let mut dated: Vec<(Date, &DocFigure)> =
        figures.iter().filter(|f| f.firm || !any_firm).filter_map(|f| f.as_of.map(|a| (a, f))).collect();
    dated.sort_by(|(a, f), (b, g)| a.cmp(b).then(f.point.total_cmp(&g.point)).then(g.doc.cmp(&f.doc)));
    let mut best: Option<(Date, &DocFigure)> = None;
    let (mut lo, mut i) = (0, 0);
    while i < dated.len() {
        let day = dated[i].0;
        let end = i + dated[i..].iter().take_while(|(d, _)| *d == day).count();
        // The two largest figures of the window's days before this one.
        let from = day.to_days() - window;
        while dated[lo].0.to_days() < from {
            lo += 1;
        }
        let mut top = [f64::NEG_INFINITY; 2];
        for (_, g) in &dated[lo..i] {
            if g.point > top[0] {
                top = [g.point, top[0]];
            } else if g.point > top[1] {
                top[1] = g.point;
            }
        }
        for &(a, f) in &dated[i..end] {
            if f.point >= top[1] {
                best = Some((a, f));
            }
        }
        i = end;
    }
    best.map(|(as_of, f)| Latest { value: f.point, as_of, doc: f.doc, source: f.source })
}

#[cfg(test)]
mod tests {
    use super::{latest, DocFigure, LaterMax};
    use crate::civil::Date;

    fn fig(doc: u32, day: Option<u8>, point: f64, firm: bool) -> DocFigure {
        DocFigure {
            doc,
            as_of: day.map(|d| Date::new(2021, 3, d).unwrap()),
            source: None,
            point,
            low: point,
            high: point,
            firm,
        }
    }

    fn latest_of(figures: &[DocFigure]) -> Option<(f64, u32)> {
        latest(figures, 7).map(|l| (l.value, l.doc))
    }

    #[test]
    fn latest_is_the_newest_report_that_gives_no_less_than_earlier_ones() {
        // A toll that grows: the newest report; the larger on the same day.
        let growing = [fig(0, Some(2), 12.0, true), fig(1, Some(4), 30.0, true), fig(2, Some(4), 28.0, true)];
        assert_eq!(latest_of(&growing), Some((30.0, 1)));
        // A later figure smaller than two earlier reports (names
        // identified so far, one side's dead) is passed over; an undated
        // report is never latest.
        let part = [
            fig(0, Some(2), 48.0, true),
            fig(3, Some(3), 50.0, true),
            fig(1, Some(5), 21.0, true),
            fig(2, None, 70.0, true),
        ];
        assert_eq!(latest_of(&part), Some((50.0, 3)));
        // Smaller than one earlier report only: that one may be the odd one.
        let odd = [fig(0, Some(2), 40.0, true), fig(3, Some(3), 900.0, true), fig(1, Some(5), 61.0, true)];
        assert_eq!(latest_of(&odd), Some((61.0, 1)));
        // A figure equal to the earlier one is the newer report.
        let same = [fig(0, Some(2), 50.0, true), fig(1, Some(5), 50.0, true)];
        assert_eq!(latest_of(&same), Some((50.0, 1)));
        // An upper bound ("up to 500 may have died") neither is latest nor
        // hides the reports after it, unless it is all there is.
        let bound = [
            fig(0, Some(2), 40.0, true),
            fig(3, Some(2), 45.0, true),
            fig(1, Some(3), 500.0, false),
            fig(2, Some(6), 61.0, true),
        ];
        assert_eq!(latest_of(&bound), Some((61.0, 2)));
        assert_eq!(latest_of(&[fig(1, Some(3), 500.0, false)]), Some((500.0, 1)));
        assert_eq!(latest_of(&[fig(1, None, 5.0, true)]), None);
        // Reports of more than a window before do not count: a figure of a
        // month later stands.
        let late = [fig(0, Some(1), 50.0, true), fig(3, Some(2), 52.0, true), fig(1, Some(20), 21.0, true)];
        assert_eq!(latest_of(&late), Some((21.0, 1)));
    }

    #[test]
    fn later_max_tells_outdated_figures_as_comparing_every_pair_does() {
        // Documents over a few days (some undated), with figures that grow,
        // fall back and repeat.
        let figures: Vec<DocFigure> = (0..60u32)
            .map(|n| DocFigure {
                doc: n,
                as_of: (n % 7 != 3).then(|| Date::new(2022, 1, 1 + (n * 5 % 9) as u8).unwrap()),
                source: None,
                point: f64::from(n * 37 % 11),
                low: 0.0,
                high: 0.0,
                firm: true,
            })
            .collect();
        let later = LaterMax::of(&figures);
        let mut outdated = 0;
        for f in &figures {
            let pairwise = f
                .as_of
                .is_some_and(|a| figures.iter().any(|g| g.as_of.is_some_and(|b| b > a) && g.point > f.point));
            assert_eq!(f.as_of.is_some_and(|a| later.above(a, f.point)), pairwise, "document {}", f.doc);
            outdated += usize::from(pairwise);
        }
        // Both answers occur.
        assert!(outdated > 0 && outdated < figures.len());
    }
}
