//! Behaviour of the reader, one wording per test, in sentences written for
//! these tests.

use crate::extract::{Extractor, Kind, Mention, Qualifier};
use crate::lang::{Event, WhoClass};

fn all(text: &str) -> Vec<Mention> {
    Extractor::new().extract(text)
}

/// The mention whose text is exactly `words`.
fn find(text: &str, words: &str) -> Mention {
    let found = all(text);
    found.iter().find(|m| &text[m.start..m.end] == words).cloned().unwrap_or_else(|| {
        let texts: Vec<_> = found.iter().map(|m| &text[m.start..m.end]).collect();
        panic!("no mention {words:?} in {text:?}; found {texts:?}")
    })
}

/// Value, event and who of the mention `words`.
fn claim(text: &str, words: &str) -> (Option<f64>, Option<Event>, Option<String>) {
    let m = find(text, words);
    let p = m.people.as_ref();
    (m.value, p.map(|p| p.event.class()), p.map(|p| p.who.clone()))
}

fn killed(v: f64, who: &str) -> (Option<f64>, Option<Event>, Option<String>) {
    (Some(v), Some(Event::Killed), Some(who.to_string()))
}

/// The class of the event of the mention `words` (its finer word aside).
fn event(text: &str, words: &str) -> Option<Event> {
    find(text, words).people.map(|p| p.event.class())
}

// ----- reading numbers ------------------------------------------------------

#[test]
fn digits_with_separators() {
    assert_eq!(find("Police held 4,250 people.", "4,250").value, Some(4250.0));
    assert_eq!(find("Police held 4 250 people.", "4 250").value, Some(4250.0));
    assert_eq!(find("A crowd of 12,500,000 is impossible.", "12,500,000").value, Some(12_500_000.0));
    assert_eq!(find("The fine was 2.5 million tenge.", "2.5 million tenge").value, Some(2_500_000.0));
    assert_eq!(find("It rained 1.5 days.", "1.5 days").value, Some(1.5));
}

#[test]
fn number_words() {
    let t = "Twenty-five miners, ninety-nine sheep, two hundred cars, three thousand \
             tents, one million voters and eleven buses.";
    assert_eq!(find(t, "Twenty-five").value, Some(25.0));
    assert_eq!(find(t, "ninety-nine").value, Some(99.0));
    assert_eq!(find(t, "two hundred").value, Some(200.0));
    assert_eq!(find(t, "three thousand").value, Some(3000.0));
    assert_eq!(find(t, "one million").value, Some(1e6));
    assert_eq!(find(t, "eleven").value, Some(11.0));
    assert_eq!(find("They arrested a dozen youths.", "a dozen").value, Some(12.0));
    assert_eq!(find("We saw a hundred tanks.", "a hundred").value, Some(100.0));
}

#[test]
fn additional_counts() {
    let t = "Police arrested four men and a further two were arrested at dawn.";
    let m = find(t, "a further two");
    assert_eq!((m.value, m.additional), (Some(2.0), true));
    assert_eq!(m.people.unwrap().event, Event::Arrested);
    let t = "Two guards died on Monday and another three died in hospital.";
    let m = find(t, "another three");
    assert!(m.additional);
    assert_eq!(m.people.unwrap().who, "guards");
    let t = "Nine protesters were detained; six more were detained later.";
    let m = find(t, "six more");
    assert_eq!((m.value, m.additional), (Some(6.0), true));
    assert_eq!(m.people.unwrap().who, "protesters");
}

#[test]
fn vague_amounts_have_standard_low_bounds_only() {
    let m = find("Dozens of miners were hurt.", "Dozens");
    assert_eq!((m.value, m.low, m.qualifier), (None, Some(24.0), Qualifier::ApproxWord));
    assert_eq!(find("Hundreds were evacuated.", "Hundreds").low, Some(200.0));
    assert_eq!(find("Scores of villagers fled.", "Scores").qualifier, Qualifier::ApproxWord);
    let m = find("Several officers were injured.", "Several");
    assert_eq!((m.low, m.qualifier), (None, Qualifier::ApproxWord));
    assert_eq!(m.people.unwrap().event, Event::Injured);
    let m = find("A few journalists were detained.", "A few");
    assert_eq!((m.value, m.low), (None, None));
    assert_eq!(m.people.unwrap().who_class, WhoClass::Civilians);
    assert_eq!(find("Tens of thousands marched.", "Tens of thousands").low, Some(20_000.0));
}

#[test]
fn ranges() {
    let m = find("Between 10 and 15 people were hurt.", "Between 10 and 15");
    assert_eq!((m.value, m.low, m.high, m.qualifier), (None, Some(10.0), Some(15.0), Qualifier::Range));
    assert_eq!(m.people.unwrap().event, Event::Injured);
    let m = find("Police detained 20 to 30 students.", "20 to 30");
    assert_eq!((m.low, m.high), (Some(20.0), Some(30.0)));
    assert_eq!(m.people.unwrap().event, Event::Detained);
    assert_eq!(find("Some 40-60 cars burned.", "Some 40-60").high, Some(60.0));
    assert_eq!(find("Two or three shots rang out.", "Two or three").low, Some(2.0));
}

#[test]
fn a_change_is_not_a_range() {
    let t = "Bread went from 300 tenge to 450 tenge a loaf.";
    assert_eq!(find(t, "300 tenge").unit, Some("KZT"));
    assert_eq!(find(t, "450 tenge").value, Some(450.0));
    let t = "Fares rose from 80 to 150 over the year.";
    assert_eq!(find(t, "80").qualifier, Qualifier::Exact);
}

#[test]
fn qualifiers() {
    let q = |t: &str, w: &str| {
        let m = find(t, w);
        (m.qualifier, m.low, m.high)
    };
    use Qualifier::*;
    assert_eq!(q("At least 4 died.", "At least 4"), (AtLeast, Some(4.0), None));
    assert_eq!(q("No fewer than 8 died.", "No fewer than 8"), (AtLeast, Some(8.0), None));
    assert_eq!(q("More than 90 were held.", "More than 90"), (MoreThan, Some(90.0), None));
    assert_eq!(q("Over 300 were held.", "Over 300"), (MoreThan, Some(300.0), None));
    assert_eq!(q("Nearly 70 were held.", "Nearly 70"), (About, None, Some(70.0)));
    assert_eq!(q("Some 70 were held.", "Some 70"), (About, None, None));
    assert_eq!(q("Around 70 were held.", "Around 70"), (About, None, None));
    assert_eq!(q("Approximately 70 fled.", "Approximately 70"), (About, None, None));
    assert_eq!(q("About seventy fled.", "About seventy"), (About, None, None));
    assert_eq!(q("Up to 20 may be missing.", "Up to 20"), (UpTo, None, Some(20.0)));
    assert_eq!(q("Less than 5 were hurt.", "Less than 5"), (LessThan, None, Some(5.0)));
    assert_eq!(q("No more than 5 were hurt.", "No more than 5"), (UpTo, None, Some(5.0)));
    assert_eq!(q("Thirty or more were hurt.", "Thirty or more"), (AtLeast, Some(30.0), None));
}

// ----- reporting verbs and nouns ----------------------------------------------

#[test]
fn killed_in_active_and_passive_voice() {
    let t = "Troops killed four bandits near the border.";
    assert_eq!(claim(t, "four"), killed(4.0, "bandits"));
    let t = "Eight villagers were killed by the blast.";
    assert_eq!(claim(t, "Eight"), killed(8.0, "villagers"));
    let t = "Five shoppers were reportedly killed.";
    assert_eq!(claim(t, "Five"), killed(5.0, "shoppers"));
}

