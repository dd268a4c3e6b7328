//! The incident view, rule by rule, on reports written for these tests.

use kz_shared::record::TextField;
use kz_shared::Record;
use serde_json::{json, Value};

use super::Incidents;
use crate::timeline::{Format, Undated};

/// Places as kz-entities would give them.
fn place(name: &str) -> Value {
    let (id, lat, lon): (&str, Option<f64>, Option<f64>) = match name {
        "Taraz" => ("geonames:1516905", Some(42.9), Some(71.37)),
        "Zhambyl Region" => ("iso3166-2:KZ-31", Some(42.9), Some(71.37)),
        "Oral" => ("geonames:608668", Some(51.25), Some(51.43)),
        "Semey" => ("geonames:1519422", Some(50.42), Some(80.25)),
        "Kazakhstan" => ("geonames:1522867", None, None),
        "Astana" => ("geonames:1526273", Some(51.18), Some(71.45)),
        _ => panic!("no test place {name}"),
    };
    json!({"text": name, "type": "GPE", "name": name, "id": id, "country": "KZ", "lat": lat, "lon": lon})
}

fn person(name: &str) -> Value {
    json!({"text": name, "type": "PERSON", "name": name})
}

fn count(event: &str, who_class: &str, value: u64) -> Value {
    json!({"text": value.to_string(), "value": value, "low": null, "high": null, "qualifier": "exact",
           "kind": "count", "event": event, "who_class": who_class, "part_of": null})
}

/// A sentence record: (doc, published, source, para, sent, text, entities, numbers).
#[allow(clippy::too_many_arguments)]
fn rec(
    doc: &str,
    published: Option<&str>,
    source: Option<&str>,
    para: u64,
    sent: u64,
    text: &str,
    entities: Vec<Value>,
    numbers: Vec<Value>,
) -> Value {
    let mut r = json!({"doc": doc});
    let o = r.as_object_mut().unwrap();
    if let Some(p) = published {
        o.insert("published".into(), json!(p));
    }
    if let Some(s) = source {
        o.insert("source".into(), json!(s));
    }
    o.insert("para".into(), json!(para));
    o.insert("sent".into(), json!(sent));
    o.insert("text".into(), json!(text));
    o.insert("entities".into(), Value::Array(entities));
    o.insert("numbers".into(), Value::Array(numbers));
    r
}

fn run_with(records: &[Value], window: i64, format: Format) -> String {
    let mut inc = Incidents::new(None, "text", window);
    let mut field = TextField::new("text");
    for r in records {
        inc.add(Record::from(r.as_object().unwrap().clone()), &mut field);
    }
    let mut out = Vec::new();
    inc.write_incidents(&mut out, format, Undated::Keep).unwrap();
    String::from_utf8(out).unwrap()
}

fn incidents(records: &[Value]) -> Vec<Value> {
    run_with(records, 7, Format::Jsonl).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn claim<'a>(incident: &'a Value, event: &str, who: &str) -> &'a Value {
    incident["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["event"] == event && c["who_class"] == who)
        .unwrap_or_else(|| panic!("no {event}/{who} in {}", incident["claims"]))
}

fn find<'a>(list: &'a [Value], id: &str) -> &'a Value {
    list.iter().find(|i| i["incident"] == id).unwrap_or_else(|| {
        let ids: Vec<&Value> = list.iter().map(|i| &i["incident"]).collect();
        panic!("no incident {id} in {ids:?}")
    })
}

/// A shooting at a market in Oral, told by three outlets over four days as
/// its toll rose from three to five to eight.
fn rising_toll() -> Vec<Value> {
    vec![
        rec(
            "oral-1",
            Some("2023-05-09"),
            Some("Ural Week"),
            0,
            0,
            "Shots fired at Oral market",
            vec![place("Oral")],
            vec![],
        ),
        rec(
            "oral-1",
            Some("2023-05-09"),
            Some("Ural Week"),
            1,
            1,
            "A gunman opened fire at the central market in Oral on Tuesday, killing three people.",
            vec![place("Oral")],
            vec![count("killed", "people", 3)],
        ),
        rec(
            "oral-2",
            Some("2023-05-10"),
            Some("Steppe Wire"),
            1,
            0,
            "The number of people killed in Tuesday's shooting at the Oral market has risen to five.",
            vec![place("Oral")],
            vec![count("killed", "people", 5)],
        ),
        rec(
            "oral-3",
            Some("2023-05-12"),
            Some("Kazakh Daily"),
            1,
            0,
            "Eight people have now died after the market shooting in Oral on Tuesday, doctors said.",
            vec![place("Oral")],
            vec![count("killed", "people", 8)],
        ),
    ]
}

