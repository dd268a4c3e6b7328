//! Tests of the English rules, in English sentences of our own.
use super::*;
use crate::annotate::test_util::*;
use crate::annotate::{AnchorKind, Annotator};
use crate::dates::{ceil_boundary, parts_by_kind, parts_by_one_regex, Scratch};
use kz_shared::Record;
use serde_json::Value;

#[test]
fn full_dates_in_press_forms() {
    for s in [
        "The blast came on March 3, 2021, near the depot.",
        "The blast came on 3 March 2021 near the depot.",
        "The blast came on 3rd of March 2021 near the depot.",
        "Dated 03.03.2021 in the archive.",
        "Dated 03/03/2021 in the archive.",
        "Logged as 2021-03-03 by the court.",
        "On Mar. 3, 2021 the depot burned.",
    ] {
        let m = one(None, s);
        assert_eq!(m.value.as_deref(), Some("2021-03-03"), "{s}");
        assert_eq!(m.anchor, AnchorKind::Text);
        assert_eq!(m.granularity, "day");
    }
    // day.month.year, never month.day.year
    assert_eq!(value(None, "Filed on 12.04.2019.").as_deref(), Some("2019-04-12"));
    // impossible dates are not dates
    assert!(doc(None, &["Version 31.02.2020 was bad."]).is_empty());
}

#[test]
fn a_very_long_match_is_still_read() {
    // Longer than the backtracker keeps track of: the PikeVM reads it.
    let text = format!("It began on March{}3, 2021.", " ".repeat(20_000));
    assert_eq!(value(None, &text).as_deref(), Some("2021-03-03"));
}

#[test]
fn a_full_stop_after_a_month_name_is_not_part_of_the_date() {
    let mut a = Annotator::new(None);
    let text = "The court sat on 12 February. Jan. 9 came next, then 3 May.";
    let found = a.scan(text, Date::parse_iso("2020-03-01"));
    let spans: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["12 February", "Jan. 9", "3 May"]);
    assert_eq!(found[0].value.as_deref(), Some("2020-02-12"));
}

#[test]
fn month_day_takes_the_year_of_the_publication() {
    let m = one(Some("2018-09-20"), "Protesters gathered on September 18th outside the akimat.");
    assert_eq!(m.value.as_deref(), Some("2018-09-18"));
    assert_eq!(m.anchor, AnchorKind::Published);
    // Early January news about late December: the year before.
    assert_eq!(
        value(Some("2022-01-04"), "Fuel prices doubled on December 30.").as_deref(),
        Some("2021-12-30")
    );
    // A plan for next spring in a December report.
    assert_eq!(
        value(Some("2022-12-20"), "The trial will open on February 2.").as_deref(),
        Some("2023-02-02")
    );
    // No publication date: the year stays unknown.
    let m = one(None, "Miners walked out on July 9.");
    assert_eq!(m.value.as_deref(), Some("XXXX-07-09"));
    assert_eq!(m.anchor, AnchorKind::None);
}

#[test]
fn a_full_date_in_the_text_gives_its_year_to_later_month_days() {
    let got = doc(None, &["The strike began on 4 May 2011.", "By May 16 it had spread."]);
    assert_eq!(got[1].1.as_deref(), Some("2011-05-16"));
}

#[test]
fn may_the_verb_is_not_a_month() {
    assert!(doc(None, &["Officials may 5 times revise the count."]).is_empty());
    assert_eq!(doc(None, &["Talks ended in May."])[0].1.as_deref(), Some("XXXX-05"));
}

#[test]
fn months_and_years_alone() {
    assert_eq!(value(None, "It was calm in October 2019.").as_deref(), Some("2019-10"));
    assert_eq!(value(None, "The plant closed in 1998.").as_deref(), Some("1998"));
    assert_eq!(value(None, "Founded (1994).").as_deref(), Some("1994"));
    let m = one(Some("2020-11-02"), "Tensions rose in early August.");
    assert_eq!(m.value.as_deref(), Some("2020-08"));
    assert_eq!(m.modifier, Some("early"));
    let m = one(Some("2021-02-10"), "The inquiry should end by mid-March, he said it would.");
    assert_eq!(m.value.as_deref(), Some("2021-03"));
    assert_eq!(m.modifier, Some("mid"));
    let m = one(None, "He was detained in late November.");
    assert_eq!((m.value.as_deref(), m.modifier), (Some("XXXX-11"), Some("late")));
}

