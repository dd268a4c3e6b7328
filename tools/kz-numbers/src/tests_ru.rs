//! Russian: one wording per test, in sentences written for these tests.

use crate::extract::{rules_for, Extractor, Kind, Mention, Qualifier};
use crate::lang::{Event, WhoClass};
use kz_shared::lang::Lang;

fn all(text: &str) -> Vec<Mention> {
    Extractor::new().extract_lang(text, Some(Lang::Ru))
}

fn find(text: &str, words: &str) -> Mention {
    let found = all(text);
    found.iter().find(|m| &text[m.start..m.end] == words).cloned().unwrap_or_else(|| {
        let texts: Vec<_> = found.iter().map(|m| &text[m.start..m.end]).collect();
        panic!("no mention {words:?} in {text:?}; found {texts:?}")
    })
}

fn value(text: &str, words: &str) -> Option<f64> {
    find(text, words).value
}

/// The class of the event of `words`.
fn event(text: &str, words: &str) -> Option<Event> {
    find(text, words).people.map(|p| p.event.class())
}

/// (event class, who, who_class) of `words`.
fn claim(text: &str, words: &str) -> Option<(Event, String, WhoClass)> {
    find(text, words).people.map(|p| (p.event.class(), p.who, p.who_class))
}

// ----- numbers ----------------------------------------------------------------------

#[test]
fn cardinals_in_every_case_and_compound() {
    assert_eq!(value("Погибли семнадцать человек.", "семнадцать"), Some(17.0));
    assert_eq!(value("Задержали до семнадцати человек.", "до семнадцати"), Some(17.0));
    assert_eq!(value("Пострадали сто двадцать пять человек.", "сто двадцать пять"), Some(125.0));
    assert_eq!(value("В акции участвовали двести человек.", "двести"), Some(200.0));
    assert_eq!(value("Собрались три тысячи человек.", "три тысячи"), Some(3000.0));
    assert_eq!(value("Пришли две тысячи триста человек.", "две тысячи триста"), Some(2300.0));
    assert_eq!(value("Пришли полторы тысячи человек.", "полторы тысячи"), Some(1500.0));
    assert_eq!(value("Полторы сотни госпитализированы.", "Полторы сотни"), Some(150.0));
    assert_eq!(value("Около двух сотен человек пришли.", "Около двух сотен"), Some(200.0));
}

#[test]
fn collective_numerals_count_people() {
    assert_eq!(
        claim("Двое задержанных дали показания.", "Двое"),
        Some((Event::Detained, "задержанных".into(), WhoClass::People))
    );
    assert_eq!(value("Пятеро погибли на месте.", "Пятеро"), Some(5.0));
    assert_eq!(event("Пятеро погибли на месте.", "Пятеро"), Some(Event::Killed));
    assert_eq!(value("Задержали троих подозреваемых.", "троих"), Some(3.0));
}

#[test]
fn digits_with_spaces_and_decimal_commas() {
    assert_eq!(value("Задержаны 3 000 человек.", "3 000"), Some(3000.0));
    // A group of thousands before a comma or a full stop that ends the phrase.
    assert_eq!(value("Всего обратились 2 417, из них 90 в больницах.", "2 417"), Some(2417.0));
    assert_eq!(value("Число пострадавших достигло 1 208.", "1 208"), Some(1208.0));
    let m = find("Штраф составил 1,5 млн тенге.", "1,5 млн тенге");
    assert_eq!((m.value, m.unit, m.kind), (Some(1.5e6), Some("KZT"), Kind::Money));
    let m = find("Ущерб оценили в 2,5 тыс. рублей.", "2,5 тыс. рублей");
    assert_eq!((m.value, m.unit), (Some(2500.0), Some("RUB")));
    let m = find("В митинге приняли участие 1–1,5 тыс. человек.", "1–1,5 тыс.");
    assert_eq!((m.low, m.high, m.qualifier), (Some(1000.0), Some(1500.0), Qualifier::Range));
    let m = find("На площадь вышли 3−4 тысячи человек.", "3−4 тысячи");
    assert_eq!((m.low, m.high), (Some(3000.0), Some(4000.0)));
}