#[test]
fn a_toll_that_rose_over_days_is_not_a_conflict() {
    let list = incidents(&rising_toll());
    assert_eq!(list.len(), 1, "{list:?}");
    let i = &list[0];
    assert_eq!(i["incident"], "oral-2023-05-09");
    assert_eq!((i["start"].as_str(), i["granularity"].as_str()), (Some("2023-05-09"), Some("day")));
    assert_eq!(i["docs"], json!(["oral-1", "oral-2", "oral-3"]));
    assert_eq!(i["sources"], json!(["Ural Week", "Steppe Wire", "Kazakh Daily"]));
    assert_eq!(i["place"]["name"], "Oral");
    assert_eq!(i["place"]["id"], "geonames:608668");
    let c = claim(i, "killed", "people");
    assert_eq!((c["low"].clone(), c["best"].clone(), c["high"].clone()), (json!(3), json!(8), json!(8)));
    assert_eq!(c["conflict"], false);
    assert_eq!(c["rising"], true);
    assert_eq!(
        c["latest"],
        json!({"value": 8, "as_of": "2023-05-12", "doc": "oral-3", "source": "Kazakh Daily"})
    );
    let as_of: Vec<&Value> = c["reports"].as_array().unwrap().iter().map(|r| &r["as_of"]).collect();
    assert_eq!(as_of, [&json!("2023-05-09"), &json!("2023-05-10"), &json!("2023-05-12")]);
}

#[test]
fn outlets_that_disagree_at_the_same_time_are_a_conflict() {
    let mut recs = rising_toll();
    recs.push(rec(
        "oral-4",
        Some("2023-05-12"),
        Some("Other Paper"),
        1,
        0,
        "Six people were killed in the shooting at the Oral market on Tuesday.",
        vec![place("Oral")],
        vec![count("killed", "people", 6)],
    ));
    let list = incidents(&recs);
    let c = claim(&list[0], "killed", "people");
    assert_eq!(c["conflict"], true);
    // best: the median of the figures not outdated by a later, larger one (6, 8).
    assert_eq!(c["best"], 6);
    assert_eq!(c["counted_docs"], 4);
}

#[test]
fn a_figure_the_report_supersedes_counts_in_no_estimate() {
    let mut old = count("killed", "people", 10);
    old["superseded"] = json!(true);
    let recs = vec![rec("s", Some("2023-05-09"), None, 1, 0,
        "Officials in Oral on Tuesday revised the toll of the market shooting down to four from the ten given earlier.",
        vec![place("Oral")], vec![count("killed", "people", 4), old])];
    let list = incidents(&recs);
    let c = claim(&list[0], "killed", "people");
    assert_eq!(
        (c["low"].clone(), c["high"].clone(), c["conflict"].clone()),
        (json!(4), json!(4), json!(false))
    );
    let flags: Vec<&Value> = c["reports"].as_array().unwrap().iter().map(|r| &r["superseded"]).collect();
    assert_eq!(flags, [&json!(false), &json!(true)]);
}

#[test]
fn a_republished_wire_story_is_a_copy_of_the_first_publication() {
    let sentence = "Police said two officers were wounded when a car bomb went off outside the akimat in Taraz on Monday.";
    let recs = vec![
        // The republication is read first, yet the wire published first.
        rec(
            "reprint",
            Some("2022-03-08"),
            Some("Portal"),
            1,
            0,
            sentence,
            vec![place("Taraz")],
            vec![count("wounded", "security_forces", 2)],
        ),
        rec(
            "wire",
            Some("2022-03-07"),
            Some("Wire"),
            1,
            3,
            sentence,
            vec![place("Taraz")],
            vec![count("wounded", "security_forces", 2)],
        ),
    ];
    let list = incidents(&recs);
    assert_eq!(list.len(), 1);
    let c = claim(&list[0], "injured", "security_forces");
    let reports = c["reports"].as_array().unwrap();
    assert_eq!(reports[0]["copy_of"], json!({"doc": "wire", "sent": 3}));
    assert_eq!(reports[1]["copy_of"], Value::Null);
    assert_eq!(reports[0]["event_word"], "wounded");
    assert_eq!(c["counted_docs"], 1);
    // A short sentence is no proof of copying.
    let short = vec![
        rec(
            "a",
            Some("2022-03-07"),
            None,
            1,
            0,
            "Two died in Taraz yesterday.",
            vec![place("Taraz")],
            vec![count("killed", "people", 2)],
        ),
        rec(
            "b",
            Some("2022-03-07"),
            None,
            1,
            0,
            "Two died in Taraz yesterday.",
            vec![place("Taraz")],
            vec![count("killed", "people", 2)],
        ),
    ];
    assert_eq!(claim(&incidents(&short)[0], "killed", "people")["counted_docs"], 2);
}