#[test]
fn counts_of_things_are_not_years() {
    assert!(doc(None, &["About 1500 people marched."]).is_empty());
    assert!(doc(None, &["Prices rose by $2000 overnight"]).len() == 1); // only "overnight"
    assert!(doc(None, &["Call 2020 for help now"]).is_empty());
}

#[test]
fn decades_and_centuries() {
    let m = one(None, "Unrest of the 1990s returned.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("199"), "decade"));
    let m = one(None, "A fortress of the 19th century stands there.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("18"), "century"));
    let m = one(None, "Since the early twentieth century the town grew.");
    assert_eq!((m.value.as_deref(), m.modifier), (Some("19"), Some("early")));
}

#[test]
fn weekdays_are_the_latest_on_or_before_publication() {
    // Published Tuesday 2019-07-16.
    let p = Some("2019-07-16");
    assert_eq!(value(p, "Riot police moved in on Saturday.").as_deref(), Some("2019-07-13"));
    assert_eq!(value(p, "Riot police moved in on Tuesday.").as_deref(), Some("2019-07-16"));
    assert_eq!(value(p, "It happened last Tuesday.").as_deref(), Some("2019-07-09"));
    // Future tense: the next one.
    assert_eq!(value(p, "The court will rule on Friday.").as_deref(), Some("2019-07-19"));
    assert_eq!(value(p, "They meet next Tuesday.").as_deref(), Some("2019-07-23"));
    // A past statement about a future act: the date of the act.
    let got = doc(p, &["The mayor said on Monday that the market will reopen on Thursday."]);
    assert_eq!(got[0].1.as_deref(), Some("2019-07-15"));
    assert_eq!(got[1].1.as_deref(), Some("2019-07-18"));
}

#[test]
fn deadlines_and_states_that_still_hold_lie_ahead() {
    // A December report: the curfew ends in the new year.
    let p = Some("2021-12-20");
    assert_eq!(
        value(p, "The curfew stays in force until January 5 in the whole region.").as_deref(),
        Some("2022-01-05")
    );
    assert_eq!(
        value(p, "The state of emergency has been extended till 10 January.").as_deref(),
        Some("2022-01-10")
    );
    // Published Tuesday 16 July 2019: the coming days.
    let p = Some("2019-07-16");
    assert_eq!(value(p, "Traders must leave the bazaar by Friday.").as_deref(), Some("2019-07-19"));
    assert_eq!(value(p, "Schools are shut through Sunday.").as_deref(), Some("2019-07-21"));
    // Police said the road "is closed": reported speech about now.
    assert_eq!(
        value(p, "Police said the pass road is closed until Thursday.").as_deref(),
        Some("2019-07-18")
    );
}

#[test]
fn past_states_and_other_bys_stay_in_the_past() {
    let p = Some("2021-12-20");
    // Past perfect about a past event: the March before.
    assert_eq!(
        value(p, "Rallies had been held until March 3 in the old town.").as_deref(),
        Some("2021-03-03")
    );
    assert_eq!(value(p, "By May 16 the strike had spread.").as_deref(), Some("2021-05-16"));
    let p = Some("2019-07-16");
    // No present verb to go by: as any past report.
    assert_eq!(value(p, "Police held the men until Friday.").as_deref(), Some("2019-07-12"));
    assert_eq!(value(p, "The curfew was in force until Sunday.").as_deref(), Some("2019-07-14"));
    // A possessive weekday after "by" is not a deadline.
    assert_eq!(value(p, "Roads are blocked by Friday's landslide.").as_deref(), Some("2019-07-12"));
}

#[test]
fn weekdays_across_month_and_year_boundaries_and_leap_days() {
    // Published Monday 2 January 2023: "on Friday" is 30 December 2022.
    assert_eq!(value(Some("2023-01-02"), "Shots were fired on Friday.").as_deref(), Some("2022-12-30"));
    // Published Saturday 1 June 2024: "on Wednesday" is 29 May.
    assert_eq!(value(Some("2024-06-01"), "Police raided flats on Wednesday.").as_deref(), Some("2024-05-29"));
    // Published Friday 1 March 2024: "on Thursday" is the leap day.
    assert_eq!(value(Some("2024-03-01"), "Two were held on Thursday.").as_deref(), Some("2024-02-29"));
    // Future from 27 December 2021 (Monday): "on Sunday" is 2 January 2022.
    assert_eq!(value(Some("2021-12-27"), "Voting will take place on Sunday.").as_deref(), Some("2022-01-02"));
}

#[test]
fn leap_days_without_a_year_go_to_a_leap_year() {
    assert_eq!(value(Some("2023-03-10"), "The fire started on February 29.").as_deref(), Some("2020-02-29"));
    assert_eq!(value(None, "It began on 29 February 2024.").as_deref(), Some("2024-02-29"));
    assert!(doc(None, &["It began on 29 February 2023."]).is_empty());
}

#[test]
fn a_weekday_with_nothing_to_count_from_stays_null() {
    let m = one(None, "The square was cleared on Sunday morning.");
    assert_eq!(m.value, None);
    assert_eq!(m.anchor, AnchorKind::None);
    assert_eq!(m.part_of_day.as_deref(), Some("morning"));
    // --anchor fills in for a missing publication date.
    let mut a = Annotator::new(pubd("2022-01-07"));
    let m = &a.scan("The square was cleared on Wednesday.", None)[0];
    assert_eq!(m.value.as_deref(), Some("2022-01-05"));
    assert_eq!(m.anchor, AnchorKind::Anchor);
}

#[test]
fn relative_days_count_from_publication() {
    let p = Some("2020-03-01");
    assert_eq!(value(p, "Two men were detained yesterday.").as_deref(), Some("2020-02-29"));
    assert_eq!(value(p, "The report is out today.").as_deref(), Some("2020-03-01"));
    assert_eq!(value(p, "Flights resume tomorrow.").as_deref(), Some("2020-03-02"));
    let m = one(p, "Shops were looted overnight.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2020-02-29"), Some("night")));
    let m = one(p, "Gunfire was heard last night.");
    assert_eq!(m.value.as_deref(), Some("2020-02-29"));
    let m = one(p, "Rallies resumed this morning.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2020-03-01"), Some("morning")));
    let m = one(p, "Arrests went on last week.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-W08"), "week"));
    let m = one(p, "Prices were raised earlier this month.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-03"), "month"));
    assert_eq!(value(p, "It began three days ago.").as_deref(), Some("2020-02-27"));
    assert_eq!(value(p, "He was held fifteen days ago.").as_deref(), Some("2020-02-15"));
    assert_eq!(value(p, "She had left Seventeen days earlier.").as_deref(), Some("2020-02-13"));
    assert_eq!(value(p, "Turnout fell last year.").as_deref(), Some("2019"));
    // Nothing to count from.
    assert_eq!(value(None, "The report is out today."), None);
}