/// The `event` and `event_detail` written for the mention `words`.
fn written_event(text: &str, words: &str) -> (String, Option<String>) {
    let mentions = all(text);
    let json = crate::to_json(text, &mentions);
    let item = json
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["text"] == words)
        .unwrap_or_else(|| panic!("no {words:?} in {json}"))
        .clone();
    (
        item["event"].as_str().unwrap().to_string(),
        item.get("event_detail").and_then(|d| d.as_str()).map(String::from),
    )
}

#[test]
fn events_are_six_classes_and_the_finer_word_goes_beside() {
    let w = |e: &str, d: Option<&str>| (e.to_string(), d.map(String::from));
    assert_eq!(written_event("Nine cadets were hospitalized.", "Nine"), w("injured", Some("hospitalized")));
    assert_eq!(written_event("Guards arrested 4 looters.", "4"), w("detained", Some("arrested")));
    assert_eq!(written_event("Guards detained 4 looters.", "4"), w("detained", None));
    assert_eq!(
        written_event("About 90 residents were evacuated.", "About 90"),
        w("other", Some("evacuated"))
    );
    assert_eq!(written_event("Two guards were beheaded.", "Two"), w("killed", Some("beheaded")));
    assert_eq!(written_event("The court fined 12 bloggers.", "12"), w("other", Some("fined")));
}

#[test]
fn died_dead_perished_lost_their_lives_beheaded() {
    assert_eq!(event("Twelve miners died underground.", "Twelve"), Some(Event::Killed));
    assert_eq!(event("The clash left 9 dead.", "9"), Some(Event::Killed));
    assert_eq!(event("Seven sailors perished.", "Seven"), Some(Event::Killed));
    assert_eq!(event("Three pilots lost their lives.", "Three"), Some(Event::Killed));
    assert_eq!(event("Two hostages were beheaded.", "Two"), Some(Event::Killed));
    assert_eq!(event("Officials counted 14 deaths.", "14"), Some(Event::Killed));
}

#[test]
fn death_tolls() {
    let t = "The death toll from the fire rose to 21.";
    assert_eq!(claim(t, "21"), killed(21.0, "people"));
    let t = "The death toll among border guards has risen to 6.";
    assert_eq!(event(t, "6"), Some(Event::Killed));
    let t = "The death toll of miners grew to at least 40.";
    let m = find(t, "at least 40");
    let p = m.people.unwrap();
    assert_eq!((p.event, p.who.as_str(), m.qualifier), (Event::Killed, "miners", Qualifier::AtLeast));
    let t = "Officials put the death toll at 11.";
    assert_eq!(event(t, "11"), Some(Event::Killed));
}

#[test]
fn injured_wounded_hurt_hospitalized() {
    assert_eq!(event("Rebels wounded two medics.", "two"), Some(Event::Injured));
    assert_eq!(event("Four cadets were injured.", "Four"), Some(Event::Injured));
    assert_eq!(event("Six fans were slightly hurt.", "Six"), Some(Event::Injured));
    assert_eq!(event("Ten pupils were hospitalized.", "Ten"), Some(Event::Injured));
    assert_eq!(event("Ten pupils were taken to hospital.", "Ten"), Some(Event::Injured));
}

#[test]
fn detained_arrested_custody_missing_evacuated_involved() {
    assert_eq!(event("Police detained 75 strikers.", "75"), Some(Event::Detained));
    assert_eq!(event("12 activists have been detained.", "12"), Some(Event::Detained));
    assert_eq!(event("Officers arrested 3 men.", "3"), Some(Event::Detained));
    assert_eq!(event("9 drivers were taken into custody.", "9"), Some(Event::Detained));
    assert_eq!(event("Two climbers are missing.", "Two"), Some(Event::Missing));
    assert_eq!(event("About 400 residents were evacuated.", "About 400"), Some(Event::Other));
    assert_eq!(event("Thirty men were involved in the raid.", "Thirty"), Some(Event::Involved));
    assert_eq!(event("A crowd of 300 protesters gathered.", "300"), Some(Event::Involved));
}

#[test]
fn among_the_victims_were() {
    let t = "Among the victims were two teachers.";
    assert_eq!(claim(t, "two"), killed(2.0, "teachers"));
    let t = "Among the injured are four children.";
    assert_eq!(event(t, "four"), Some(Event::Injured));
}

#[test]
fn elided_nouns_come_from_the_count_before() {
    let t = "Three miners were killed and at least twelve hurt in the collapse.";
    let (v, e, who) = claim(t, "at least twelve");
    assert_eq!((v, e, who.as_deref()), (Some(12.0), Some(Event::Injured), Some("miners")));
    let t = "Two of the raiders were shot dead by guards, while five have been arrested.";
    assert_eq!(claim(t, "Two"), killed(2.0, "raiders"));
    let (_, e, who) = claim(t, "five");
    assert_eq!((e, who.as_deref()), (Some(Event::Detained), Some("raiders")));
    let t = "40 looters were detained, 15 more were injured.";
    let (_, e, who) = claim(t, "15 more");
    assert_eq!((e, who.as_deref()), (Some(Event::Injured), Some("looters")));
    let t = "Police said more than 50 were injured.";
    assert_eq!(claim(t, "more than 50").2.as_deref(), Some("people"));
}

#[test]
fn subtotals_point_to_their_total() {
    let t = "Nine people died, including 4 soldiers, and 3 others were hurt.";
    let found = all(t);
    let four = found.iter().position(|m| &t[m.start..m.end] == "4").unwrap();
    let p = found[four].people.as_ref().unwrap();
    assert_eq!((p.event, p.part_of, p.who_class), (Event::Killed, Some(0), WhoClass::SecurityForces));
    let three = found.iter().find(|m| &t[m.start..m.end] == "3").unwrap();
    assert_eq!(three.people.as_ref().unwrap().part_of, None);
    assert_eq!(three.people.as_ref().unwrap().event, Event::Injured);
    let t = "Eleven guards were wounded, two of them critically.";
    let two = find(t, "two").people.unwrap();
    assert_eq!((two.event, two.part_of, two.who.as_str()), (Event::Injured, Some(0), "them"));
}

#[test]
fn zero_and_negation() {
    let m = find("No one was killed in the blast.", "No one");
    assert_eq!((m.value, m.people.unwrap().event), (Some(0.0), Event::Killed));
    let m = find("Luckily there were no casualties.", "no");
    assert_eq!(m.value, Some(0.0));
    assert!(m.people.is_some());
    assert_eq!(event("Nobody was hurt.", "Nobody"), Some(Event::Injured));
    assert_eq!(event("None of the hostages were injured.", "None"), Some(Event::Injured));
    // Without an event, "no one" is not a count at all.
    assert!(all("No one claimed the attack.").is_empty());
    assert!(all("Two guards were not injured.")[0]
        .people
        .as_ref()
        .map_or(true, |p| p.event != Event::Injured));
}

// ----- units and kinds --------------------------------------------------------