#[test]
fn dup_of_from_kz_dedupe_marks_a_copy() {
    let mut copy = rec(
        "b",
        Some("2022-03-08"),
        None,
        1,
        0,
        "Two were killed in the blast in Taraz, police said on Monday.",
        vec![place("Taraz")],
        vec![count("killed", "people", 2)],
    );
    copy["dup_of"] = json!({"doc": "a", "sent": 0});
    let recs = vec![
        rec(
            "a",
            Some("2022-03-07"),
            None,
            1,
            0,
            "Two were killed in the blast in Taraz, police said on Monday.",
            vec![place("Taraz")],
            vec![count("killed", "people", 2)],
        ),
        copy,
    ];
    let list = incidents(&recs);
    let c = claim(&list[0], "killed", "people");
    assert_eq!(c["reports"][1]["copy_of"], json!({"doc": "a", "sent": 0}));
    assert_eq!(c["counted_docs"], 1);
}

#[test]
fn undated_reports_join_the_incident_they_match_and_only_that() {
    let mut recs = rising_toll();
    // No date at all, but the place and the gunman's name match.
    recs[1]["entities"].as_array_mut().unwrap().push(person("Arman Kenzhebayev"));
    recs.push(rec(
        "undated-match",
        None,
        None,
        1,
        0,
        "Arman Kenzhebayev, the man accused of the shooting at the Oral market, appeared in court.",
        vec![place("Oral"), person("Arman Kenzhebayev")],
        vec![],
    ));
    // A month and day without a year, in the same place.
    recs.push(rec(
        "no-year",
        None,
        None,
        1,
        0,
        "Three people were shot dead in Oral on May 9.",
        vec![place("Oral")],
        vec![count("killed", "people", 3)],
    ));
    // Two reports that match nothing: neither joins the other for lacking a date.
    recs.push(rec(
        "lonely-1",
        None,
        None,
        1,
        0,
        "A fire destroyed a warehouse; two guards were hurt.",
        vec![],
        vec![count("injured", "people", 2)],
    ));
    recs.push(rec(
        "lonely-2",
        None,
        None,
        1,
        0,
        "A boat capsized; two fishermen were hurt.",
        vec![],
        vec![count("injured", "people", 2)],
    ));
    let list = incidents(&recs);
    let oral = find(&list, "oral-2023-05-09");
    assert_eq!(oral["docs"], json!(["oral-1", "oral-2", "oral-3", "undated-match", "no-year"]));
    let undated: Vec<&Value> = list.iter().filter(|i| i["start"].is_null()).collect();
    assert_eq!(undated.len(), 2, "{list:?}");
    assert_eq!(undated[0]["incident"], "unknown-undated-lonely-1");
    assert_eq!(undated[0]["docs"], json!(["lonely-1"]));
    // Undated reports come last, after the dated ones.
    assert!(list.last().unwrap()["start"].is_null());
}

#[test]
fn an_undated_report_at_the_same_place_needs_a_name_or_a_figure() {
    let mut recs = rising_toll();
    recs.push(rec(
        "other-oral",
        None,
        None,
        1,
        0,
        "A bus crashed in Oral; one passenger was injured.",
        vec![place("Oral")],
        vec![count("injured", "people", 1)],
    ));
    let list = incidents(&recs);
    assert_eq!(list.len(), 2);
    assert_eq!(list[1]["incident"], "oral-undated-other-oral");
}

