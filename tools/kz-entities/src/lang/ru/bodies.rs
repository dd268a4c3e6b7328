//! English names for the Russian names of bodies no list has, word by
//! word from a closed vocabulary: `Управление внутренних дел Ошской области`
//! → `Department of Internal Affairs of Osh Region`, `Октябрьский районный
//! суд Бишкека` → `Oktyabrskiy District Court of Bishkek`. A name with a
//! word outside the vocabulary is transliterated instead.

use std::sync::LazyLock;

use super::morph::{for_each_lemma, lower, Forms};
use super::translit::to_latin;

/// Head nouns of bodies.
const HEADS: &[(&str, &str)] = &[
    ("министерство", "Ministry"),
    ("комитет", "Committee"),
    ("госкомитет", "State Committee"),
    ("управление", "Department"),
    ("департамент", "Department"),
    ("служба", "Service"),
    ("госслужба", "State Service"),
    ("агентство", "Agency"),
    ("совет", "Council"),
    ("суд", "Court"),
    ("прокуратура", "Prosecutor's Office"),
    ("партия", "Party"),
    ("движение", "Movement"),
    ("фонд", "Foundation"),
    ("центр", "Centre"),
    ("союз", "Union"),
    ("ассоциация", "Association"),
    ("собрание", "Assembly"),
    ("палата", "Chamber"),
    ("комиссия", "Commission"),
    ("инспекция", "Inspectorate"),
    ("гвардия", "Guard"),
    ("банк", "Bank"),
    ("университет", "University"),
    ("институт", "Institute"),
    ("академия", "Academy"),
    ("штаб", "Headquarters"),
    ("отдел", "Division"),
    ("отделение", "Branch"),
    ("филиал", "Branch"),
    ("полиция", "Police"),
    ("правительство", "Government"),
    ("администрация", "Administration"),
    ("акимат", "Akimat"),
    ("мэрия", "Mayor's Office"),
    ("ведомство", "Agency"),
    ("парламент", "Parliament"),
    ("кабинет", "Cabinet"),
    ("войска", "Troops"),
    ("армия", "Army"),
    ("бригада", "Brigade"),
    ("батальон", "Battalion"),
    ("полк", "Regiment"),
    ("спецназ", "Special Forces"),
];

/// Adjectives before the head.
const ADJECTIVES: &[(&str, &str)] = &[
    ("государственный", "State"),
    ("национальный", "National"),
    ("верховный", "Supreme"),
    ("конституционный", "Constitutional"),
    ("генеральный", "General"),
    ("главный", "Main"),
    ("центральный", "Central"),
    ("районный", "District"),
    ("городской", "City"),
    ("областной", "Regional"),
    ("военный", "Military"),
    ("межрайонный", "Inter-District"),
    ("специализированный", "Specialised"),
    ("международный", "International"),
    ("республиканский", "Republican"),
    ("информационный", "Information"),
    ("антитеррористический", "Anti-Terrorist"),
    ("антикоррупционный", "Anti-Corruption"),
    ("пограничный", "Border"),
    ("таможенный", "Customs"),
    ("следственный", "Investigative"),
    ("общественный", "Public"),
    ("наблюдательный", "Supervisory"),
    ("избирательный", "Election"),
    ("специальный", "Special"),
    ("оперативный", "Operational"),
    ("криминальный", "Criminal"),
    ("уголовно-исполнительный", "Penal"),
    ("миграционный", "Migration"),
    ("демократический", "Democratic"),
    ("народный", "People's"),
    ("социалистический", "Socialist"),
    ("коммунистический", "Communist"),
    ("исламский", "Islamic"),
    ("казахстанский", "Kazakhstan"),
    // Kinds of courts (so that `Арбитражный суд` is no district court).
    ("арбитражный", "Arbitration"),
    ("апелляционный", "Appeals"),
    ("кассационный", "Cassation"),
    ("мировой", "Magistrates'"),
    ("гарнизонный", "Garrison"),
    ("окружной", "Circuit"),
    ("краевой", "Krai"),
    ("уголовный", "Criminal"),
    ("административный", "Administrative"),
    ("экономический", "Economic"),
    ("ювенальный", "Juvenile"),
    ("высший", "Supreme"),
];

/// Complements after the head (genitive or with `по`), as whole phrases.
const COMPLEMENTS: &[(&str, &str)] = &[
    ("внутренних дел", "Internal Affairs"),
    ("иностранных дел", "Foreign Affairs"),
    ("национальной безопасности", "National Security"),
    ("государственной безопасности", "State Security"),
    ("чрезвычайным ситуациям", "Emergency Situations"),
    ("чрезвычайных ситуаций", "Emergency Situations"),
    ("противодействию коррупции", "Combating Corruption"),
    ("правам человека", "Human Rights"),
    ("народных представителей", "People's Representatives"),
    ("сельского хозяйства", "Agriculture"),
    ("уголовного преследования", "Criminal Prosecution"),
    ("общественного развития", "Social Development"),
    ("информации и общественного развития", "Information and Social Development"),
    ("обороны", "Defence"),
    ("юстиции", "Justice"),
    ("здравоохранения", "Health"),
    ("финансов", "Finance"),
    ("энергетики", "Energy"),
    ("образования", "Education"),
    ("просвещения", "Education"),
    ("информации", "Information"),
    ("полиции", "Police"),
    ("безопасности", "Security"),
    ("госбезопасности", "State Security"),
    ("труда", "Labour"),
    ("культуры", "Culture"),
    ("экологии", "Ecology"),
    ("транспорта", "Transport"),
    ("промышленности", "Industry"),
    ("экономики", "Economy"),
    ("министров", "Ministers"),
    ("республики", "the Republic"),
    ("правительства", "the Government"),
    ("президента", "the President"),
    ("охраны", "Protection"),
    ("миграции", "Migration"),
    ("разведки", "Intelligence"),
    ("связи", "Communications"),
];