#[test]
fn units_are_normalised() {
    let u = |t: &str, w: &str| {
        let m = find(t, w);
        (m.value, m.unit, m.kind)
    };
    assert_eq!(u("It is 40 km away.", "40 km"), (Some(40.0), Some("km"), Kind::Distance));
    assert_eq!(u("It is 40km away.", "40km"), (Some(40.0), Some("km"), Kind::Distance));
    assert_eq!(u("It is 40 kilometres away.", "40 kilometres"), (Some(40.0), Some("km"), Kind::Distance));
    assert_eq!(u("It is 12 miles away.", "12 miles"), (Some(12.0), Some("mi"), Kind::Distance));
    assert_eq!(u("Turnout was 63%.", "63%"), (Some(63.0), Some("percent"), Kind::Percent));
    assert_eq!(u("Turnout was 63 percent.", "63 percent"), (Some(63.0), Some("percent"), Kind::Percent));
    assert_eq!(u("It costs 900 tenge.", "900 tenge"), (Some(900.0), Some("KZT"), Kind::Money));
    assert_eq!(u("It costs 900 KZT.", "900 KZT"), (Some(900.0), Some("KZT"), Kind::Money));
    assert_eq!(u("It costs ₸900.", "₸900"), (Some(900.0), Some("KZT"), Kind::Money));
    assert_eq!(u("It costs 900₸.", "900₸"), (Some(900.0), Some("KZT"), Kind::Money));
    assert_eq!(u("It costs $15.", "$15"), (Some(15.0), Some("USD"), Kind::Money));
    assert_eq!(u("It costs 15 dollars.", "15 dollars"), (Some(15.0), Some("USD"), Kind::Money));
    assert_eq!(u("It costs 70 rubles.", "70 rubles"), (Some(70.0), Some("RUB"), Kind::Money));
    assert_eq!(
        u("Diesel is 250 tenge per liter.", "250 tenge per liter"),
        (Some(250.0), Some("KZT/l"), Kind::Money)
    );
    assert_eq!(u("A 31-year-old man was held.", "31-year-old"), (Some(31.0), Some("years"), Kind::Age));
    assert_eq!(u("The man, 31 years old, was held.", "31 years old"), (Some(31.0), Some("years"), Kind::Age));
    assert_eq!(u("A woman aged 52 was hurt.", "aged 52"), (Some(52.0), Some("years"), Kind::Age));
}

#[test]
fn ages_are_not_counts_of_people() {
    // The age is no count; the student, counted by "A", is one.
    let t = "A 19-year-old student was detained.";
    let age = find(t, "19-year-old");
    assert_eq!((age.kind, age.people.is_none()), (Kind::Age, true));
    let p = find(t, "A").people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Detained, "student"));
    assert_eq!(all(t).len(), 2);
}

#[test]
fn years_are_not_counts() {
    let m = find("In 2011, three men were killed.", "2011");
    assert_eq!((m.kind, m.people.is_none()), (Kind::Year, true));
    assert_eq!(find("The town was renamed in 1997.", "1997").kind, Kind::Year);
    assert_eq!(find("Unrest in the 1990s.", "1990s").kind, Kind::Year);
    // … but a four-digit number of people is a count
    assert_eq!(event("Police detained 2000 people.", "2000"), Some(Event::Detained));
}

#[test]
fn clock_times_are_not_counts() {
    let m = find("Shooting began at 3 p.m. on Friday.", "3 p.m.");
    assert_eq!((m.kind, m.clock.as_deref()), (Kind::Time, Some("15:00")));
    assert_eq!(find("Shooting began at 9pm.", "9pm").clock.as_deref(), Some("21:00"));
    assert_eq!(find("Shooting began at 21:40.", "21:40").kind, Kind::Time);
    assert_eq!(find("It ended at 4 a.m. Police said two died.", "4 a.m.").clock.as_deref(), Some("04:00"));
}

#[test]
fn ordinals_are_not_counts() {
    let m = find("It was the first attack on the base.", "first");
    assert_eq!((m.kind, m.value), (Kind::Ordinal, Some(1.0)));
    assert_eq!(find("The 3rd battalion moved in.", "3rd").kind, Kind::Ordinal);
    assert!(find("On June 8th two died.", "8th").kind != Kind::Count);
    assert_eq!(find("The second blast killed nobody.", "second").kind, Kind::Ordinal);
}

#[test]
fn phone_and_id_like_strings_are_other() {
    for (t, w) in [
        ("Call 87015553344 for help.", "87015553344"),
        ("Call 8-701-555-33-44 for help.", "8-701-555-33-44"),
        ("Call +7 701 555 3344 now.", "+7 701 555 3344"),
        ("Case 2021/0457 was closed.", "2021/0457"),
        ("Flight KC-931 landed.", "931"),
        ("Code 007 was used.", "007"),
    ] {
        let m = find(t, w);
        assert_eq!(m.kind, Kind::Other, "{t}");
        assert!(m.people.is_none(), "{t}");
    }
    // Digits inside a word are not numbers at all.
    assert!(all("Data from Flightradar24 shows it.").is_empty());
}

#[test]
fn dates_and_names_are_not_counts() {
    assert_eq!(find("On March 3 police fired.", "3").kind, Kind::Other);
    assert_eq!(find("On 3 March police fired.", "3").kind, Kind::Other);
    assert_eq!(find("Dated 12.01.2022 it says.", "12.01.2022").kind, Kind::Other);
    let t = "The Khabar 24 channel said 6 people died.";
    assert_eq!(find(t, "24").kind, Kind::Other);
    assert_eq!(event(t, "6"), Some(Event::Killed));
    assert_eq!(find("Watch “Channel 31” tonight.", "31").kind, Kind::Other);
}

#[test]
fn one_of_the_shops_and_two_gun_shops_are_not_people() {
    let t = "Gunmen raided two gun shops and killed a guard at one of the shops.";
    let two = find(t, "two");
    assert_eq!((two.kind, two.value), (Kind::Count, Some(2.0)));
    assert!(two.people.is_none());
    assert!(find(t, "one").people.is_none());
    let t = "Police stopped 4 police vehicles.";
    assert!(find(t, "4").people.is_none());
}

#[test]
fn who_class_comes_from_the_noun_table() {
    let class = |t: &str, w: &str| find(t, w).people.unwrap().who_class;
    use WhoClass::*;
    assert_eq!(class("7 servicemen were hurt.", "7"), SecurityForces);
    assert_eq!(class("7 law enforcers were hurt.", "7"), SecurityForces);
    assert_eq!(class("7 police officers were hurt.", "7"), SecurityForces);
    assert_eq!(class("7 gunmen were hurt.", "7"), Militants);
    assert_eq!(class("7 armed men were hurt.", "7"), Militants);
    assert_eq!(class("7 demonstrators were hurt.", "7"), Protesters);
    assert_eq!(class("7 rioters were hurt.", "7"), Protesters);
    assert_eq!(class("7 passengers were hurt.", "7"), Civilians);
    assert_eq!(class("7 people were hurt.", "7"), People);
}

#[test]
fn a_paragraph_keeps_sentences_apart() {
    // The noun of one sentence is not lent to a count in the next.
    let t = "Five soldiers were killed. Later 3 were injured in town.";
    assert_eq!(claim(t, "3").2.as_deref(), Some("people"));
}

#[test]
fn texts_without_numbers_give_nothing() {
    assert!(all("Police dispersed the crowd on the square.").is_empty());
    assert!(all("").is_empty());
}

// ----- robustness ---------------------------------------------------------------

mod random_text {
    use crate::{to_json, Extractor};
    use proptest::prelude::*;

    /// Text made of the pieces numbers are read from, and anything else.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("3,000".to_string()),
            Just("1.5".to_string()),
            Just("no one".to_string()),
            Just("at least".to_string()),
            Just("between".to_string()),
            Just("of them".to_string()),
            Just("were killed".to_string()),
            Just("twenty-five".to_string()),
            Just("p.m.".to_string()),
            Just("-".to_string()),
            Just("+7".to_string()),
            Just("Алматы".to_string()),
            Just("₸".to_string()),
            "[0-9]{1,9}",
            "[a-z]{1,8}",
            "[ .,:/%$-]",
            "\\PC{0,6}",
        ];
        prop::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
    }

    proptest! {
        #[test]
        fn offsets_are_valid_and_texts_match(text in pieces()) {
            let mentions = Extractor::new().extract(&text);
            let json = to_json(&text, &mentions);
            let chars: Vec<char> = text.chars().collect();
            let mut last_start = 0;
            for item in json.as_array().unwrap() {
                let start = item["start"].as_u64().unwrap() as usize;
                let end = item["end"].as_u64().unwrap() as usize;
                prop_assert!(start < end && end <= chars.len());
                prop_assert!(start >= last_start);
                last_start = start;
                let slice: String = chars[start..end].iter().collect();
                prop_assert_eq!(slice.as_str(), item["text"].as_str().unwrap());
                if let Some(p) = item["part_of"].as_u64() {
                    prop_assert!((p as usize) < json.as_array().unwrap().len());
                }
            }
        }

        #[test]
        fn the_fast_writer_agrees_on_any_text(text in pieces()) {
            let mentions = Extractor::new().extract(&text);
            let mut fast = String::new();
            crate::write_numbers(&mut fast, &text, &mentions);
            let built = serde_json::to_string(&to_json(&text, &mentions)).unwrap();
            prop_assert_eq!(fast, built);
        }

        #[test]
        fn any_text_at_all_does_not_panic(text in "\\PC{0,200}") {
            let _ = Extractor::new().extract(&text);
        }
    }
}