#[test]
fn a_background_paragraph_belongs_to_the_older_incident() {
    let recs = vec![
        rec(
            "semey",
            Some("2021-11-02"),
            Some("East Daily"),
            1,
            0,
            "Two police officers were stabbed at a checkpoint in Semey on Monday.",
            vec![place("Semey")],
            vec![count("injured", "security_forces", 2)],
        ),
        rec(
            "semey",
            Some("2021-11-02"),
            Some("East Daily"),
            2,
            1,
            "In 2016, an attack on a bank in Semey left four people dead.",
            vec![place("Semey")],
            vec![count("killed", "people", 4)],
        ),
        rec(
            "semey",
            Some("2021-11-02"),
            Some("East Daily"),
            2,
            2,
            "The attackers were never caught.",
            vec![],
            vec![],
        ),
        // History is no incident.
        rec(
            "semey",
            Some("2021-11-02"),
            Some("East Daily"),
            3,
            3,
            "The city was founded in 1718 as a fortress.",
            vec![],
            vec![],
        ),
    ];
    let list = incidents(&recs);
    let ids: Vec<&str> = list.iter().map(|i| i["incident"].as_str().unwrap()).collect();
    assert_eq!(ids, ["semey-2016", "semey-2021-11-01"]);
    let old = &list[0];
    assert_eq!(old["docs"], json!([]));
    assert_eq!(old["mentioned_in"], json!(["semey"]));
    assert_eq!(old["granularity"], "year");
    assert_eq!(old["date_prec"], 5);
    assert_eq!(claim(old, "killed", "people")["reports"][0]["background"], true);
    // The sentence after it in its paragraph goes with it.
    assert_eq!(old["events"].as_array().unwrap().len(), 1);
    let new = &list[1];
    assert_eq!(new["docs"], json!(["semey"]));
    assert!(new["claims"].as_array().unwrap().iter().all(|c| c["event"] != "killed"));
    assert!(new["events"].as_array().unwrap().iter().all(|e| !e["text"].as_str().unwrap().contains("1718")));
}

#[test]
fn a_city_and_its_region_meet_and_the_country_is_no_place() {
    let recs = vec![
        rec(
            "city",
            Some("2020-02-10"),
            None,
            1,
            0,
            "Clashes in Taraz on Saturday left five people injured.",
            vec![place("Taraz")],
            vec![count("injured", "people", 5)],
        ),
        rec(
            "region",
            Some("2020-02-11"),
            None,
            1,
            0,
            "Unrest in Zhambyl Region on Saturday left seven people injured.",
            vec![place("Zhambyl Region")],
            vec![count("injured", "people", 7)],
        ),
        rec(
            "country",
            Some("2020-02-11"),
            None,
            1,
            0,
            "Across Kazakhstan, riots on Saturday left two people injured.",
            vec![place("Kazakhstan")],
            vec![count("injured", "people", 2)],
        ),
    ];
    let list = incidents(&recs);
    assert_eq!(list.len(), 2, "{list:?}");
    let taraz = find(&list, "taraz-2020-02-08");
    assert_eq!(taraz["docs"], json!(["city", "region"]));
    assert_eq!((taraz["geo_precision"].clone(), taraz["where_prec"].clone()), (json!(1), json!(1)));
    let country = find(&list, "kazakhstan-2020-02-08");
    assert_eq!(country["place"], Value::Null);
    assert_eq!(country["country"], "KZ");
    assert_eq!((country["geo_precision"].clone(), country["where_prec"].clone()), (json!(3), json!(6)));
}

#[test]
fn the_window_decides_what_is_one_incident() {
    let recs = vec![
        rec(
            "a",
            Some("2020-02-03"),
            None,
            1,
            0,
            "Police detained 12 protesters in Astana on Monday.",
            vec![place("Astana")],
            vec![count("detained", "protesters", 12)],
        ),
        rec(
            "b",
            Some("2020-02-24"),
            None,
            1,
            0,
            "Police detained 30 protesters in Astana on Monday.",
            vec![place("Astana")],
            vec![count("detained", "protesters", 30)],
        ),
    ];
    assert_eq!(run_with(&recs, 7, Format::Jsonl).lines().count(), 2);
    assert_eq!(run_with(&recs, 21, Format::Jsonl).lines().count(), 1);
}