#[test]
fn qualifiers() {
    let q = |t: &str, w: &str| {
        let m = find(t, w);
        (m.qualifier, m.low, m.high)
    };
    use Qualifier::*;
    assert_eq!(q("Погибли не менее 10 человек.", "не менее 10"), (AtLeast, Some(10.0), None));
    assert_eq!(q("Погибли не меньше 10 человек.", "не меньше 10"), (AtLeast, Some(10.0), None));
    assert_eq!(q("Погибли по меньшей мере 5 человек.", "по меньшей мере 5"), (AtLeast, Some(5.0), None));
    assert_eq!(q("Погибли как минимум 3 человека.", "как минимум 3"), (AtLeast, Some(3.0), None));
    assert_eq!(q("Ранены более 30 человек.", "более 30"), (MoreThan, Some(30.0), None));
    assert_eq!(q("Ранены свыше 40 человек.", "свыше 40"), (MoreThan, Some(40.0), None));
    assert_eq!(q("Ранены больше 50 человек.", "больше 50"), (MoreThan, Some(50.0), None));
    assert_eq!(q("Собрались около 200 человек.", "около 200"), (About, None, None));
    assert_eq!(q("Собрались порядка 500 человек.", "порядка 500"), (About, None, None));
    assert_eq!(q("Собрались примерно 70 человек.", "примерно 70"), (About, None, None));
    assert_eq!(q("Пострадали почти 600 человек.", "почти 600"), (About, None, Some(600.0)));
    assert_eq!(q("Задержаны до 20 человек.", "до 20"), (UpTo, None, Some(20.0)));
    assert_eq!(q("Пострадали 100 с лишним человек.", "100 с лишним"), (MoreThan, Some(100.0), None));
    // "возросло до 13": a toll, not "up to".
    let m = find("Число погибших возросло до 13.", "13");
    assert_eq!((m.qualifier, m.people.unwrap().event), (Exact, Event::Killed));
}

#[test]
fn vague_amounts() {
    let m = find("Пострадали десятки человек.", "десятки");
    assert_eq!((m.value, m.low, m.qualifier), (None, Some(20.0), Qualifier::ApproxWord));
    assert_eq!(find("Задержаны сотни протестующих.", "сотни").low, Some(200.0));
    assert_eq!(find("На улицы вышли тысячи человек.", "тысячи").low, Some(2000.0));
    assert_eq!(find("Ранены несколько человек.", "несколько").low, None);
    assert_eq!(find("Задержаны несколько десятков активистов.", "несколько десятков").low, Some(20.0));
    assert_eq!(find("На площадь пришли десятки тысяч человек.", "десятки тысяч").low, Some(20_000.0));
    // After a qualifier, "тысячи" is one thousand.
    let m = find("Пострадали более тысячи человек.", "более тысячи");
    assert_eq!((m.value, m.qualifier), (Some(1000.0), Qualifier::MoreThan));
}

// ----- claims ---------------------------------------------------------------------

#[test]
fn killed_in_both_voices_and_any_order() {
    assert_eq!(event("Погибли 17 человек.", "17"), Some(Event::Killed));
    assert_eq!(event("17 человек погибли.", "17"), Some(Event::Killed));
    assert_eq!(event("Убиты пятеро боевиков.", "пятеро"), Some(Event::Killed));
    assert_eq!(event("Скончались двое раненых.", "двое"), Some(Event::Killed));
    assert_eq!(event("Жертвами стали 9 человек.", "9"), Some(Event::Killed));
    assert_eq!(event("Спецназ ликвидировал четырех террористов.", "четырех"), Some(Event::Killed));
    assert_eq!(event("Шестерых боевиков ликвидировали.", "Шестерых"), Some(Event::Killed));
    assert_eq!(event("Погибло 18 человек, пострадало - 243.", "243"), Some(Event::Injured));
}

#[test]
fn injured_and_hospitalized() {
    assert_eq!(event("Ранены 11 человек.", "11"), Some(Event::Injured));
    assert_eq!(event("Пострадали 40 человек.", "40"), Some(Event::Injured));
    assert_eq!(event("Шесть полицейских получили ранения.", "Шесть"), Some(Event::Injured));
    assert_eq!(event("Огнестрельные ранения получили трое.", "трое"), Some(Event::Injured));
    let p = find("Госпитализированы 20 человек.", "20").people.unwrap();
    assert_eq!((p.event.class(), p.event.detail()), (Event::Injured, Some("hospitalized")));
    assert_eq!(event("В больницы доставили 25 человек.", "25"), Some(Event::Injured));
    assert_eq!(event("12 человек обратились за медицинской помощью.", "12"), Some(Event::Injured));
    assert_eq!(event("В реанимации находятся семь человек.", "семь"), Some(Event::Injured));
    assert_eq!(event("Сообщается о 45 раненых.", "45"), Some(Event::Injured));
}