/// [`HEADS`] and [`ADJECTIVES`] by their case forms (see [`Forms`]).
static HEAD_FORMS: LazyLock<Forms<&'static str>> = LazyLock::new(|| Forms::pairs(HEADS));
static ADJECTIVE_FORMS: LazyLock<Forms<&'static str>> = LazyLock::new(|| Forms::pairs(ADJECTIVES));

/// The English word of a word of `HEADS` or `ADJECTIVES` in any case.
fn lookup(word: &str, forms: &Forms<&'static str>) -> Option<&'static str> {
    forms.get(word)
}

/// Whether `word` in any case is the head noun of a body's name.
pub fn is_head(word: &str) -> bool {
    lookup(word, &HEAD_FORMS).is_some()
}

/// Whether `word` in any case is an adjective of a body's name.
pub fn is_body_adjective(word: &str) -> bool {
    lookup(word, &ADJECTIVE_FORMS).is_some()
}

/// The English name of a body named in Russian by `words` (adjectives, the
/// head, complements; in any case), with `of <place>` for the place it
/// serves, when the place is given. `None` when a word is outside the
/// vocabulary.
pub fn english_name(words: &[&str], place: Option<&str>) -> Option<String> {
    let head = words.iter().position(|w| is_head(w))?;
    let mut name = String::new();
    for w in &words[..head] {
        let en = match lookup(w, &ADJECTIVE_FORMS) {
            Some(en) => en.to_string(),
            // A capitalised adjective of a place or a date (`Октябрьский`).
            None if w.chars().next().is_some_and(char::is_uppercase) => {
                let mut lemma = None;
                for_each_lemma(w, |l| {
                    if lemma.is_none() && (l.ends_with("ий") || l.ends_with("ый")) {
                        lemma = Some(l.to_string());
                    }
                });
                let lemma = lemma.unwrap_or_else(|| lower(w));
                let latin = to_latin(&lemma);
                let mut c = latin.chars();
                c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str())?
            }
            None => return None,
        };
        name.push_str(&en);
        name.push(' ');
    }
    // `Басманный суд`: a court named only by the adjective of its area is
    // the district court of that area (`Basmanny District Court`).
    let court = lookup(words[head], &HEAD_FORMS) == Some("Court");
    if court && head == 1 && lookup(words[0], &ADJECTIVE_FORMS).is_none() && !name.is_empty() {
        name.push_str("District ");
    }
    let mut rest: Vec<String> = words[head + 1..].iter().map(|w| lower(w)).collect();
    // `полиции` right after the head is said before it in English.
    if rest.first().is_some_and(|w| w == "полиции") {
        name.push_str("Police ");
        rest.remove(0);
    }
    name.push_str(lookup(words[head], &HEAD_FORMS)?);
    let mut k = 0;
    while k < rest.len() {
        let by = rest[k] == "по";
        let from = if by { k + 1 } else { k };
        let found = COMPLEMENTS.iter().find(|(ru, _)| {
            let n = ru.split(' ').count();
            from + n <= rest.len() && rest[from..from + n].join(" ") == *ru
        });
        let (ru, en) = found?;
        name.push_str(if by { " for " } else { " of " });
        name.push_str(en);
        k = from + ru.split(' ').count();
    }
    if let Some(place) = place {
        name.push_str(" of ");
        name.push_str(place);
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::english_name;

    #[test]
    fn bodies_get_english_names_word_by_word() {
        let name = |w: &str, p: Option<&str>| english_name(&w.split(' ').collect::<Vec<_>>(), p);
        assert_eq!(
            name("Управления внутренних дел", Some("Osh Region")).as_deref(),
            Some("Department of Internal Affairs of Osh Region")
        );
        assert_eq!(
            name("Октябрьский районный суд", Some("Bishkek")).as_deref(),
            Some("Oktyabrsky District Court of Bishkek")
        );
        assert_eq!(name("Совета министров", None).as_deref(), Some("Council of Ministers"));
        // A court named by its area alone is that area's district court.
        assert_eq!(
            name("Хамовнический суд", Some("Moscow")).as_deref(),
            Some("Khamovnichesky District Court of Moscow")
        );
        assert_eq!(name("Верховного суда", None).as_deref(), Some("Supreme Court"));
        assert_eq!(name("Арбитражный суд", Some("Moscow")).as_deref(), Some("Arbitration Court of Moscow"));
        assert_eq!(
            name("Комитет по чрезвычайным ситуациям", None).as_deref(),
            Some("Committee for Emergency Situations")
        );
        assert_eq!(
            name("Собрания народных представителей", None).as_deref(),
            Some("Assembly of People's Representatives")
        );
        assert_eq!(
            name("Главного управления полиции", Some("Almaty")).as_deref(),
            Some("Main Police Department of Almaty")
        );
        assert_eq!(name("Управления по борьбе", None), None);
        assert_eq!(name("Алмалинского", None), None);
    }
}