#[test]
fn additions_add_to_the_figure_before_them_and_sites_add_up() {
    let mut more = count("detained", "militants", 2);
    more["additional"] = json!(true);
    let recs = vec![
        rec(
            "r",
            Some("2019-07-02"),
            None,
            1,
            0,
            "Police detained four suspects in Taraz on Monday.",
            vec![place("Taraz")],
            vec![count("detained", "militants", 4)],
        ),
        rec(
            "r",
            Some("2019-07-02"),
            None,
            1,
            1,
            "A further two were detained later that day.",
            vec![],
            vec![more],
        ),
        rec(
            "r",
            Some("2019-07-02"),
            None,
            2,
            2,
            "At one checkpoint the gunmen killed a guard.",
            vec![],
            vec![count("killed", "security_forces", 1)],
        ),
        rec(
            "r",
            Some("2019-07-02"),
            None,
            2,
            3,
            "At another checkpoint they killed two soldiers.",
            vec![],
            vec![count("killed", "security_forces", 2)],
        ),
    ];
    let list = incidents(&recs);
    let d = claim(&list[0], "detained", "militants");
    assert_eq!((d["best"].clone(), d["low"].clone(), d["high"].clone()), (json!(6), json!(2), json!(6)));
    let k = claim(&list[0], "killed", "security_forces");
    assert_eq!(k["best"], 3);
    assert_eq!(k["reports"][0]["partial"], true);
}

#[test]
fn old_and_new_event_words_are_one_class() {
    let recs = vec![rec(
        "w",
        Some("2019-07-02"),
        None,
        1,
        0,
        "In Taraz on Monday three were arrested, two wounded and one hospitalized.",
        vec![place("Taraz")],
        vec![
            count("arrested", "people", 3),
            count("wounded", "people", 2),
            count("hospitalized", "people", 1),
        ],
    )];
    let list = incidents(&recs);
    let events: Vec<&str> =
        list[0]["claims"].as_array().unwrap().iter().map(|c| c["event"].as_str().unwrap()).collect();
    assert_eq!(events, ["detained", "injured"]);
    assert_eq!(claim(&list[0], "injured", "people")["best"], 2);
}

#[test]
fn kinds_actors_and_precision_come_from_the_reports() {
    let list = incidents(&rising_toll());
    let i = &list[0];
    assert_eq!(
        (i["event_type"].as_str(), i["sub_event_type"].as_str()),
        (Some("Violence against civilians"), Some("Attack"))
    );
    assert_eq!(i["event_type_rule"], "attack");
    let actors: Vec<(&str, u64)> = i["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a["inter"].as_u64().unwrap()))
        .collect();
    assert_eq!(actors, [("Unidentified Armed Group (Kazakhstan)", 3), ("Civilians (Kazakhstan)", 7)]);
    assert_eq!((i["time_precision"].clone(), i["date_prec"].clone()), (json!(1), json!(1)));
    // A report dated only by its publication: a day within the week before.
    let recs = vec![rec(
        "p",
        Some("2019-07-02"),
        None,
        1,
        0,
        "Protesters rallied in Taraz; police detained 40.",
        vec![place("Taraz")],
        vec![count("detained", "protesters", 40)],
    )];
    let p = &incidents(&recs)[0];
    assert_eq!((p["time_precision"].clone(), p["date_prec"].clone()), (json!(2), json!(2)));
    assert_eq!(p["sub_event_type"], "Protest with intervention");
    // "near" a town: ACLED 2, UCDP 2.
    let recs = vec![rec(
        "n",
        Some("2019-07-02"),
        None,
        1,
        0,
        "Two soldiers died in a clash with gunmen near Taraz on Monday.",
        vec![place("Taraz")],
        vec![count("killed", "security_forces", 2)],
    )];
    let n = &incidents(&recs)[0];
    assert_eq!((n["geo_precision"].clone(), n["where_prec"].clone()), (json!(2), json!(2)));
    assert_eq!(n["event_type"], "Battles");
}

#[test]
fn ids_are_stable_unique_and_the_bytes_the_same() {
    let recs = rising_toll();
    assert_eq!(run_with(&recs, 7, Format::Jsonl), run_with(&recs, 7, Format::Jsonl));
    // Two incidents of one place and day that nothing joins: -2.
    let recs = vec![
        rec(
            "a",
            None,
            None,
            1,
            0,
            "In Oral on May 9 two people were shot dead.",
            vec![place("Oral")],
            vec![count("killed", "people", 2)],
        ),
        rec(
            "b",
            None,
            None,
            1,
            0,
            "In Oral on May 9 a bridge collapsed, injuring nine.",
            vec![],
            vec![count("injured", "people", 9)],
        ),
    ];
    let ids: Vec<String> = run_with(&recs, 7, Format::Jsonl)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["incident"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids[0], "oral-xxxx-05-09");
    assert_eq!(ids.iter().collect::<std::collections::HashSet<_>>().len(), ids.len());
}

#[test]
fn csv_has_a_row_per_incident_and_claim_and_md_a_table() {
    let csv = run_with(&rising_toll(), 7, Format::Csv);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(
        "incident,start,end,time_precision,date_prec,place,place_id,latitude,longitude,country"
    ));
    let row = lines.next().unwrap();
    assert!(
        row.starts_with("oral-2023-05-09,2023-05-09,2023-05-09,1,1,Oral,geonames:608668,51.25,51.43,KZ,1,1,"),
        "{row}"
    );
    assert!(row.contains(",killed,people,3,8,8,false,true,8,2023-05-12,Kazakh Daily,3,3,"), "{row}");
    assert_eq!(csv.lines().count(), 2);
    let md = run_with(&rising_toll(), 7, Format::Md);
    assert!(md.starts_with("| Incident | Dates | Place |"));
    assert!(
        md.contains("| killed (people) | 3 | 8 | 8 | 8 (2023-05-12, Kazakh Daily) | no (rising) |"),
        "{md}"
    );
}