#[test]
fn detained_arrested_and_at_large() {
    assert_eq!(event("Задержаны 516 человек.", "516"), Some(Event::Detained));
    let p = find("Арестованы трое подозреваемых.", "трое").people.unwrap();
    assert_eq!((p.event.class(), p.event.detail()), (Event::Detained, Some("arrested")));
    assert_eq!(event("Полиция задержала 30 митингующих.", "30"), Some(Event::Detained));
    assert_eq!(event("В отдел полиции доставили 27 человек.", "27"), Some(Event::Detained));
    let p = find("Разыскиваются двое подозреваемых.", "двое").people.unwrap();
    assert_eq!((p.event.class(), p.event.detail()), (Event::Other, Some("at_large")));
    let p = find("Суд оштрафовал 14 активистов.", "14").people.unwrap();
    assert_eq!(p.event.detail(), Some("fined"));
}

#[test]
fn those_who_did_it_take_part() {
    let t = "Трое нападавших убили двух охранников.";
    assert_eq!(event(t, "Трое"), Some(Event::Involved));
    assert_eq!(event(t, "двух"), Some(Event::Killed));
    assert_eq!(event("Нападение совершили четыре человека.", "четыре"), Some(Event::Involved));
    assert_eq!(event("На площади собрались около 300 человек.", "около 300"), Some(Event::Involved));
}

#[test]
fn nouns_name_the_people_and_their_class() {
    use WhoClass::*;
    let class = |t: &str, w: &str| find(t, w).people.map(|p| p.who_class);
    assert_eq!(class("Погибли 5 полицейских.", "5"), Some(SecurityForces));
    assert_eq!(class("Погибли 5 военнослужащих.", "5"), Some(SecurityForces));
    assert_eq!(class("Погибли 5 нацгвардейцев.", "5"), Some(SecurityForces));
    assert_eq!(class("Погибли 5 боевиков.", "5"), Some(Militants));
    assert_eq!(class("Погибли 5 террористов.", "5"), Some(Militants));
    assert_eq!(class("Задержаны 5 преступников.", "5"), Some(Militants));
    assert_eq!(class("Пострадали 5 мирных жителей.", "5"), Some(Civilians));
    assert_eq!(class("Пострадали 5 протестующих.", "5"), Some(Protesters));
    assert_eq!(class("Пострадали 5 митингующих.", "5"), Some(Protesters));
    assert_eq!(class("Пострадали 5 человек.", "5"), Some(People));
    let p = find("Погибли 15 сотрудников полиции.", "15").people.unwrap();
    assert_eq!((p.who.as_str(), p.who_class), ("сотрудников полиции", SecurityForces));
    let p = find("Ранены 13 бойцов спецподразделения.", "13").people.unwrap();
    assert_eq!(p.who_class, SecurityForces);
}

#[test]
fn tolls_and_nouns_of_the_event() {
    assert_eq!(event("Число погибших в результате обстрела возросло до 59.", "59"), Some(Event::Killed));
    assert_eq!(event("Количество пострадавших достигло 134 человек.", "134"), Some(Event::Injured));
    assert_eq!(event("Общее число задержанных составляет 70 человек.", "70"), Some(Event::Detained));
    assert_eq!(event("Власти сообщили о гибели 18 человек.", "18"), Some(Event::Killed));
    assert_eq!(event("Минздрав сообщил о 31 погибшем.", "31"), Some(Event::Killed));
    // "число" alone names no event.
    assert!(find("Число участников акции достигло 500.", "500").people.is_none());
}

