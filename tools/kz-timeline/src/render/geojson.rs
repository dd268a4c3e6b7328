//! GeoJSON (RFC 7946): one FeatureCollection, written a feature a line.
//!
//! - `--by incident`: a Point per incident at its place (longitude first),
//!   with flat properties for a GIS attribute table (id, dates, place,
//!   region, kind, the killed/injured/detained tolls, sources, conflict)
//!   and the full `claims` as a nested property for web viewers.
//! - `--by date`: a MultiPoint per date at the places its sentences name
//!   (the entry gives names; their coordinates come from the `entities` of
//!   the sentence records), with the same tolls and the claims.
//!
//! Records without coordinates are left out; the count goes to stderr.

use std::collections::HashMap;
use std::io::Write;

use kz_shared::{Record, Result};
use serde_json::{json, Map, Value};

use super::fields::{figure_json, flag, list, lon_lat, place, sources_or_docs, strings, text};
use super::regions::admin1;
use super::tolls::{total, Toll};
use super::View;

/// Coordinates of the places named in the sentence records: canonical
/// name → (longitude, latitude), as written.
#[derive(Default)]
pub struct PlaceIndex {
    coords: HashMap<String, (Value, Value)>,
}

impl PlaceIndex {
    pub fn observe(&mut self, record: &Record) {
        let Some(Value::Array(entities)) = record.get("entities") else { return };
        for e in entities {
            let Some(name) = text(e, "name") else { continue };
            if self.coords.contains_key(name) {
                continue;
            }
            if let Some((lon, lat)) = e.as_object().and_then(lon_lat) {
                self.coords
                    .insert(name.to_string(), (Value::Number(lon.clone()), Value::Number(lat.clone())));
            }
        }
    }

    fn get(&self, name: &str) -> Option<&(Value, Value)> {
        self.coords.get(name)
    }
}

pub struct Writer {
    view: View,
    written: usize,
    left_out: usize,
}

impl Writer {
    pub fn new(view: View) -> Writer {
        Writer { view, written: 0, left_out: 0 }
    }

    pub fn record(&mut self, rec: &Value, places: &PlaceIndex, out: &mut dyn Write) -> Result<()> {
        let feature = match self.view {
            View::Incident => incident_feature(rec),
            View::Date => date_feature(rec, places),
        };
        let Some(feature) = feature else {
            self.left_out += 1;
            return Ok(());
        };
        out.write_all(if self.written == 0 { HEAD.as_bytes() } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &feature).map_err(std::io::Error::from)?;
        self.written += 1;
        Ok(())
    }

    pub fn finish(self, out: &mut dyn Write) -> Result<()> {
        if self.written == 0 {
            out.write_all(HEAD.as_bytes())?;
        }
        out.write_all(b"\n]}\n")?;
        if self.left_out > 0 {
            let one = self.left_out == 1;
            let what = match self.view {
                View::Incident if one => "incident without coordinates",
                View::Incident => "incidents without coordinates",
                View::Date if one => "date without a place with coordinates",
                View::Date => "dates without a place with coordinates",
            };
            kz_shared::error::warn(format_args!(
                "{} {what} left out of the GeoJSON ({} written)",
                self.left_out, self.written
            ));
        }
        Ok(())
    }
}

const HEAD: &str = "{\"type\":\"FeatureCollection\",\"features\":[\n";

/// The tolls as flat properties: `killed_best`, `killed_latest`, ….
fn tolls(props: &mut Map<String, Value>, rec: &Value, latest: bool) {
    for event in ["killed", "injured", "detained"] {
        let t: Option<Toll> = total(rec, event);
        let n = |x: Option<f64>| x.map_or(Value::Null, figure_json);
        if latest {
            props.insert(format!("{event}_latest"), n(t.and_then(|t| t.latest)));
        }
        props.insert(format!("{event}_best"), n(t.and_then(|t| t.best)));
        props.insert(format!("{event}_low"), n(t.and_then(|t| t.low)));
        props.insert(format!("{event}_high"), n(t.and_then(|t| t.high)));
    }
}

fn conflict(rec: &Value) -> bool {
    list(rec, "claims").iter().any(|c| flag(c, "conflict"))
}

fn copy(props: &mut Map<String, Value>, rec: &Value, key: &str) {
    props.insert(key.to_string(), rec.get(key).cloned().unwrap_or(Value::Null));
}

fn incident_feature(rec: &Value) -> Option<Value> {
    let place = place(rec)?;
    let (lon, lat) = lon_lat(place)?;
    let mut p = Map::new();
    copy(&mut p, rec, "incident");
    copy(&mut p, rec, "start");
    copy(&mut p, rec, "end");
    copy(&mut p, rec, "granularity");
    p.insert("place".into(), place.get("name").cloned().unwrap_or(Value::Null));
    p.insert("place_id".into(), place.get("id").cloned().unwrap_or(Value::Null));
    let region = admin1(place);
    p.insert("admin1".into(), region.as_ref().map_or(Value::Null, |r| Value::from(r.0.clone())));
    copy(&mut p, rec, "country");
    copy(&mut p, rec, "event_type");
    copy(&mut p, rec, "sub_event_type");
    copy(&mut p, rec, "time_precision");
    copy(&mut p, rec, "geo_precision");
    tolls(&mut p, rec, true);
    let sources = sources_or_docs(rec);
    p.insert("sources".into(), json!(strings(rec, "sources").len()));
    p.insert("source_names".into(), Value::from(sources.join("; ")));
    p.insert("docs".into(), json!(strings(rec, "docs").len()));
    p.insert("conflict".into(), Value::Bool(conflict(rec)));
    p.insert("rising".into(), Value::Bool(list(rec, "claims").iter().any(|c| flag(c, "rising"))));
    copy(&mut p, rec, "actors");
    copy(&mut p, rec, "claims");
    Some(json!({
        "type": "Feature",
        "id": rec.get("incident").cloned().unwrap_or(Value::Null),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": p,
    }))
}