#[test]
fn plain_counts_are_read_as_written_and_others_are_left_to_parse() {
    let r: Record =
        r#"{"para":0,"sent":17,"a":"3","b":1.0,"c":-2,"e":12345678901234567890}"#.parse().unwrap();
    let field = |key: &str| r.raw(key).map(crate::view::Json::Text);
    assert_eq!(super::plain_count(field("para")), Some("0"));
    assert_eq!(super::plain_count(field("sent")), Some("17"));
    // Not a bare count: parsed as before (a string, a float, a sign,
    // more digits than a u64 surely holds), or absent.
    for key in ["a", "b", "c", "e", "missing"] {
        assert_eq!(super::plain_count(field(key)), None, "{key}");
    }
}

#[test]
fn a_report_without_a_publication_date_is_dated_by_its_address() {
    let mut recs = rising_toll();
    // A later report whose page shows no date; its address does.
    let mut later = rec(
        "oral-5",
        None,
        None,
        1,
        0,
        "The toll of the Oral market shooting of 9 May 2023 has reached nine.",
        vec![place("Oral")],
        vec![count("killed", "people", 9)],
    );
    later["url"] = json!("https://news.example.kz/incidents/2023/05/14/oral-market-toll");
    recs.push(later);
    // An address without a date dates nothing.
    let mut undated = rec(
        "oral-6",
        None,
        None,
        1,
        0,
        "Ten people died in the Oral market shooting, relatives said.",
        vec![place("Oral")],
        vec![count("killed", "people", 10)],
    );
    undated["url"] = json!("https://example.kz/news/society/001683914000123");
    recs.push(undated);
    let list = incidents(&recs);
    let c = claim(&list[0], "killed", "people");
    assert_eq!(c["latest"], json!({"value": 9, "as_of": "2023-05-14", "doc": "oral-5", "source": null}));
    let as_of: Vec<&Value> = c["reports"].as_array().unwrap().iter().map(|r| &r["as_of"]).collect();
    assert_eq!(as_of[3..], [&json!("2023-05-14")]);
    let other = list.iter().find(|i| i["docs"] == json!(["oral-6"])).expect("oral-6 on its own");
    assert_eq!(claim(other, "killed", "people")["reports"][0]["as_of"], Value::Null);
    // The address date is not the event's date: the incident starts on
    // the Tuesday the reports name.
    assert_eq!(list[0]["start"], "2023-05-09");
}

#[test]
fn a_later_smaller_figure_is_not_the_latest_toll() {
    let mut recs = rising_toll();
    // Two days after the toll of eight, the dead named so far.
    recs.push(rec(
        "oral-7",
        Some("2023-05-14"),
        None,
        1,
        0,
        "Police have named four of the people killed in the Oral market shooting.",
        vec![place("Oral")],
        vec![count("killed", "people", 4)],
    ));
    let list = incidents(&recs);
    let c = claim(&list[0], "killed", "people");
    // Four is less than two earlier reports gave (five, eight).
    assert_eq!(c["latest"]["value"], 8);
    assert_eq!(c["latest"]["doc"], "oral-3");
}