#[test]
fn parts_of_a_total() {
    let t = "Пострадали 198 человек, из них 13 детей.";
    let p = find(t, "13").people.unwrap();
    assert_eq!((p.event.class(), p.part_of, p.subtotal), (Event::Injured, Some(0), true));
    let t = "Погибли 20 человек, в том числе 5 полицейских.";
    let p = find(t, "5").people.unwrap();
    assert_eq!((p.event.class(), p.part_of), (Event::Killed, Some(0)));
    let t = "Ранены 40 человек, 12 из них госпитализированы.";
    assert_eq!(event(t, "12"), Some(Event::Injured));
    let t = "Пятеро нападавших были убиты: трое – в Дербенте, двое – в Каспийске.";
    for part in ["трое", "двое"] {
        let p = find(t, part).people.unwrap();
        assert_eq!((p.event.class(), p.part_of, p.subtotal), (Event::Killed, Some(0), true), "{part}");
    }
    assert_eq!(event("Среди погибших — 38 полицейских.", "38"), Some(Event::Killed));
    assert_eq!(event("Двое из пострадавших находятся в реанимации.", "Двое"), Some(Event::Injured));
    // "в т.ч.", the abbreviation of "в том числе".
    let t = "Задержаны 60 человек, в т.ч. 9 подростков.";
    let p = find(t, "9").people.unwrap();
    assert_eq!((p.event.class(), p.part_of, p.subtotal), (Event::Detained, Some(0), true));
}

#[test]
fn a_verb_of_place_before_its_place_and_the_number() {
    // The verb first, then the hospital or the police, then the number.
    assert_eq!(event("Доставлены в больницу 38 человек.", "38"), Some(Event::Injured));
    assert_eq!(event("Доставлены в отдел полиции 12 человек.", "12"), Some(Event::Detained));
    // A hospital with no verb of being taken there is no event.
    assert!(find("В больнице 38 человек работают врачами.", "38").people.is_none());
}

#[test]
fn no_one_and_none() {
    let m = find("Никто не пострадал.", "Никто");
    assert_eq!((m.value, m.people.map(|p| p.event.class())), (Some(0.0), Some(Event::Injured)));
    let m = find("Жертв и пострадавших нет.", "Жертв и пострадавших нет");
    assert_eq!((m.value, m.people.map(|p| p.event.class())), (Some(0.0), Some(Event::Killed)));
}

#[test]
fn superseded_figures() {
    let p = find("Ранее сообщалось о трех погибших.", "трех").people.unwrap();
    assert_eq!((p.event.class(), p.superseded), (Event::Killed, true));
    assert!(!find("Погибли трое.", "трое").people.unwrap().superseded);
}

#[test]
fn counts_of_people_with_no_event_are_no_claims() {
    assert!(find("В городе живут 200 тысяч человек.", "200 тысяч").people.is_none());
    assert!(find("В колонии содержатся 1500 заключенных.", "1500").people.is_none());
    // Население — не участники событий.
    assert!(find("Комендантский час ввели в районе с населением 300 тысяч.", "300 тысяч").people.is_none());
    assert!(find("Город численностью 90 тысяч жителей остался без света.", "90 тысяч").people.is_none());
}

#[test]
fn a_verb_with_no_object_ends_its_clause() {
    // Глагол после числа без дополнения берёт число: в конце фразы или
    // перед обстоятельством места.
    assert_eq!(event("Ещё 40 человек задержали.", "Ещё 40"), Some(Event::Detained));
    assert_eq!(event("Ещё 40 человек задержали в центре города.", "Ещё 40"), Some(Event::Detained));
    assert_eq!(event("Вечером 12 человек госпитализировали с отравлением.", "12"), Some(Event::Injured));
    // С дополнением после глагола посчитанные люди — те, кто действовал.
    assert_eq!(event("Сорок дружинников задержали двоих грабителей.", "Сорок"), Some(Event::Involved));
    assert_eq!(event("Сорок дружинников задержали двоих грабителей.", "двоих"), Some(Event::Detained));
}

// ----- units and kinds -------------------------------------------------------------