#[test]
fn the_day_before_counts_from_the_last_date_mentioned() {
    // Publication is 10 May; the text speaks of 2 May.
    let got = doc(
        Some("2021-05-10"),
        &[
            "Clashes broke out on 2 May 2021 in the market.",
            "The day before, leaflets had been handed out.",
            "Two days later the army arrived.",
            "The next day roads were closed.",
        ],
    );
    assert_eq!(got[1].1.as_deref(), Some("2021-05-01"));
    assert_eq!(got[2].1.as_deref(), Some("2021-05-03"));
    assert_eq!(got[3].1.as_deref(), Some("2021-05-04"));
    // With no date in the text, from publication.
    assert_eq!(
        doc(Some("2021-05-10"), &["The day before, leaflets were seen."])[0].1.as_deref(),
        Some("2021-05-09")
    );
    // Unknown year: month-day arithmetic when it is safe.
    let got = doc(None, &["Crowds gathered on March 2.", "The day before, it rained."]);
    assert_eq!(got[1].1.as_deref(), Some("XXXX-03-01"));
    let got = doc(None, &["Crowds gathered on March 1.", "The day before, it rained."]);
    assert_eq!(got[1].1, None, "28 or 29 February: cannot tell");
    // After a weekday that could not be placed, the reference is lost.
    let got = doc(None, &["It began on June 3.", "On Sunday it spread.", "The next day it ended."]);
    assert_eq!(got[2].1, None);
    // A new document starts afresh.
    let mut a = Annotator::new(None);
    let mut r1: Record = serde_json::from_str(r#"{"doc":"a","text":"Seen on 4 June 2015."}"#).unwrap();
    let t = r1["text"].as_str().unwrap().to_string();
    a.annotate_record(&mut r1, Some(&t));
    let mut r2: Record = serde_json::from_str(r#"{"doc":"b","text":"The day before, nothing."}"#).unwrap();
    a.annotate_record(&mut r2, Some("The day before, nothing."));
    assert_eq!(r2["times"][0]["value"], Value::Null);
}

#[test]
fn more_reference_time_and_weekday_forms() {
    let got = doc(
        Some("2022-01-10"),
        &[
            "Troops entered the city on 5 January 2022.",
            "A week later the curfew was lifted.",
            "The following day schools reopened.",
        ],
    );
    assert_eq!(got[1].1.as_deref(), Some("2022-01-12"));
    assert_eq!(got[2].1.as_deref(), Some("2022-01-13"));
    // "last Friday" seen from Tuesday 3 January 2023 is in the old year.
    assert_eq!(value(Some("2023-01-03"), "It was calm last Friday.").as_deref(), Some("2022-12-30"));
    // A possessive weekday is still the day.
    assert_eq!(value(Some("2019-03-15"), "Wednesday's attack left a crater.").as_deref(), Some("2019-03-13"));
    // "the day before" right after an explicit date in the same sentence.
    let got = doc(None, &["The vote was held on 10 January 2021; the day before, polls closed."]);
    assert_eq!(got[1].1.as_deref(), Some("2021-01-09"));
}

#[test]
fn holidays_of_the_region() {
    let m = one(Some("2016-06-06"), "The attack on the eve of Ramadan shocked the city.");
    assert_eq!(m.value.as_deref(), Some("2016-06-05"));
    assert_eq!(
        value(Some("2013-10-20"), "Sheep prices rose before Kurban Ait.").as_deref(),
        Some("2013-10-15")
    );
    assert_eq!(value(None, "Celebrations of Eid al-Adha 2024 were muted.").as_deref(), Some("2024-06-16"));
    assert_eq!(value(Some("2019-03-25"), "Crowds filled squares for Nauryz.").as_deref(), Some("2019-03-22"));
    assert_eq!(value(None, "Crowds filled squares for Nowruz.").as_deref(), Some("XXXX-03-22"));
    assert_eq!(
        value(None, "Arrests on the eve of Independence Day followed.").as_deref(),
        Some("XXXX-12-15")
    );
    // A lunar holiday with no year cannot be placed.
    assert_eq!(value(None, "Mosques were full for Eid al-Fitr."), None);
    let m = one(Some("2016-06-20"), "Markets close early during Ramadan.");
    assert_eq!(m.value.as_deref(), Some("2016-06-06/2016-07-04"));
    assert_eq!(m.granularity, "period");
}

#[test]
fn clock_times_are_kept_as_part_of_day() {
    let m = one(Some("2019-03-14"), "They struck shortly after 11 p.m. on Wednesday.");
    assert_eq!(m.value.as_deref(), Some("2019-03-13"));
    assert_eq!(m.part_of_day.as_deref(), Some("23:00"));
    let m = one(Some("2019-03-14"), "Voting closed on Wednesday at 20:00.");
    assert_eq!(m.part_of_day.as_deref(), Some("20:00"));
    let m = one(None, "Sirens sounded around 3 p.m. near the base.");
    assert_eq!((m.value, m.granularity, m.part_of_day.as_deref()), (None, "time", Some("15:00")));
    assert_eq!(one(None, "It ended at 12 a.m. sharp.").part_of_day.as_deref(), Some("00:00"));
    assert_eq!(one(None, "Crowds thinned by noon.").part_of_day.as_deref(), Some("12:00"));
    let m = one(Some("2022-01-07"), "Shooting resumed on the night of January 5.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2022-01-05"), Some("night")));
}