#[test]
fn the_fast_writer_writes_what_to_json_builds() {
    let text =
        "В Алматы at least 9 were hurt, 2 of them police; $1.5 million, 3 p.m., 40-60 km. No one died.";
    let mentions = Extractor::new().extract(text);
    let mut fast = String::new();
    crate::write_numbers(&mut fast, text, &mentions);
    let built = crate::to_json(text, &mentions);
    assert_eq!(fast, serde_json::to_string(&built).unwrap());
    assert!(built.as_array().unwrap().len() >= 6);
}

#[test]
fn digits_are_found_wherever_they_are() {
    use crate::extract::has_ascii_digit;
    for b in 0..=255u8 {
        // Every byte, at every place of a word and in the tail.
        for at in 0..11 {
            let mut bytes = vec![b'x'; 11];
            bytes[at] = b;
            let text = String::from_utf8_lossy(&bytes);
            assert_eq!(has_ascii_digit(&text), text.bytes().any(|c| c.is_ascii_digit()), "{b} at {at}");
        }
    }
    assert!(!has_ascii_digit("Погибли семь человек, «десятки» ранены: /:@`"));
    assert!(has_ascii_digit("Погибли 7"));
}

#[test]
fn the_names_the_fast_writer_copies_unescaped_need_no_escape() {
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    let qualifiers = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::UpTo,
        Qualifier::LessThan,
        Qualifier::Range,
        Qualifier::ApproxWord,
    ];
    assert!(qualifiers.iter().all(|q| plain(q.as_str())));
    let kinds = [
        Kind::Count,
        Kind::Money,
        Kind::Distance,
        Kind::Percent,
        Kind::Age,
        Kind::Year,
        Kind::Ordinal,
        Kind::Time,
        Kind::Other,
    ];
    assert!(kinds.iter().all(|k| plain(k.as_str())));
    let events = [
        Event::Killed,
        Event::Beheaded,
        Event::Injured,
        Event::Hospitalized,
        Event::Detained,
        Event::Arrested,
        Event::Missing,
        Event::Involved,
        Event::Other,
        Event::Evacuated,
        Event::Sentenced,
        Event::Fined,
        Event::Released,
        Event::AtLarge,
        Event::Charged,
        Event::Hostage,
        Event::Casualties,
    ];
    assert!(events.iter().all(|e| plain(e.as_str()) && e.detail().is_none_or(plain)));
    let classes = [
        WhoClass::Civilians,
        WhoClass::SecurityForces,
        WhoClass::Militants,
        WhoClass::Protesters,
        WhoClass::People,
    ];
    assert!(classes.iter().all(|c| plain(c.as_str())));
    // The writer's joined pieces say what the names say, key by key.
    for q in qualifiers {
        assert_eq!(crate::qualifier_piece(q), format!(",\"qualifier\":\"{}\",\"kind\":\"", q.as_str()));
    }
    for k in kinds {
        assert_eq!(crate::kind_piece(k), format!("{}\",\"unit\":", k.as_str()));
    }
    for e in events {
        let detail = e.detail().map_or(String::new(), |d| format!(",\"event_detail\":\"{d}\""));
        assert_eq!(crate::event_piece(e), format!(",\"event\":\"{}\"{detail},\"who\":", e.as_str()));
    }
    for c in classes {
        assert_eq!(crate::who_class_piece(c), format!(",\"who_class\":\"{}\",\"part_of\":", c.as_str()));
    }
}

#[test]
fn the_fast_writer_escapes_the_text_it_quotes() {
    // A quotation mark inside a mention, a tab and a backslash in its noun.
    let text = "Police said 5\"000 were there; \"three\ttourists\\x\" were hurt at 7 p.m.";
    let mentions = Extractor::new().extract(text);
    let mut fast = String::new();
    crate::write_numbers(&mut fast, text, &mentions);
    assert_eq!(fast, serde_json::to_string(&crate::to_json(text, &mentions)).unwrap());
    let parsed: serde_json::Value = serde_json::from_str(&fast).unwrap();
    assert!(!parsed.as_array().unwrap().is_empty());
}

#[test]
fn among_the_dead_is_marked_as_a_subtotal_even_alone() {
    // The total is in an earlier sentence (another record): no part_of, but
    // the count is not to be added to it.
    let p = find("Among the dead were three firefighters.", "three").people.unwrap();
    assert_eq!((p.event, p.part_of, p.subtotal), (Event::Killed, None, true));
    let p = find("Six miners were killed.", "Six").people.unwrap();
    assert!(!p.subtotal);
}

#[test]
fn wordings_met_in_generated_news() {
    let t = "Officials said that eleven citizens of Uzbekistan were detained at the border.";
    assert_eq!(event(t, "eleven"), Some(Event::Detained));
    let t = "Four passers-by were killed and at least 6 suffered gunshot wounds.";
    assert_eq!(claim(t, "Four").2.as_deref(), Some("passers-by"));
    assert_eq!(event(t, "at least 6"), Some(Event::Injured));
    assert_eq!(event("Twenty students were held overnight.", "Twenty"), Some(Event::Detained));
    assert_eq!(event("Twenty students held a vigil.", "Twenty"), Some(Event::Involved));
    assert_eq!(event("Police detained reportedly 40 people.", "40"), Some(Event::Detained));
}

#[test]
fn asides_coordination_and_number_of() {
    let t = "Three people, including a child, were killed.";
    assert_eq!(event(t, "Three"), Some(Event::Killed));
    let t = "Three people, including two children, were killed.";
    let p = find(t, "two").people.unwrap();
    assert_eq!((p.event, p.part_of), (Event::Killed, Some(0)));
    let t = "Two police officers and a cleaner were killed.";
    assert_eq!(event(t, "Two"), Some(Event::Killed));
    let t = "Five soldiers and 2 civilians were wounded.";
    assert_eq!(event(t, "Five"), Some(Event::Injured));
    assert_eq!(event(t, "2"), Some(Event::Injured));
    let t = "The number of people killed has risen to 41.";
    assert_eq!(event(t, "41"), Some(Event::Killed));
    let t = "The number of detained protesters reached 230.";
    assert_eq!(event(t, "230"), Some(Event::Detained));
    // The verb of the next clause is not borrowed.
    let t = "About 500 workers gathered and 20 were detained.";
    assert_eq!(event(t, "About 500"), Some(Event::Involved));
}

#[test]
fn determiners_lost_bodies_and_detainees() {
    assert_eq!(event("Police arrested the 2 suspects on Monday.", "2"), Some(Event::Detained));
    assert_eq!(event("The army lost 7 soldiers in the ambush.", "7"), Some(Event::Killed));
    assert!(find("The army lost 7 tanks.", "7").people.is_none());
    assert_eq!(event("Two days later, 3 more bodies were found.", "3 more"), Some(Event::Killed));
    assert_eq!(event("The 40 detainees were moved.", "40"), Some(Event::Detained));
}

// ----- wordings found in reports written in other house styles ----------------