#[test]
fn units_ages_years_dates_and_times() {
    let u = |t: &str, w: &str| {
        let m = find(t, w);
        (m.value, m.unit, m.kind)
    };
    assert_eq!(u("Село в 20 км от столицы.", "20 км"), (Some(20.0), Some("km"), Kind::Distance));
    assert_eq!(
        u("Бензин стоит 250 тенге за литр.", "250 тенге за литр"),
        (Some(250.0), Some("KZT/l"), Kind::Money)
    );
    assert_eq!(u("Ущерб — 3 млрд сумов.", "3 млрд сумов"), (Some(3e9), Some("UZS"), Kind::Money));
    assert_eq!(u("Штраф — 3 тысячи сомов.", "3 тысячи сомов"), (Some(3000.0), Some("KGS"), Kind::Money));
    assert_eq!(u("Цена выросла на 15%.", "15%"), (Some(15.0), Some("percent"), Kind::Percent));
    assert_eq!(u("Погиб 29-летний мужчина.", "29-летний"), (Some(29.0), Some("years"), Kind::Age));
    assert_eq!(u("Задержан мужчина в возрасте 35 лет.", "35 лет"), (Some(35.0), Some("years"), Kind::Age));
    assert_eq!(find("Это случилось в 2016 году.", "2016").kind, Kind::Year);
    assert_eq!(find("Это случилось 23 июня.", "23").kind, Kind::Other);
    let m = find("Бунт начался в 20.30 по местному времени.", "20.30");
    assert_eq!((m.kind, m.clock.as_deref()), (Kind::Time, Some("20:30")));
    assert_eq!(find("Дело возбуждено по ст. 264 УК.", "264").kind, Kind::Other);
}

// ----- which rules read a record ----------------------------------------------------

#[test]
fn the_language_picks_the_rules() {
    assert_eq!(rules_for("Six people died.", None), Lang::En);
    assert_eq!(rules_for("Погибли шесть человек.", None), Lang::Ru);
    assert_eq!(rules_for("Погибли шесть человек.", Some(Lang::Ru)), Lang::Ru);
    // Kazakh is read with the Russian rules until it has its own.
    assert_eq!(rules_for("Алты адам қаза тапты.", Some(Lang::Kk)), Lang::Ru);
    // Without the field, Russian text is found by its letters.
    let m = Extractor::new().extract("Погибли 17 человек.");
    assert_eq!(m[0].people.as_ref().map(|p| p.event.class()), Some(Event::Killed));
}

// ----- round 4: held-out reports ------------------------------------------------------

#[test]
fn spaced_thousands_before_a_comma_or_a_stop() {
    let m = find("Помощь оказана 2 417 пострадавшим, из них 90 в больницах.", "2 417");
    assert_eq!(m.value, Some(2417.0));
    assert_eq!(value("Число пострадавших достигло 1 208.", "1 208"), Some(1208.0));
    assert_eq!(event("Общее число раненых составило 3 115, сообщили медики.", "3 115"), Some(Event::Injured));
    // Digits glued after the comma are not a group of thousands ended there.
    assert!(all("Ущерб составил 1 250,5 тыс. рублей.").iter().all(|m| m.value != Some(1250.0)));
}

#[test]
fn losses_are_the_dead() {
    assert_eq!(event("Потери отряда составили 7 человек.", "7"), Some(Event::Killed));
    assert_eq!(event("Потери среди нападавших — 11 человек.", "11"), Some(Event::Killed));
    assert_eq!(event("Батальон понес безвозвратные потери в составе 9 человек.", "9"), Some(Event::Killed));
    assert_eq!(event("Санитарные потери составили 40 человек.", "40"), Some(Event::Injured));
    // A group "в составе" without losses is its members.
    assert_eq!(event("Банда в составе 6 человек действовала в горах.", "6"), Some(Event::Involved));
}

#[test]
fn the_event_noun_before_a_verb_of_counting() {
    assert_eq!(event("Раненых насчитывается 64 человека.", "64"), Some(Event::Injured));
    assert_eq!(event("Погибших на сегодня — 12 человек.", "12"), None);
    assert_eq!(event("Погибших — 12 человек.", "12"), Some(Event::Killed));
    let t = "Число задержанных составляет на данный момент 35 человек.";
    assert_eq!(event(t, "35"), Some(Event::Detained));
    let t = "Число погибших составляет в настоящее время 52 человека.";
    assert_eq!(event(t, "52"), Some(Event::Killed));
}

#[test]
fn a_noun_of_people_with_a_long_complement_then_its_verb() {
    let t = "19 сотрудников правоохранительных органов получили ранения.";
    assert_eq!(event(t, "19"), Some(Event::Injured));
    let t = "Позже 14 членов НВФ были задержаны.";
    assert_eq!(claim(t, "14").map(|c| (c.0, c.2)), Some((Event::Detained, WhoClass::Militants)));
    let t = "Задержаны 5 участников незаконных вооруженных формирований.";
    assert_eq!(claim(t, "5").map(|c| c.2), Some(WhoClass::Militants));
}

