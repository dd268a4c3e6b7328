//! Places as kz-entities gives them (canonical name, id, country,
//! coordinates), each kept once, and the rule for when two places may be
//! the place of one incident.

use kz_shared::fxhash::HashMap;

use crate::timeline::Strings;

/// What kind of place an entity is, from its type and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    /// A settlement with coordinates (a GeoNames city or town).
    City,
    /// A named settlement the gazetteer does not know ("the village of X").
    Unknown,
    /// A facility: a square, a base, a checkpoint.
    Facility,
    /// An ISO 3166-2 region (oblast): coordinates of its centre.
    Region,
    /// A river, a mountain, a sea.
    Area,
    /// A country: not a place of an incident.
    Country,
}

impl PlaceKind {
    /// Which kind names an incident's place first, on equal prominence.
    pub(crate) fn rank(self) -> u8 {
        match self {
            PlaceKind::City => 0,
            PlaceKind::Unknown => 1,
            PlaceKind::Facility => 2,
            PlaceKind::Region => 3,
            PlaceKind::Area => 4,
            PlaceKind::Country => 5,
        }
    }

    /// ACLED's geo_precision (1 town, 2 near a town or part of a region,
    /// 3 a region) and UCDP's where_prec (1 exact place, 2 within 25 km, 4
    /// a region, 6 the country).
    pub(crate) fn precision(self, near: bool) -> (u8, u8) {
        match self {
            PlaceKind::City | PlaceKind::Unknown | PlaceKind::Facility if near => (2, 2),
            PlaceKind::City | PlaceKind::Unknown | PlaceKind::Facility => (1, 1),
            PlaceKind::Area => (2, 3),
            PlaceKind::Region => (3, 4),
            PlaceKind::Country => (3, 6),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Place {
    pub(crate) name: u32,
    pub(crate) kind: PlaceKind,
    pub(crate) entity_type: u32,
    pub(crate) id: Option<u32>,
    pub(crate) country: Option<u32>,
    pub(crate) coords: Option<(f64, f64)>,
    /// A national capital (see [`is_capital_name`]).
    pub(crate) capital: bool,
}

#[derive(Default)]
pub(crate) struct Places {
    list: Vec<Place>,
    /// id, else name (as [`Strings`]) → place
    index: HashMap<u32, u32>,
}

/// How far a city may lie from a region's centre and still be in it, and a
/// facility from its city (km).
const REGION_KM: f64 = 150.0;
const FACILITY_KM: f64 = 30.0;

impl Places {
    pub(crate) fn intern(
        &mut self,
        strings: &mut Strings,
        entity_type: &str,
        name: &str,
        id: Option<&str>,
        country: Option<&str>,
        coords: Option<(f64, f64)>,
    ) -> u32 {
        let key = strings.id(id.unwrap_or(name));
        if let Some(&p) = self.index.get(&key) {
            return p;
        }
        let coords = coords.filter(|(a, b)| a.is_finite() && b.is_finite());
        let kind = match (entity_type, id) {
            (_, Some(id)) if id.starts_with("iso3166-2:") => PlaceKind::Region,
            ("FAC", _) => PlaceKind::Facility,
            ("LOC", _) => PlaceKind::Area,
            // Countries have an id and no single point (kz-entities), or
            // are the ISO country itself.
            (_, Some(id))
                if coords.is_none() && (id.starts_with("geonames:") || id.starts_with("iso3166-1:")) =>
            {
                PlaceKind::Country
            }
            _ if coords.is_some() => PlaceKind::City,
            _ if is_country_name(name) => PlaceKind::Country,
            // A district the gazetteer does not know ("Batken District",
            // the nominative kz-entities gives "Рушанском районе") is a
            // region around its centre, whose name it carries.
            _ if region_stem(name).is_some() => PlaceKind::Region,
            _ => PlaceKind::Unknown,
        };
        let p = Place {
            capital: is_capital_name(name),
            name: strings.id(name),
            kind,
            entity_type: strings.id(entity_type),
            id: id.map(|i| strings.id(i)),
            country: country.map(|c| strings.id(c)),
            coords,
        };
        let index = self.list.len() as u32;
        self.list.push(p);
        self.index.insert(key, index);
        index
    }

    pub(crate) fn get(&self, p: u32) -> &Place {
        &self.list[p as usize]
    }

    /// Whether two places may be the place of one incident: the same place;
    /// a city and the region around it (the region named after the city,
    /// or its centre within 150 km); a facility and its city (within 30 km,
    /// or named in the facility's id); two places of no known kind only by
    /// the same name. A country meets nothing.
    pub(crate) fn meet(&self, strings: &Strings, a: u32, b: u32) -> bool {
        let (pa, pb) = (self.get(a), self.get(b));
        if pa.kind == PlaceKind::Country || pb.kind == PlaceKind::Country {
            return false;
        }
        if a == b {
            return true;
        }
        if pa.name == pb.name {
            return true;
        }
        if pa.country.is_some() && pb.country.is_some() && pa.country != pb.country {
            return false;
        }
        let (pa, pb) = if pa.kind.rank() <= pb.kind.rank() { (pa, pb) } else { (pb, pa) };
        let within = |limit: f64| match (pa.coords, pb.coords) {
            (Some(x), Some(y)) => distance_km(x, y) <= limit,
            _ => false,
        };
        match (pa.kind, pb.kind) {
            (PlaceKind::City | PlaceKind::Unknown | PlaceKind::Facility, PlaceKind::Region) => {
                let region = strings.get(pb.name);
                let city = strings.get(pa.name);
                region_stem(region) == Some(city) || region.starts_with(city) || within(REGION_KM)
            }
            // A district and the region of the same name (Batken District
            // lies in Batken Region, both around the town of Batken).
            (PlaceKind::Region, PlaceKind::Region) => {
                let (a, b) = (region_stem(strings.get(pa.name)), region_stem(strings.get(pb.name)));
                a.is_some() && a == b
            }
            (PlaceKind::City, PlaceKind::Facility) => {
                let slug = super::write::slug(strings.get(pa.name));
                within(FACILITY_KM) || pb.id.is_some_and(|id| strings.get(id).ends_with(&format!("-{slug}")))
            }
            _ => false,
        }
    }
}

impl Places {
    /// Every place that meets `p`.
    pub(crate) fn meeting(&self, strings: &Strings, p: u32) -> Vec<u32> {
        (0..self.list.len() as u32).filter(|&q| self.meet(strings, p, q)).collect()
    }

    pub(crate) fn is_capital(&self, p: u32) -> bool {
        self.get(p).capital
    }
}

/// The name before a region's designator: `Batken` of `Batken District`,
/// `Aktobe` of `Aktobe Region` (English canonical names, as kz-entities
/// gives them in both languages).
pub(crate) fn region_stem(name: &str) -> Option<&str> {
    const DESIGNATORS: [&str; 7] =
        [" District", " Region", " Oblast", " Province", " Raion", " Rayon", " Oblys"];
    DESIGNATORS.iter().find_map(|d| name.strip_suffix(d)).filter(|stem| !stem.is_empty())
}

/// Whether a place is a national capital of the region (named as its
/// government as often as as a place).
fn is_capital_name(name: &str) -> bool {
    {
        matches!(
            name,
            "Astana"
                | "Bishkek"
                | "Dushanbe"
                | "Tashkent"
                | "Ashgabat"
                | "Moscow"
                | "Kabul"
                | "Beijing"
                | "Baku"
                | "Tbilisi"
                | "Yerevan"
                | "Minsk"
                | "Kyiv"
                | "Tehran"
                | "Ankara"
                | "Астана"
                | "Бишкек"
                | "Душанбе"
                | "Ташкент"
                | "Ашхабад"
                | "Москва"
                | "Кабул"
                | "Пекин"
        )
    }
}

/// Great-circle distance in km.
pub(crate) fn distance_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// Countries of the region by name, for entities without an id.
fn is_country_name(name: &str) -> bool {
    matches!(
        name,
        "Kazakhstan"
            | "Kyrgyzstan"
            | "Tajikistan"
            | "Uzbekistan"
            | "Turkmenistan"
            | "Afghanistan"
            | "Russia"
            | "China"
            | "Казахстан"
            | "Кыргызстан"
            | "Киргизия"
            | "Таджикистан"
            | "Узбекистан"
            | "Туркменистан"
            | "Афганистан"
            | "Россия"
            | "Китай"
    )
}

/// English names of the countries whose forces an incident may name.
pub(crate) fn country_name(code: &str) -> &str {
    match code {
        "KZ" => "Kazakhstan",
        "KG" => "Kyrgyzstan",
        "TJ" => "Tajikistan",
        "UZ" => "Uzbekistan",
        "TM" => "Turkmenistan",
        "AF" => "Afghanistan",
        "RU" => "Russia",
        "CN" => "China",
        "MN" => "Mongolia",
        "AZ" => "Azerbaijan",
        "GE" => "Georgia",
        "AM" => "Armenia",
        "BY" => "Belarus",
        "UA" => "Ukraine",
        "IR" => "Iran",
        "TR" => "Turkey",
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_meets_its_region_and_its_squares_but_not_its_country() {
        let mut s = Strings::new();
        let mut p = Places::default();
        let aktobe =
            p.intern(&mut s, "GPE", "Aktobe", Some("geonames:610611"), Some("KZ"), Some((50.28, 57.21)));
        let region = p.intern(
            &mut s,
            "GPE",
            "Aktobe Region",
            Some("iso3166-2:KZ-15"),
            Some("KZ"),
            Some((50.28, 57.21)),
        );
        let almaty_region = p.intern(
            &mut s,
            "GPE",
            "Almaty Region",
            Some("iso3166-2:KZ-19"),
            Some("KZ"),
            Some((43.87, 77.06)),
        );
        let almaty =
            p.intern(&mut s, "GPE", "Almaty", Some("geonames:1526384"), Some("KZ"), Some((43.25, 76.91)));
        let square = p.intern(
            &mut s,
            "FAC",
            "Republic Square",
            Some("kz:fac:republic-square-almaty"),
            Some("KZ"),
            None,
        );
        let country = p.intern(&mut s, "GPE", "Kazakhstan", Some("geonames:1522867"), Some("KZ"), None);
        let village = p.intern(&mut s, "GPE", "Kyzylkol", None, None, None);
        assert_eq!(p.get(country).kind, PlaceKind::Country);
        assert_eq!(p.get(village).kind, PlaceKind::Unknown);
        assert!(p.meet(&s, aktobe, region) && p.meet(&s, region, aktobe));
        assert!(p.meet(&s, almaty, almaty_region));
        assert!(p.meet(&s, square, almaty));
        assert!(!p.meet(&s, aktobe, almaty));
        assert!(!p.meet(&s, aktobe, almaty_region));
        assert!(!p.meet(&s, country, aktobe) && !p.meet(&s, country, country));
        assert!(!p.meet(&s, village, almaty));
        // The same entity interned twice is one place.
        assert_eq!(
            p.intern(&mut s, "GPE", "Aktobe", Some("geonames:610611"), Some("KZ"), Some((50.28, 57.21))),
            aktobe
        );
    }

    /// A district the gazetteer lacks ("Zhanaozen District", no id, no
    /// coordinates) is the region around the town it is named after, and
    /// meets the region of that name; a district of another town does not.
    #[test]
    fn a_district_without_an_id_meets_its_town_and_its_region() {
        let mut s = Strings::new();
        let mut p = Places::default();
        let town =
            p.intern(&mut s, "GPE", "Sarkand", Some("geonames:1519422"), Some("KZ"), Some((45.41, 79.92)));
        let district = p.intern(&mut s, "GPE", "Sarkand District", None, None, None);
        let region = p.intern(&mut s, "GPE", "Sarkand Region", Some("iso3166-2:XX-1"), Some("KZ"), None);
        let other = p.intern(&mut s, "GPE", "Lepsy District", None, None, None);
        let village = p.intern(&mut s, "GPE", "Sarkandovka", None, None, None);
        assert_eq!(p.get(district).kind, PlaceKind::Region);
        assert!(p.meet(&s, town, district) && p.meet(&s, district, town));
        assert!(p.meet(&s, district, region));
        assert!(!p.meet(&s, town, other) && !p.meet(&s, district, other));
        assert!(!p.meet(&s, village, district));
        assert_eq!(region_stem("Batken District"), Some("Batken"));
        assert_eq!(region_stem(" District"), None);
        assert_eq!(region_stem("Batken"), None);
    }
}