#[test]
fn report_dates_are_marked() {
    let got = Annotator::new(None)
        .scan("Gunmen attacked a checkpoint on Sunday, the agency reported Monday.", pubd("2016-06-06"));
    assert!(!got[0].report);
    assert!(got[1].report);
}

#[test]
fn parts_read_again_from_the_memo_are_the_parts_read_afresh() {
    // The same expressions in one text, with other characters beside them
    // (a word character before a number changes what `\b` allows).
    let text =
        "On Monday, on Monday; x1999 1999 (1999) 3 p.m. on Monday 3 p.m., 5 June 5 June, June 5 June 5";
    assert_eq!(parts_by_kind(&English, text), parts_by_one_regex(&English, text), "{text}");
    let mut memo = super::super::Scratch::default();
    let first = crate::dates::find_raw(&English, text, text, &mut memo);
    let again = crate::dates::find_raw(&English, text, text, &mut memo);
    let fresh = crate::dates::find_raw(&English, text, text, &mut Scratch::default());
    assert_eq!(format!("{first:?}"), format!("{fresh:?}"));
    assert_eq!(format!("{again:?}"), format!("{fresh:?}"));
}

#[test]
fn kinds_found_apart_match_one_regex_of_all_kinds() {
    for text in [
        "On the night of January 5, 2022 at 11 p.m. shots rang out; the day before, 3 were held.",
        "Since 1991 and in the 1990s, the early twentieth century; 12.03.2019 and 2019-03-12.",
        "Late on Wednesday morning, two days later, next week, on the eve of Ramadan 2016.",
        "The may 5 vote, in mid-March, by May 16, in May 2011, 3rd of May, noon and 20:00.",
    ] {
        assert_eq!(parts_by_kind(&English, text), parts_by_one_regex(&English, text), "{text}");
    }
}