#[test]
fn gerunds_before_their_object() {
    let t = "Бойцы ликвидировали 4 боевиков, задержав еще 7 человек.";
    assert_eq!(event(t, "еще 7"), Some(Event::Detained));
    assert_eq!(event("Нападавший скрылся, ранив двух прохожих.", "двух"), Some(Event::Injured));
    // A subtotal after the gerund's count shares its event.
    let t = "Полиция отпустила всех, арестовав 12 человек, в том числе троих иностранцев.";
    assert_eq!(event(t, "троих"), Some(Event::Arrested.class()));
}

#[test]
fn nouns_of_killing_and_taking_alive_before_the_count() {
    let t = "Штаб сообщил об уничтожении 8 боевиков и взятии живыми еще 3 человек.";
    assert_eq!(event(t, "8"), Some(Event::Killed));
    assert_eq!(event(t, "еще 3"), Some(Event::Detained));
    // Taken prisoner is another fate than detention.
    assert_eq!(event("Военные взяли в плен 15 солдат.", "15"), Some(Event::Other));
    assert_eq!(event("Двое пограничников взяты в плен.", "Двое"), Some(Event::Other));
}

#[test]
fn none_among_a_group() {
    let t = "Погибших среди местных жителей нет.";
    let m = find(t, "Погибших среди местных жителей нет");
    assert_eq!((m.value, m.people.map(|p| p.event.class())), (Some(0.0), Some(Event::Killed)));
}

#[test]
fn a_second_subject_with_a_name_after_it_shares_the_verb() {
    let t = "При обстреле погибли 8 жителей Исфары и 3 жителя Баткена.";
    assert_eq!(event(t, "3"), Some(Event::Killed));
}

#[test]
fn one_with_a_light_verb_of_wounds() {
    assert_eq!(event("Двое скончались, один получил ранение.", "один"), Some(Event::Injured));
    assert_eq!(event("Еще один получил тяжелое ранение.", "Еще один"), Some(Event::Injured));
}

#[test]
fn a_participle_of_the_event_before_the_noun_of_people() {
    let t = "Четверо раненых таджикских военных пока в тяжелом состоянии.";
    assert_eq!(claim(t, "Четверо").map(|c| c.0), Some(Event::Injured));
    let t = "Двое раненых солдат остаются в тяжелом состоянии.";
    assert_eq!(claim(t, "Двое").map(|c| (c.0, c.2)), Some((Event::Injured, WhoClass::SecurityForces)));
}

#[test]
fn hiding_is_at_large() {
    let t = "Спецназ окружил квартиру, где скрывались трое подозреваемых.";
    assert_eq!(event(t, "трое"), Some(Event::Other));
    assert_eq!(find(t, "трое").people.map(|p| p.event), Some(Event::AtLarge));
}

#[test]
fn mortally_wounded_is_killed() {
    assert_eq!(event("Нападавший смертельно ранил двух охранников.", "двух"), Some(Event::Killed));
    assert_eq!(event("Трое были смертельно ранены.", "Трое"), Some(Event::Killed));
}

#[test]
fn victims_named_far_before_the_verb() {
    let t = "Жертвами нападения, совершенного ночью у рынка, стали шесть человек.";
    assert_eq!(event(t, "шесть"), Some(Event::Killed));
}

#[test]
fn in_their_number_opens_a_subtotal() {
    let t = "Ранения получили девять человек, в их числе трое полицейских.";
    let m = find(t, "трое").people.unwrap();
    assert_eq!((m.event.class(), m.subtotal), (Event::Injured, true));
}

#[test]
fn present_in_the_singular_neuter() {
    assert_eq!(event("На митинге присутствовало около 200 человек.", "около 200"), Some(Event::Involved));
}

#[test]
fn a_verb_of_harm_to_people_before_a_count_of_people() {
    let t = "Ночью были нейтрализованы четверо боевиков, еще двое задержаны.";
    assert_eq!(event(t, "четверо"), Some(Event::Killed));
    // Not a count of things.
    assert!(find("При пожаре были уничтожены 3 склада.", "3").people.is_none());
}

#[test]
fn the_infinitive_of_dying() {
    assert_eq!(event("По другим данным, могли погибнуть 12 человек.", "12"), Some(Event::Killed));
}