fn date_feature(rec: &Value, places: &PlaceIndex) -> Option<Value> {
    let mut names = Vec::new();
    let mut points = Vec::new();
    for name in strings(rec, "places") {
        if let Some((lon, lat)) = places.get(name) {
            names.push(name);
            points.push(json!([lon, lat]));
        }
    }
    if points.is_empty() {
        return None;
    }
    let mut p = Map::new();
    copy(&mut p, rec, "date");
    copy(&mut p, rec, "granularity");
    p.insert("places".into(), Value::from(names.join("; ")));
    tolls(&mut p, rec, false);
    p.insert("sources".into(), json!(strings(rec, "sources").len()));
    p.insert("source_names".into(), Value::from(sources_or_docs(rec).join("; ")));
    p.insert("docs".into(), json!(strings(rec, "docs").len()));
    p.insert("conflict".into(), Value::Bool(conflict(rec)));
    copy(&mut p, rec, "claims");
    Some(json!({
        "type": "Feature",
        "geometry": {"type": "MultiPoint", "coordinates": points},
        "properties": p,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Kind, Renderer};

    fn render(view: View, records: &[Value], observed: &[Value]) -> Value {
        let mut r = Renderer::new(Kind::Geojson, view);
        for s in observed {
            r.observe(&Record::from(s.as_object().unwrap().clone()));
        }
        let mut out = Vec::new();
        for rec in records {
            r.record(rec.clone(), &mut out).unwrap();
        }
        r.finish(&mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    fn incident(id: &str, place: Value) -> Value {
        json!({"incident": id, "start": "2020-05-02", "end": "2020-05-03", "place": place,
               "country": "KZ", "sources": ["Outlet A", "Outlet B"], "docs": ["a", "b"],
               "claims": [{"event": "killed", "who_class": "people", "low": 2, "best": 3, "high": 3,
                           "conflict": true, "rising": false, "latest": {"value": 3}}]})
    }

    #[test]
    fn an_incident_is_a_point_longitude_first_with_flat_properties() {
        let fc = render(
            View::Incident,
            &[
                incident(
                    "semey-2020-05-02",
                    json!({"name": "Semey", "id": "geonames:1519422", "lat": 50.42, "lon": 80.25}),
                ),
                incident("kazakhstan-2020-05-02", json!(null)),
                incident("x-2020-05-02", json!({"name": "X", "lat": null, "lon": null})),
            ],
            &[],
        );
        assert_eq!(fc["type"], "FeatureCollection");
        let features = fc["features"].as_array().unwrap();
        assert_eq!(features.len(), 1);
        let f = &features[0];
        assert_eq!(f["geometry"], json!({"type": "Point", "coordinates": [80.25, 50.42]}));
        let p = &f["properties"];
        assert_eq!(p["incident"], "semey-2020-05-02");
        assert_eq!(p["admin1"], "Abai Region");
        assert_eq!((p["killed_best"].as_f64(), p["killed_latest"].as_f64()), (Some(3.0), Some(3.0)));
        assert_eq!(p["injured_best"], Value::Null);
        assert_eq!((p["sources"].as_u64(), p["conflict"].as_bool()), (Some(2), Some(true)));
        assert_eq!(p["source_names"], "Outlet A; Outlet B");
        assert!(p["claims"].is_array());
    }

    #[test]
    fn no_incident_is_still_a_feature_collection() {
        let fc = render(View::Incident, &[], &[]);
        assert_eq!(fc, json!({"type": "FeatureCollection", "features": []}));
    }

    #[test]
    fn a_date_is_a_multipoint_at_the_places_its_sentences_locate() {
        let sentence = json!({"text": "…", "entities": [
            {"name": "Oral", "type": "GPE", "lat": 51.24601, "lon": 51.42558},
            {"name": "Kazakhstan", "type": "GPE"}]});
        let day = json!({"date": "2021-01-04", "granularity": "day", "places": ["Oral", "Kazakhstan"],
                         "sources": [], "docs": ["d"], "claims": []});
        let nowhere = json!({"date": "2021-01-05", "places": ["Kazakhstan"], "claims": []});
        let fc = render(View::Date, &[day, nowhere], &[sentence]);
        let features = fc["features"].as_array().unwrap();
        assert_eq!(features.len(), 1);
        assert_eq!(
            features[0]["geometry"],
            json!({"type": "MultiPoint", "coordinates": [[51.42558, 51.24601]]})
        );
        assert_eq!(features[0]["properties"]["places"], "Oral");
        // Coordinates keep the digits they were written with.
        assert!(serde_json::to_string(&fc).unwrap().contains("[51.42558,51.24601]"));
    }

    #[test]
    fn a_sentence_record_is_not_an_incident() {
        let mut r = Renderer::new(Kind::Geojson, View::Incident);
        let err = r.record(json!({"text": "Police said…"}), &mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("not an incident record"), "{err}");
    }
}