/// The clause test as first written, on strings and chars.
fn is_future_as_written(lower: &str, start: usize, end: usize) -> bool {
    const WORDS: &[&str] = &[
        "will",
        "won't",
        "shall",
        "would",
        "scheduled",
        "plans",
        "plan",
        "planned",
        "planning",
        "going",
        "expected",
        "upcoming",
        "due",
        "intends",
    ];
    let from = floor_boundary(lower, start.saturating_sub(60));
    let before = &lower[from..start];
    let before = match before.rfind([',', ';', '.', '“', '"', ':']) {
        Some(i) => &before[i..],
        None => before,
    };
    let to = ceil_boundary(lower, end + 40);
    let after = &lower[end..to];
    let after = match after.find([',', ';', '.', '“', '"', ':']) {
        Some(i) => &after[..i],
        None => after,
    };
    let after = after.split(" that ").next().unwrap_or(after);
    let has = |s: &str| {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
            .any(|w| WORDS.contains(&w) || w.ends_with("'ll"))
            || s.contains(" is to ")
            || s.contains(" are to ")
    };
    has(before) || has(after)
}

proptest::proptest! {
    #[test]
    fn the_clause_test_reads_as_written(s in "(\\PC|due |will |won't |they'll |Plans |is to |are to | that |, |; |“|”|М|\\.|\"|:|on Friday|June 5| ){0,40}") {
        let lower = s.to_ascii_lowercase();
        for r in crate::dates::find_raw(&English, &s, &s, &mut Scratch::default()) {
            proptest::prop_assert_eq!(
                is_future(&lower, r.start, r.end),
                is_future_as_written(&lower, r.start, r.end)
            );
        }
    }

    #[test]
    fn kinds_found_apart_match_one_regex_on_any_text(s in "(\\PC|on Monday|June 5|the day before|3 p.m.|29 February|1999| ){0,30}") {
        proptest::prop_assert_eq!(parts_by_kind(&English, &s), parts_by_one_regex(&English, &s));
    }
}