#[test]
fn a_complement_with_a_name_between_the_noun_and_its_verb() {
    let t = "Один из бойцов отряда «Беркут» получил ранение в ногу.";
    assert_eq!(event(t, "Один"), Some(Event::Injured));
    let t = "Двое бойцов спецподразделения «Сункар» были ранены при штурме.";
    assert_eq!(event(t, "Двое"), Some(Event::Injured));
}

#[test]
fn blockaded_people_are_trapped() {
    let t = "В частном доме были блокированы трое боевиков.";
    assert_eq!(event(t, "трое"), Some(Event::Other));
    assert_eq!(event("Двое боевиков блокированы в подвале.", "Двое"), Some(Event::Other));
    assert!(find("Были блокированы 2 дороги.", "2").people.is_none());
}

#[test]
fn thousands_then_digits_are_one_number() {
    let t = "По данным минздрава, пострадали 3 тысячи 415 человек.";
    assert_eq!(value(t, "3 тысячи 415"), Some(3415.0));
    assert_eq!(event(t, "3 тысячи 415"), Some(Event::Injured));
    assert_eq!(value("Задержаны 1 тысяча 6 участников беспорядков.", "1 тысяча 6"), Some(1006.0));
    // A smaller multiplier after a larger one: "1 млн 300 тыс."
    assert_eq!(value("Ущерб оценили в 4 млн 300 тыс. тенге.", "4 млн 300 тыс. тенге"), Some(4_300_000.0));
    // Not a day of a month after it, not a number after a comma.
    assert_eq!(value("Погибли 2 тысячи 9 июня.", "2 тысячи"), Some(2000.0));
    assert_eq!(value("Вышли 5 тысяч, 40 задержаны.", "5 тысяч"), Some(5000.0));
}

#[test]
fn a_toll_that_may_reach_a_figure_is_up_to() {
    let t = "По оценкам правозащитников, число погибших может достигать 3 тысяч.";
    let m = find(t, "3 тысяч");
    assert_eq!(m.qualifier, Qualifier::UpTo);
    assert_eq!(m.high, Some(3000.0));
    assert_eq!(event(t, "3 тысяч"), Some(Event::Killed));
    let t = "Число раненых, по словам врачей, могло бы достичь 400 человек.";
    assert_eq!(find(t, "400").qualifier, Qualifier::UpTo);
    // A toll that has reached the figure is the figure.
    assert_eq!(find("Число погибших достигло 52 человек.", "52").qualifier, Qualifier::Exact);
}

#[test]
fn needing_medical_help_is_injured() {
    let t = "После взрыва медицинская помощь потребовалась 215 горожанам.";
    assert_eq!(event(t, "215"), Some(Event::Injured));
    assert_eq!(event("В медпомощи нуждаются еще 31 человек.", "еще 31"), Some(Event::Injured));
    // Help of another kind is not an injury.
    assert_eq!(event("Гуманитарная поддержка потребовалась 900 семьям.", "900"), None);
}

#[test]
fn no_dead_and_no_wounded_is_a_zero_for_each() {
    let events = |t: &str| -> Vec<(Option<f64>, Option<Event>)> {
        all(t).iter().map(|m| (m.value, m.people.as_ref().map(|p| p.event.class()))).collect()
    };
    let both = vec![(Some(0.0), Some(Event::Killed)), (Some(0.0), Some(Event::Injured))];
    assert_eq!(events("Убитых и раненых среди жителей села нет."), both);
    assert_eq!(events("При пожаре никто не погиб и не пострадал."), both);
    // A figure for the second harm is its own claim, not a zero.
    assert_eq!(
        events("Погибших нет, а раненых 6."),
        vec![(Some(0.0), Some(Event::Killed)), (Some(6.0), Some(Event::Injured))]
    );
}

#[test]
fn seeking_help_past_a_phrase_of_time_and_outpatients_after_a_dash() {
    let t = "За медицинской помощью с первого дня столкновений обратились 812 человек.";
    assert_eq!(event(t, "812"), Some(Event::Injured));
    let t = "В больницах остаются 60 человек, на амбулаторном лечении – 95 жителей.";
    assert_eq!(event(t, "95"), Some(Event::Injured));
    // A dash after another noun says nothing of treatment.
    assert_eq!(event("На площади – 95 палаток.", "95"), None);
}