#[test]
fn an_article_counts_one_in_a_claim_of_harm() {
    assert_eq!(claim("Overnight a traffic policeman was shot dead.", "a"), killed(1.0, "traffic policeman"));
    assert_eq!(claim("The gang killed a cashier.", "a"), killed(1.0, "cashier"));
    let t = "A law-enforcement officer was wounded in Oral.";
    assert_eq!(event(t, "A"), Some(Event::Injured));
    let t = "Guards detained a suspect near the depot.";
    assert_eq!(event(t, "a"), Some(Event::Detained));
}

#[test]
fn an_article_is_no_count_without_harm_or_with_another_number() {
    let none = |t: &str| all(t).iter().all(|m| &t[m.start..m.end] != "a" && &t[m.start..m.end] != "an");
    assert!(none("A witness said the shooting lasted an hour."));
    assert!(none("Protesters set fire to a police car."));
    assert!(none("A spokesman for the garrison was not available."));
    assert!(none("The law punishes anyone who kills a guard."));
    assert!(none("Police arrested a further two men."));
    assert!(none("A 40-year-old driver was injured."));
    assert!(none("A two-year-old girl was hurt."));
    // "a dozen", "a few", "a number of" keep their own readings.
    assert_eq!(find("A dozen miners were hurt.", "A dozen").value, Some(12.0));
    let m = find("A few students were detained.", "A few");
    assert_eq!((m.value, m.qualifier), (None, Qualifier::ApproxWord));
}

#[test]
fn a_number_of_is_an_unknown_count() {
    let m = find("A number of bloggers were briefly detained.", "A number");
    assert_eq!((m.value, m.low, m.qualifier), (None, None, Qualifier::ApproxWord));
    let p = m.people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Detained, "bloggers"));
    // "the number of" is a toll, not a vague amount.
    assert!(all("The number of people killed rose to 41.")
        .iter()
        .all(|m| m.qualifier != Qualifier::ApproxWord));
}

#[test]
fn several_hundred_and_a_few_thousand_are_vague_with_a_low_bound() {
    let m = find("Several hundred miners were hurt.", "Several hundred");
    assert_eq!((m.value, m.low, m.qualifier), (None, Some(200.0), Qualifier::ApproxWord));
    assert_eq!(m.people.unwrap().who, "miners");
    assert_eq!(find("A few thousand people marched.", "A few thousand").low, Some(2000.0));
    assert_eq!(find("Several dozen cadets were injured.", "Several dozen").low, Some(24.0));
}

#[test]
fn the_second_object_of_a_verb_shares_it() {
    let t = "Troops killed four bandits and two shepherds.";
    assert_eq!(claim(t, "two"), killed(2.0, "shepherds"));
    let t = "Among the dead were three guards and a cook.";
    let p = find(t, "a").people.unwrap();
    assert_eq!((p.event, p.subtotal), (Event::Killed, true));
    // The subject of a new clause is not an object.
    let t = "Troops killed four bandits and two shepherds fled.";
    assert_ne!(event(t, "two"), Some(Event::Killed));
}

#[test]
fn were_among_the_dead_is_a_subtotal() {
    let p = find("At least six nurses were among the injured.", "At least six").people.unwrap();
    assert_eq!((p.event, p.subtotal), (Event::Injured, true));
    let p = find("Two journalists are among those detained.", "Two").people;
    assert!(p.is_some_and(|p| p.event != Event::Killed));
}

#[test]
fn a_group_at_the_head_of_the_sentence_makes_a_subtotal() {
    let t = "Of the 41 dead, 12 were border guards.";
    let found = all(t);
    let twelve = found.iter().find(|m| &t[m.start..m.end] == "12").unwrap();
    let p = twelve.people.as_ref().unwrap();
    assert_eq!(
        (p.event, p.who.as_str(), p.part_of, p.subtotal),
        (Event::Killed, "border guards", Some(0), true)
    );
    let t = "Of those detained, 30 were later released.";
    assert_eq!(event(t, "30"), Some(Event::Other));
}

#[test]
fn a_named_origin_with_the_before_it_is_stepped_over() {
    let t = "Three cadets of the Border Service died in the blaze.";
    assert_eq!(event(t, "Three"), Some(Event::Killed));
}

#[test]
fn hedged_and_official_wordings() {
    assert_eq!(event("Up to 90 people may have been killed.", "Up to 90"), Some(Event::Killed));
    assert_eq!(event("Nine gunmen were liquidated, the KNB said.", "Nine"), Some(Event::Killed));
    assert_eq!(event("Security forces eliminated 4 terrorists.", "4"), Some(Event::Killed));
    assert_eq!(event("About 300 people remain in custody.", "About 300"), Some(Event::Detained));
    assert!(event("26 radicals stormed a gun shop.", "26").is_some());
    assert_eq!(find("26 radicals stormed a gun shop.", "26").people.unwrap().who_class, WhoClass::Militants);
}

#[test]
fn verdicts_are_other_not_presence() {
    assert_eq!(event("Six defendants were sentenced to prison.", "Six"), Some(Event::Other));
    assert_eq!(event("The judge fined 14 activists.", "14"), Some(Event::Other));
    assert_eq!(event("Two men were later acquitted.", "Two"), Some(Event::Other));
    // Presence without a verb stays "involved".
    assert_eq!(event("Some 800 people were on the square.", "Some 800"), Some(Event::Involved));
}

#[test]
fn a_people_noun_used_as_a_modifier_is_not_the_people() {
    assert!(find("Prosecutors opened 1,200 criminal cases.", "1,200").people.is_none());
    assert!(find("There were 3 terrorist attacks that year.", "3").people.is_none());
}

#[test]
fn the_verb_left_out_with_more_comes_from_the_clause_before() {
    let t = "Dozens of people were injured in Taraz, and hundreds more in Almaty.";
    let m = find(t, "hundreds more");
    assert!(m.additional);
    assert_eq!(m.people.unwrap().event, Event::Injured);
}

#[test]
fn labels_and_bracketed_phone_numbers_are_not_counts() {
    assert_eq!(find("He was charged under article 346 of the code.", "346").kind, Kind::Other);
    assert_eq!(find("The shop is on Tole Bi Street, 48.", "48").kind, Kind::Other);
    let t = "Call the duty unit on 8 (7212) 41-13-13 for details.";
    assert_eq!(find(t, "8").kind, Kind::Other);
    assert_eq!(find(t, "7212").kind, Kind::Other);
}

#[test]
fn units_before_and_shared_between_two_figures() {
    let m = find("The deal was worth USD 2.3 billion.", "USD 2.3 billion");
    assert_eq!((m.value, m.unit, m.kind), (Some(2.3e9), Some("USD"), Kind::Money));
    let m = find("Fares went from 150 to 200 tenge.", "150");
    assert_eq!((m.unit, m.kind), (Some("KZT"), Kind::Money));
    let m = find("The fire covered 40 hectares.", "40 hectares");
    assert_eq!(m.unit, Some("ha"));
}

#[test]
fn a_second_or_a_third_is_one_more() {
    let t = "Two guards were killed and a third was wounded.";
    let m = find(t, "a third");
    assert_eq!((m.value, m.additional), (Some(1.0), true));
    let p = m.people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Injured, "guards"));
    let m = find("A second miner died on Friday.", "A second");
    assert_eq!(m.people.unwrap().event, Event::Killed);
    // "a second blast" counts no one.
    let t = "A second blast killed 3 people.";
    assert!(all(t).iter().all(|m| m.people.as_ref().map_or(true, |p| p.who != "blast")));
}

#[test]
fn among_those_detained_and_a_passer_by() {
    let p = find("A cameraman was among those detained.", "A").people.unwrap();
    assert_eq!((p.event, p.subtotal), (Event::Detained, true));
    let p = find("The blast wounded a passer-by.", "a").people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Injured, "passer-by"));
}