#[test]
fn a_month_long_past_is_not_the_event_of_a_report_with_no_day() {
    // The report gives no day of its own; a paragraph recalls an attack of
    // years ago, opened by its month, and the days after it.
    let p = Some("2023-05-10");
    let recs = vec![
        rec(
            "taraz",
            p,
            None,
            1,
            0,
            "A gunman killed three people at a bank in Taraz.",
            vec![place("Taraz")],
            vec![count("killed", "people", 3)],
        ),
        rec(
            "taraz",
            p,
            None,
            2,
            1,
            "In March 2011, gunmen seized a bank in Oral.",
            vec![place("Oral")],
            vec![],
        ),
        rec("taraz", p, None, 2, 2, "Two days later troops stormed it.", vec![], vec![]),
        rec(
            "taraz",
            p,
            None,
            2,
            3,
            "Eleven hostages died in the fighting.",
            vec![],
            vec![count("killed", "civilians", 11)],
        ),
    ];
    let list = incidents(&recs);
    let ids: Vec<&str> = list.iter().map(|i| i["incident"].as_str().unwrap()).collect();
    assert_eq!(ids, ["oral-2011-03", "taraz-2023-05-10"]);
    let old = &list[0];
    assert_eq!(claim(old, "killed", "civilians")["best"], 11);
    assert_eq!(old["docs"], json!([]));
    let new = &list[1];
    assert_eq!(new["docs"], json!(["taraz"]));
    assert_eq!(claim(new, "killed", "people")["latest"]["value"], 3);
    assert!(new["claims"].as_array().unwrap().iter().all(|c| c["who_class"] != "civilians"));
}

#[test]
fn a_wire_dateline_dates_a_report_without_a_publication_date() {
    let mut recs = vec![rec(
        "taraz-1",
        Some("2023-05-09"),
        None,
        1,
        0,
        "Two people were killed in a shooting at the Taraz bazaar on Tuesday.",
        vec![place("Taraz")],
        vec![count("killed", "people", 2)],
    )];
    for (doc, dateline, text) in [
        (
            "taraz-2",
            "TARAZ, May 10 (Steppe Wire) -",
            "The toll of the bazaar shooting in Taraz rose to four.",
        ),
        ("taraz-3", "Тараз. 11 мая. ВЕСТИ", "Число погибших при стрельбе на рынке в Таразе выросло до пяти."),
    ] {
        let mut r =
            rec(doc, None, None, 1, 0, text, vec![place("Taraz")], vec![count("killed", "people", 4)]);
        r["dateline_text"] = json!(dateline);
        recs.push(r);
    }
    // Without the dateline the report has no date and shares no figure.
    let mut bare = recs[1].clone();
    bare["doc"] = json!("taraz-4");
    bare.as_object_mut().unwrap().remove("dateline_text");
    bare["numbers"] = json!([count("killed", "people", 7)]);
    recs.push(bare);
    let list = incidents(&recs);
    let i = find(&list, "taraz-2023-05-09");
    assert_eq!(i["docs"], json!(["taraz-1", "taraz-2", "taraz-3"]));
    assert!(list.iter().any(|i| i["docs"] == json!(["taraz-4"]) && i["start"].is_null()));
}

#[test]
fn a_month_named_late_in_passing_is_not_the_event_of_an_undated_report() {
    let recs = vec![
        rec(
            "oral-x",
            None,
            None,
            1,
            0,
            "Three people were killed at the Oral bazaar on Thursday.",
            vec![place("Oral")],
            vec![count("killed", "people", 3)],
        ),
        rec("oral-x", None, None, 2, 1, "Police closed the roads.", vec![], vec![]),
        rec(
            "oral-x",
            None,
            None,
            3,
            2,
            "The mayor, who took office after the unrest in April, called for calm.",
            vec![place("Oral")],
            vec![],
        ),
    ];
    let list = incidents(&recs);
    assert_eq!(list.len(), 1);
    assert!(list[0]["start"].is_null(), "{}", list[0]);
    // In the lead, the month is the event's.
    let recs = vec![rec(
        "oral-y",
        None,
        None,
        1,
        0,
        "Three people were killed at the Oral bazaar in April.",
        vec![place("Oral")],
        vec![count("killed", "people", 3)],
    )];
    assert_eq!(incidents(&recs)[0]["start"], "XXXX-04");
}