#[test]
fn measures_set_until_a_date_lie_ahead() {
    // A December report: the emergency runs into the new year.
    let p = Some("2021-12-20");
    assert_eq!(
        value(p, "The state of emergency was extended until 10 January.").as_deref(),
        Some("2022-01-10")
    );
    // Published Tuesday 16 July 2019.
    let p = Some("2019-07-16");
    assert_eq!(value(p, "A curfew was imposed in the town until Sunday.").as_deref(), Some("2019-07-21"));
    assert_eq!(value(p, "The hearing was adjourned until Friday.").as_deref(), Some("2019-07-19"));
    assert_eq!(
        value(p, "Traders were given until Monday to clear the stalls.").as_deref(),
        Some("2019-07-22")
    );
    // A measure that had ended is past.
    assert_eq!(value(p, "A curfew had been imposed until Sunday.").as_deref(), Some("2019-07-14"));
}

#[test]
fn a_range_of_days_is_dated_by_its_first_day() {
    assert_eq!(
        value(None, "Riots on July 1 and 2, 2022 left the town scarred.").as_deref(),
        Some("2022-07-01")
    );
    assert_eq!(value(None, "Riots on July 1-2, 2022 left the town scarred.").as_deref(), Some("2022-07-01"));
    let p = Some("2022-07-05");
    assert_eq!(value(p, "Riots on 1-2 July left the town scarred.").as_deref(), Some("2022-07-01"));
    assert_eq!(value(p, "Polls stayed open from 3 to 5 July.").as_deref(), Some("2022-07-03"));
    // Without a year after it, a number after the day is left alone.
    assert_eq!(
        doc(p, &["Riots on July 1 and 2 more arrests."]),
        [("July 1".into(), Some("2022-07-01".into()))]
    );
}

#[test]
fn a_weekday_before_its_date_takes_that_date() {
    // No publication date: the weekday would stay null.
    let got = doc(None, &["The blast came on Sunday, June 5, 2016, near the depot."]);
    assert_eq!(
        got.iter().map(|g| g.1.as_deref()).collect::<Vec<_>>(),
        [Some("2016-06-05"), Some("2016-06-05")]
    );
    // A weekday that is not the date's keeps its own reading.
    let got = doc(Some("2016-06-08"), &["Monday, June 5, 2016 was calm."]);
    assert_eq!(got[0].1.as_deref(), Some("2016-06-06"));
}

#[test]
fn future_words_are_whole_words_of_the_clause() {
    assert!(speaks_of_future(b"the court will rule"));
    assert!(speaks_of_future(b"they'll meet again"));
    assert!(speaks_of_future(b"\xe2\x80\x94due back"));
    assert!(speaks_of_future(b" the mayor is to visit"));
    assert!(!speaks_of_future(b"willing to talk, planets, undue delay"));
    assert!(!speaks_of_future(b"shallow water"));
    assert!(!speaks_of_future(b""));
    assert!(!speaks_of_future(b"..."));
}

#[test]
fn days_counted_from_a_month_that_opens_a_sentence_stay_in_that_month() {
    // A background paragraph: "two days later" is in March 2011, not two
    // days after publication.
    let got = doc(
        Some("2023-05-10"),
        &["In March 2011, rebels seized a hospital in the hills.", "Two days later, troops stormed it."],
    );
    assert_eq!(got[1].1.as_deref(), Some("2011-03"));
    // A month named inside a sentence sets no scene: the next day is
    // counted from the last day named.
    let got = doc(
        Some("2023-05-10"),
        &[
            "The bank was robbed on 4 May 2023, the worst raid since March 2011.",
            "The next day two men were caught.",
        ],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2023-05-05"));
    // A one-sentence aside sets no scene for what comes after it.
    let got = doc(
        Some("2023-05-10"),
        &[
            "The bank was robbed on 4 May 2023.",
            "In 2011, a similar raid left two guards dead.",
            "Three clerks were hurt.",
            "The next day two men were caught.",
        ],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2023-05-05"));
    // A day named after the month takes over again.
    let got = doc(
        Some("2023-05-10"),
        &[
            "In March 2011, rebels seized a hospital.",
            "On 8 May 2023 a new raid began.",
            "Two days later it ended.",
        ],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2023-05-10"));
}