#[test]
fn an_age_after_a_name_between_commas() {
    let m = find("Mr Abenov, 64, was detained at home.", "64");
    assert_eq!((m.kind, m.unit), (Kind::Age, Some("years")));
}

#[test]
fn another_alone_is_one_more() {
    let t = "One cadet was killed and another wounded.";
    let m = find(t, "another");
    assert_eq!((m.value, m.additional), (Some(1.0), true));
    assert_eq!(m.people.unwrap().event, Event::Injured);
    // "another three" and "another attack" keep their readings.
    assert_eq!(find("Another three were detained.", "Another three").value, Some(3.0));
    assert!(all("Another attack was foiled.").is_empty());
}

#[test]
fn a_singular_counted_by_a_is_no_antecedent() {
    let t = "The mob killed a guard and injured 9.";
    let p = find(t, "9").people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Injured, "people"));
}

#[test]
fn abbreviated_months_ages_of_officials_and_age_ranges() {
    assert_eq!(find("Troops landed on Feb. 11 at dawn.", "11").kind, Kind::Other);
    let m = find("The minister, 57, resigned.", "57");
    assert_eq!((m.kind, m.unit), (Kind::Age, Some("years")));
    let m = find("Four youths, aged between 16 and 19, were held.", "between 16 and 19");
    assert_eq!((m.kind, m.low, m.high), (Kind::Age, Some(16.0), Some(19.0)));
}

#[test]
fn more_ways_of_counting_one_and_none() {
    // Before an age, after "shot dead", beside "and … were among those killed".
    let p = find("A 17-year-old was wounded by a rubber bullet.", "A").people.unwrap();
    assert_eq!((p.event, p.who.as_str()), (Event::Injured, "people"));
    assert_eq!(claim("Snipers shot dead a cameraman.", "a"), killed(1.0, "cameraman"));
    let p = find("A nurse and two medics were among those killed.", "A").people.unwrap();
    assert_eq!((p.event, p.subtotal), (Event::Killed, true));
    let m = find("An unknown number of protesters were detained.", "An unknown number");
    assert_eq!((m.value, m.qualifier), (None, Qualifier::ApproxWord));
    assert_eq!(m.people.unwrap().event, Event::Detained);
}

#[test]
fn one_in_five_is_a_ratio() {
    let t = "One in four detainees reported abuse.";
    assert!(all(t).iter().all(|m| m.kind == Kind::Other && m.people.is_none()));
}

#[test]
fn terms_received_and_verdicts_after_an_aside_are_other() {
    assert_eq!(event("Five others received suspended terms.", "Five"), Some(Event::Other));
    assert_eq!(event("Two men got seven years each.", "Two"), Some(Event::Other));
    assert_eq!(event("One woman, aged 63, was acquitted.", "One"), Some(Event::Other));
    // Wounds received are still harm.
    assert_eq!(event("Four guards received gunshot wounds.", "Four"), Some(Event::Injured));
}

#[test]
fn the_one_who_did_the_harm_is_not_its_victim() {
    let t = "Police are hunting a gunman who killed two guards.";
    assert!(all(t).iter().all(|m| &t[m.start..m.end] != "a"));
    assert_eq!(claim(t, "two"), killed(2.0, "guards"));
    let t = "Three raiders who wounded a cashier were caught.";
    assert_ne!(event(t, "Three"), Some(Event::Injured));
    assert_eq!(event("A shepherd was found dead near the border.", "A"), Some(Event::Killed));
}

#[test]
fn wordings_of_translated_official_reports() {
    let t = "Officials said 9 employees of the customs service were injured.";
    assert_eq!(event(t, "9"), Some(Event::Injured));
    let t = "In total 30 residents received administrative arrest.";
    assert_eq!(event(t, "30"), Some(Event::Detained));
    let t = "Some 400 people were brought to administrative responsibility.";
    assert_eq!(event(t, "Some 400"), Some(Event::Other));
    let t = "A resident of Aktau, born in 1990, was arrested.";
    assert_eq!(event(t, "A"), Some(Event::Detained));
    // A phrase with its own clause is not stepped over.
    let t = "Seven members of the gang fled; two were detained.";
    assert_ne!(event(t, "Seven"), Some(Event::Detained));
}

// ----- claims in the wordings of wire services, rights groups, officials -------

/// The mention `words` as (event class, who, part_of, subtotal, superseded).
fn full(text: &str, words: &str) -> Option<(Event, String, Option<usize>, bool, bool)> {
    find(text, words).people.map(|p| (p.event.class(), p.who, p.part_of, p.subtotal, p.superseded))
}

#[test]
fn the_event_is_a_noun_or_an_idiom() {
    assert_eq!(
        event("The blast caused the deaths of at least 12 miners.", "at least 12"),
        Some(Event::Killed)
    );
    assert_eq!(event("The brawl led to injuries to over 20 others.", "over 20"), Some(Event::Injured));
    assert_eq!(event("Floods claimed 31 lives in the valley.", "31"), Some(Event::Killed));
    assert_eq!(event("The landslide took the lives of 6 workers.", "6"), Some(Event::Killed));
    assert!(find("Medics saved 40 lives that night.", "40").people.is_none());
    assert_eq!(event("Two sentries received fatal wounds.", "Two"), Some(Event::Killed));
    assert_eq!(event("Two sentries received minor wounds.", "Two"), Some(Event::Injured));
    let t = "Around 60 people sought treatment in hospital.";
    assert_eq!(written_event(t, "Around 60"), ("injured".to_string(), Some("hospitalized".to_string())));
    assert_eq!(
        event("More than 200 turned to doctors after the brawl.", "More than 200"),
        Some(Event::Injured)
    );
    assert_eq!(event("Nine are still in hospitals in the capital.", "Nine"), Some(Event::Injured));
    let t = "The fatalities included four students.";
    assert_eq!(full(t, "four"), Some((Event::Killed, "students".into(), None, true, false)));
}

#[test]
fn the_verb_is_far_from_the_number() {
    let t = "Nine soldiers involved in the border operation near the village on Friday have been killed.";
    assert_eq!(event(t, "Nine"), Some(Event::Killed));
    assert_eq!(event("Six men suspected of arson were detained.", "Six"), Some(Event::Detained));
    assert_eq!(
        event("Four police officers and one officer of the border service were killed.", "Four"),
        Some(Event::Killed)
    );
    assert_eq!(event("He named the 17 workers the company said were injured.", "17"), Some(Event::Injured));
    assert_eq!(
        event("Seven passengers, detained at the station, were questioned.", "Seven"),
        Some(Event::Detained)
    );
    assert_eq!(event("Two people - a teacher and her son - were killed.", "Two"), Some(Event::Killed));
    let p = find("One member of the Alpha special unit died of his wounds.", "One").people.unwrap();
    assert_eq!((p.event, p.who_class), (Event::Killed, WhoClass::SecurityForces));
    let t = "Eight residents of the village of Kok-Tash in the Batken region were injured.";
    assert_eq!(event(t, "Eight"), Some(Event::Injured));
    // Quotation marks around the noun and the verb.
    let t = "Five \"terrorists\" were \"neutralised\", the committee said.";
    assert_eq!(claim(t, "Five"), killed(5.0, "terrorists"));
}

#[test]
fn those_who_did_the_harm_took_part_in_it() {
    let t = "Twenty inmates armed with knives killed two warders.";
    assert_eq!(event(t, "Twenty"), Some(Event::Involved));
    assert_eq!(event(t, "two"), Some(Event::Killed));
    let t = "Some 40 rioters stormed the police station.";
    assert_eq!(event(t, "Some 40"), Some(Event::Involved));
}

#[test]
fn breakdowns_after_a_total_are_its_parts() {
    let t = "At least 30 people were injured: 14 with gunshot wounds, 9 with stab wounds and 7 with burns.";
    for part in ["14", "9", "7"] {
        assert_eq!(full(t, part), Some((Event::Injured, "people".into(), Some(0), true, false)), "{part}");
    }
    let t = "Police detained 48 people, 20 in Almaty, 15 in Shymkent and one in Taraz.";
    for part in ["20", "15", "one"] {
        assert_eq!(full(t, part), Some((Event::Detained, "people".into(), Some(0), true, false)), "{part}");
    }
    // A clause left short is no part: "and in Jalal-Abad, two".
    let t = "In Osh, four looters were killed, and in Jalal-Abad, two.";
    assert_eq!(full(t, "two"), Some((Event::Killed, "looters".into(), None, false, false)));
}

#[test]
fn a_count_of_people_with_no_event_is_no_claim() {
    assert!(find("Kazakhstan, a country of 19 million people, borders China.", "19 million")
        .people
        .is_none());
    assert!(find("The town has 40,000 residents.", "40,000").people.is_none());
    assert!(find("Twelve teachers signed a letter to the mayor.", "Twelve").people.is_none());
    assert!(find("The families of 12 victims met the mayor.", "12").people.is_none());
    // Crowds, participants and forces sent in are involved.
    assert_eq!(event("Some 3,000 protesters marched to the akimat.", "Some 3,000"), Some(Event::Involved));
    assert_eq!(event("Authorities deployed 500 troops to the city.", "500"), Some(Event::Involved));
    assert_eq!(event("A crowd of 2,000 filled the square.", "2,000"), Some(Event::Involved));
}

#[test]
fn fugitives_fines_and_terms_are_other() {
    let w = |e: &str, d: &str| (e.to_string(), Some(d.to_string()));
    assert_eq!(written_event("Three suspects remain at large.", "Three"), w("other", "at_large"));
    assert_eq!(written_event("Police are still looking for two gunmen.", "two"), w("other", "at_large"));
    assert_eq!(written_event("Dozens were fined for joining the rally.", "Dozens"), w("other", "fined"));
    assert_eq!(written_event("Eleven were released on bail.", "Eleven"), w("other", "released"));
    assert_eq!(written_event("A total of 120 residents face charges.", "120"), w("other", "charged"));
}

#[test]
fn figures_the_report_replaces_are_superseded() {
    let sup = |t: &str, w: &str| find(t, w).people.map(|p| p.superseded);
    assert_eq!(sup("Earlier reports put the death toll at 24.", "24"), Some(true));
    assert_eq!(sup("The ministry later retracted a report that 40 people had died.", "40"), Some(true));
    assert_eq!(sup("Police had previously said 9 people were detained.", "9"), Some(true));
    let t = "Officials raised the death toll from 10 to 13.";
    assert_eq!((sup(t, "10"), sup(t, "13")), (Some(true), Some(false)));
    // A time, not a revision.
    assert_eq!(sup("Five people were killed earlier this week.", "Five"), Some(false));
    assert_eq!(sup("Six people were killed.", "Six"), Some(false));
}

#[test]
fn parts_company_lists_and_complements() {
    let t = "Officials said seven of about 20 suspects detained were foreigners.";
    let p = find(t, "seven").people.unwrap();
    assert_eq!((p.event.class(), p.subtotal, p.part_of), (Event::Detained, true, Some(1)));
    let t = "Four gunmen were caught, along with three accomplices.";
    assert_eq!(event(t, "three"), Some(Event::Detained));
    let t = "Gunmen killed 3 guards, a driver and an unknown number of civilians.";
    assert_eq!(event(t, "a"), Some(Event::Killed));
    assert_eq!(event(t, "an unknown number"), Some(Event::Killed));
    assert!(find("The trial of 22 activists opened on Monday.", "22").people.is_none());
    assert_eq!(find("Police rounded up 500 or so.", "500 or so").qualifier, Qualifier::About);
    assert_eq!(
        find("Of them, one and a half hundred were hospitalized.", "one and a half hundred").value,
        Some(150.0)
    );
}

#[test]
fn hospitals_conditions_hostages_and_forces_sent_in() {
    let w = |e: &str, d: Option<&str>| (e.to_string(), d.map(String::from));
    assert_eq!(
        written_event("Another 40 people were admitted to city hospitals.", "Another 40"),
        w("injured", Some("hospitalized"))
    );
    assert_eq!(
        written_event("Two miners are in a grave but stable condition.", "Two"),
        w("injured", Some("hospitalized"))
    );
    assert_eq!(
        written_event("Bandits took 30 passengers hostage on the road.", "30"),
        w("other", Some("hostage"))
    );
    assert_eq!(
        written_event("At least 500 riot police were pulled in to the square.", "At least 500"),
        w("involved", None)
    );
    assert_eq!(
        written_event("Officials counted at least 90 casualties.", "at least 90"),
        w("injured", Some("casualties"))
    );
    // "no casualties" is still nobody killed.
    assert_eq!(event("Luckily there were no casualties.", "no"), Some(Event::Killed));
}

#[test]
fn tolls_lists_and_nouns_before_their_people() {
    let t = "The number of those killed in the overnight shelling of the border villages in the south has risen to 51.";
    assert_eq!(event(t, "51"), Some(Event::Killed));
    let t = "The toll included 11 civilians and two border guards.";
    assert_eq!(full(t, "11"), Some((Event::Killed, "civilians".into(), None, true, false)));
    assert_eq!(event(t, "two"), Some(Event::Killed));
    assert_eq!(event("The attackers stabbed to death two warders.", "two"), Some(Event::Killed));
    let t = "Nine died, including 6 members of the local rescue team and two drivers.";
    assert_eq!(event(t, "two"), Some(Event::Killed));
    let p = find("The clash killed two Tajik border guards.", "two").people.unwrap();
    assert_eq!((p.who.as_str(), p.who_class), ("Tajik border guards", WhoClass::SecurityForces));
    let m = find("Their crowd grew to 3,000-4,000 by evening.", "3,000-4,000");
    assert_eq!((m.low, m.high), (Some(3000.0), Some(4000.0)));
}

#[test]
fn asides_agreement_relative_clauses_and_parts_of_the_dead() {
    let t = "More than 70 people, nearly a third of them women, were injured.";
    assert_eq!(event(t, "More than 70"), Some(Event::Injured));
    // The singular verb is another noun's.
    assert!(find("The hearing of 12 defendants in the case was held in June.", "12").people.is_none());
    let t = "At least 9 people who suffered in the fire are still in hospitals.";
    assert_eq!(event(t, "At least 9"), Some(Event::Injured));
    // A relative clause with its own object does not count its antecedent.
    assert!(find("Talks between the two states that have killed 40 people began.", "two").people.is_none());
    let p = find("Police said 14 of those killed were miners.", "14").people.unwrap();
    assert_eq!((p.event.class(), p.subtotal), (Event::Killed, true));
    // Not a part of the count that follows: one person named among many.
    assert!(find("He was one of hundreds of people detained.", "one").people.is_none());
    // A figure given earlier is superseded only where it is reported so.
    let sup = |t: &str, w: &str| find(t, w).people.map(|p| p.superseded);
    assert_eq!(sup("Two guards were initially killed by the inmates.", "Two"), Some(false));
    assert_eq!(sup("Officials initially reported 12 dead.", "12"), Some(true));
}

#[test]
fn up_from_a_figure_given_earlier() {
    let t = "The toll rose to 21 on Monday, up from 9 reported earlier.";
    let (a, b) = (find(t, "21").people.unwrap(), find(t, "9").people.unwrap());
    assert_eq!((a.event.class(), a.superseded), (Event::Killed, false));
    assert_eq!((b.event.class(), b.superseded), (Event::Killed, true));
}

#[test]
fn parts_do_not_lend_their_noun_and_fronted_groups_with_verbs() {
    // The noun left out after "injured" is the total's, not the part's.
    let t = "The blast killed six people, including three pupils, and wounded 20.";
    let p = find(t, "20").people.unwrap();
    assert_eq!((p.event.class(), p.who.as_str(), p.subtotal), (Event::Injured, "people", false));
    // A part of a group named first, though the part has a verb of its own.
    let t = "Of the 35 people taken to hospital, 8 are in intensive care.";
    let p = find(t, "8").people.unwrap();
    assert_eq!((p.event.class(), p.part_of, p.subtotal), (Event::Injured, Some(0), true));
}

#[test]
fn population_figures_are_no_counts_of_people() {
    assert!(find("Curfew was declared in the town, home to a population of 80,000.", "80,000")
        .people
        .is_none());
    assert!(find("The district has 45,000 inhabitants and one hospital.", "45,000").people.is_none());
}

// ----- round 4: held-out reports ------------------------------------------------------

#[test]
fn a_verb_of_exceeding_makes_the_figure_a_floor() {
    let m = find("By evening the toll of the dead had exceeded 120.", "120");
    assert_eq!((m.qualifier, m.low), (Qualifier::MoreThan, Some(120.0)));
    assert_eq!(m.people.map(|p| p.event.class()), Some(Event::Killed));
    let m = find("The count of the wounded topped 900 by Friday.", "900");
    assert_eq!(m.qualifier, Qualifier::MoreThan);
    // A plain toll verb keeps the figure exact.
    assert_eq!(find("The toll reached 120.", "120").qualifier, Qualifier::Exact);
}

#[test]
fn the_number_of_people_who_asked_for_medical_help_are_injured() {
    let t = "The number of residents who turned for medical aid rose to 312.";
    assert_eq!(event(t, "312"), Some(Event::Injured));
    let t = "The number of people who sought medical help in the city passed to 75.";
    assert_eq!(event(t, "75"), Some(Event::Injured));
}

#[test]
fn pronounced_dead_is_killed() {
    assert_eq!(event("Three miners were pronounced dead on arrival.", "Three"), Some(Event::Killed));
    assert_eq!(event("One was later declared dead by doctors.", "One"), Some(Event::Killed));
}

#[test]
fn an_aside_without_its_closing_comma_shares_the_verb() {
    let t = "More than 30 people, including 9 policemen were wounded in the attack.";
    assert_eq!(event(t, "More than 30"), Some(Event::Injured));
    let nine = find(t, "9").people.unwrap();
    assert_eq!((nine.event.class(), nine.subtotal), (Event::Injured, true));
    // A relative clause in the aside keeps the verb to itself.
    assert_eq!(event("Six men, including two who were wounded.", "Six"), None);
}

#[test]
fn scores_before_a_word_of_harm_is_a_vague_count() {
    let m = find("Scores hurt as crowd clashes with police", "Scores");
    assert_eq!(
        (m.qualifier, m.people.map(|p| p.event.class())),
        (Qualifier::ApproxWord, Some(Event::Injured))
    );
    assert!(all("He came to settle scores with rivals.").iter().all(|m| m.people.is_none()));
}

#[test]
fn a_second_object_with_a_name_after_it_shares_the_verb() {
    let t = "Gunmen killed four guards and two drivers Thursday.";
    assert_eq!(event(t, "two"), Some(Event::Killed));
}

#[test]
fn the_nearest_toll_names_the_figure() {
    let t = "Figures on the number of casualties differ, but officials put the death toll at 31.";
    assert_eq!(event(t, "31"), Some(Event::Killed));
    // The number of a group still names it when it is the nearest.
    assert_eq!(event("The number of people hurt in the blast rose to 64.", "64"), Some(Event::Injured));
}

#[test]
fn fatally_wounded_is_killed() {
    assert_eq!(event("Three guards were fatally wounded at the gate.", "Three"), Some(Event::Killed));
    assert_eq!(event("A sniper mortally wounded two soldiers.", "two"), Some(Event::Killed));
    // Without the adverb the wounded stay injured.
    assert_eq!(event("A sniper wounded two soldiers.", "two"), Some(Event::Injured));
}

#[test]
fn annihilated_and_neutralized_are_killed() {
    assert_eq!(event("Officials said four rebels were annihilated.", "four"), Some(Event::Killed));
    assert_eq!(event("Troops neutralized five gunmen overnight.", "five"), Some(Event::Killed));
}

#[test]
fn a_toll_that_could_reach_a_figure_is_up_to() {
    let t = "Aid workers warned the death toll could reach 600.";
    let m = find(t, "600");
    assert_eq!(m.qualifier, Qualifier::UpTo);
    assert_eq!(m.high, Some(600.0));
    assert_eq!(event(t, "600"), Some(Event::Killed));
    assert_eq!(find("Officials fear the toll may rise to 90.", "90").qualifier, Qualifier::UpTo);
    let t = "The number of dead might be as high as 250, a rights group said.";
    assert_eq!(find(t, "as high as 250").qualifier, Qualifier::UpTo);
    // A toll that reached the figure is exact.
    assert_eq!(find("The death toll reached 44 on Sunday.", "44").qualifier, Qualifier::Exact);
}

#[test]
fn a_million_then_thousands_is_one_number() {
    let t = "The fund paid 2 million 500 thousand tenge to the families.";
    assert_eq!(find(t, "2 million 500 thousand tenge").value, Some(2_500_000.0));
    // "million" then a bare number stays two numbers.
    assert_eq!(find("Some 3 million 40 of them voted.", "Some 3 million").value, Some(3_000_000.0));
}

#[test]
fn a_list_with_a_participle_phrase_shares_its_verb() {
    let t = "Officials said 7 police officers, 18 men described as \"insurgents,\" and about 10 bystanders were killed.";
    assert_eq!(event(t, "7"), Some(Event::Killed));
    assert_eq!(event(t, "18"), Some(Event::Killed));
    assert_eq!(event(t, "about 10"), Some(Event::Killed));
    let t = "Two rebels identified as commanders and eleven recruits were captured.";
    assert_eq!(event(t, "Two"), Some(Event::Detained));
    // A participle of event keeps its own: "and two wounded" is not theirs.
    let t = "A guard killed in the raid and two wounded were flown out.";
    assert_eq!(event(t, "A"), Some(Event::Killed));
    // The list ends at a clause of its own: "and 3 were freed" is theirs.
    let t = "Troops held 5 men identified as smugglers and 3 were freed later.";
    assert_ne!(event(t, "5"), Some(Event::Released));
}

#[test]
fn needing_medical_treatment_is_injured() {
    assert_eq!(event("About 70 residents needed medical treatment.", "About 70"), Some(Event::Injured));
}

#[test]
fn no_deaths_or_injuries_is_a_zero_for_each() {
    let events = |t: &str| -> Vec<(Option<f64>, Option<Event>)> {
        all(t).iter().map(|m| (m.value, m.people.as_ref().map(|p| p.event.class()))).collect()
    };
    let both = vec![(Some(0.0), Some(Event::Killed)), (Some(0.0), Some(Event::Injured))];
    assert_eq!(events("Police said there were no deaths or injuries."), both);
    assert_eq!(events("Nobody was killed or hurt in the fire."), both);
    assert_eq!(events("No one was hurt."), vec![(Some(0.0), Some(Event::Injured))]);
}

#[test]
fn out_patient_treatment_with_a_hyphen_is_injured() {
    let t = "Doctors said 380 residents received out-patient treatment.";
    assert_eq!(event(t, "380"), Some(Event::Injured));
    let t = "The total covers 95 patients who received out-patient treatment.";
    assert_eq!(event(t, "95"), Some(Event::Injured));
}

#[test]
fn a_list_after_a_participle_of_event_keeps_that_event() {
    let t = "Nine guards killed, including two officers, and nearly 40 others were wounded.";
    assert_eq!(event(t, "Nine"), Some(Event::Killed));
    assert_eq!(event(t, "nearly 40"), Some(Event::Injured));
}
