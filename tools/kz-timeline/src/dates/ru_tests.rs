//! Tests of the Russian rules, in Russian sentences of our own.
use super::*;
use crate::annotate::test_util::*;
use crate::annotate::{AnchorKind, Annotator, TimeMention};
use crate::dates::{parts_by_kind, parts_by_one_regex};
use kz_shared::lang::Lang;

/// (text, value) of each expression of one Russian text.
fn ru(published: Option<&str>, text: &str) -> Vec<(String, Option<String>)> {
    ru_doc(published, &[text])
}

/// The same for the sentences of one document.
fn ru_doc(published: Option<&str>, sentences: &[&str]) -> Vec<(String, Option<String>)> {
    let mut a = Annotator::new(None);
    let mut out = Vec::new();
    for s in sentences {
        for m in a.scan_in(s, published.and_then(pubd), Some(Lang::Ru)) {
            out.push((s[m.start..m.end].to_string(), m.value));
        }
    }
    out
}

/// The one expression of a Russian text.
fn ru_one(published: Option<&str>, text: &str) -> TimeMention {
    let ms = Annotator::new(None).scan_in(text, published.and_then(pubd), Some(Lang::Ru));
    assert_eq!(ms.len(), 1, "{text}: {ms:?}");
    ms.into_iter().next().unwrap()
}

fn ru_value(published: Option<&str>, text: &str) -> Option<String> {
    ru_one(published, text).value
}

#[test]
fn full_dates_as_russian_writes_them() {
    for s in [
        "Взрыв прогремел у здания акимата 14 марта 2019 года.",
        "Взрыв прогремел у здания акимата 14 марта 2019 г.",
        "Взрыв прогремел у здания акимата 14-го марта 2019 года.",
        "Протокол составлен 14.03.2019 г. участковым.",
        "Протокол составлен 2019-03-14 участковым.",
    ] {
        let m = ru_one(None, s);
        assert_eq!(m.value.as_deref(), Some("2019-03-14"), "{s}");
        assert_eq!(m.anchor, AnchorKind::Text, "{s}");
    }
    // Month names in capitals, with ё, abbreviated.
    assert_eq!(ru_value(None, "СУД СОСТОЯЛСЯ 3 ФЕВРАЛЯ 2020 ГОДА").as_deref(), Some("2020-02-03"));
    assert_eq!(ru_value(None, "Приказ от 3 сент. 2020 г. отменён.").as_deref(), Some("2020-09-03"));
    // The month first, as some date lines write it.
    assert_eq!(ru_value(None, "Июнь 19, 2022 10:15").as_deref(), Some("2022-06-19"));
    // Not a date: 31 February, a month that is no month.
    assert!(ru(None, "Запись от 31.02.2020 была ошибочной.").is_empty());
    assert!(ru(None, "Запись от 12.14.2020 была ошибочной.").is_empty());
}

#[test]
fn a_day_of_a_month_takes_the_year_near_the_publication() {
    let m = ru_one(Some("2021-09-20"), "Сторонники депутата собрались у суда 18 сентября.");
    assert_eq!((m.value.as_deref(), m.anchor), (Some("2021-09-18"), AnchorKind::Published));
    // Early January about late December: the year before.
    assert_eq!(
        ru_value(Some("2022-01-04"), "Цены на газ подскочили 30 декабря.").as_deref(),
        Some("2021-12-30")
    );
    // Without a publication date the year stays unknown.
    assert_eq!(ru_value(None, "Шахтёры прекратили работу 9 июля.").as_deref(), Some("XXXX-07-09"));
    // "5-го", "15-е".
    assert_eq!(ru_value(Some("2020-06-20"), "Митинг прошёл 5-го июня.").as_deref(), Some("2020-06-05"));
}

#[test]
fn last_year_and_this_year_after_a_date_count_from_the_publication() {
    let p = Some("2015-07-02");
    assert_eq!(
        ru_value(p, "Гранаты бросили в машину чиновника 6 сентября прошлого года.").as_deref(),
        Some("2014-09-06")
    );
    assert_eq!(ru_value(p, "Операция началась 12 июня текущего года.").as_deref(), Some("2015-06-12"));
    assert_eq!(ru_value(p, "Похожий бунт случился в ноябре прошлого года.").as_deref(), Some("2014-11"));
    assert_eq!(ru_value(p, "Выборы пройдут в марте следующего года.").as_deref(), Some("2016-03"));
}

#[test]
fn a_span_is_dated_by_its_first_day() {
    let p = Some("2022-07-05");
    assert_eq!(
        ru(p, "Волнения 3-4 июля унесли жизни шести человек."),
        [("3-4 июля".into(), Some("2022-07-03".into()))]
    );
    assert_eq!(ru_value(p, "Город был закрыт с 1 по 3 июля.").as_deref(), Some("2022-07-01"));
    // A list of days that names its month once: its first day.
    assert_eq!(
        ru(p, "Траур объявлен на 4, 5 и 6 июля."),
        [("4, 5 и 6 июля".into(), Some("2022-07-04".into()))]
    );
    assert_eq!(ru_value(p, "Видео событий 1 и 2 июля опубликовали.").as_deref(), Some("2022-07-01"));
}

#[test]
fn a_night_is_dated_as_written() {
    let p = Some("2018-11-07");
    let m = ru_one(p, "Перестрелка в центре города случилась в ночь на 5 ноября.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2018-11-05"), Some("night")));
    let m = ru_one(p, "Перестрелка в центре города случилась в ночь с 4 на 5 ноября.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2018-11-04"), Some("night")));
    assert_eq!(
        ru_value(Some("2018-06-03"), "Склад горел в ночь с 31 мая на 1 июня.").as_deref(),
        Some("2018-05-31")
    );
    assert_eq!(
        ru_value(Some("2010-06-24"), "Столкновения вспыхнули в ночь с 10 на 11 июня 2010 г.").as_deref(),
        Some("2010-06-10")
    );
    // Published Monday 3 June 2024.
    let p = Some("2024-06-03");
    let m = ru_one(p, "Пост обстреляли в ночь на воскресенье.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2024-06-02"), Some("night")));
    assert_eq!(
        ru_value(p, "Пост обстреляли в ночь с субботы на воскресенье.").as_deref(),
        Some("2024-06-01")
    );
}

#[test]
fn months_and_their_parts() {
    let p = Some("2020-11-02");
    let m = ru_one(p, "Напряжённость росла в начале августа.");
    assert_eq!((m.value.as_deref(), m.modifier), (Some("2020-08"), Some("start")));
    assert_eq!(ru_one(p, "Забастовка шла в середине сентября.").modifier, Some("mid"));
    assert_eq!(ru_one(p, "Обстановка обострилась в конце июля.").modifier, Some("end"));
    assert_eq!(ru_one(p, "Аресты прошли во второй половине октября.").modifier, Some("late"));
    assert_eq!(ru_value(p, "Переговоры шли в мае.").as_deref(), Some("2020-05"));
    let m = ru_one(None, "Его задержали в конце ноября.");
    assert_eq!((m.value.as_deref(), m.modifier), (Some("XXXX-11"), Some("end")));
    assert_eq!(ru_value(None, "Беспорядки случились в июне 2010 года.").as_deref(), Some("2010-06"));
    assert_eq!(ru_value(None, "Беспорядки начались в начале января 2022 г.").as_deref(), Some("2022-01"));
    // A month needs a preposition or a part of it: Марта is also a name.
    assert!(ru(p, "Марта Иванова дала показания.").is_empty());
}

#[test]
fn weekdays_are_the_latest_on_or_before_publication() {
    // Published Tuesday 16 July 2019.
    let p = Some("2019-07-16");
    assert_eq!(ru_value(p, "ОМОН вошёл в село в воскресенье.").as_deref(), Some("2019-07-14"));
    assert_eq!(ru_value(p, "ОМОН вошёл в село во вторник.").as_deref(), Some("2019-07-16"));
    assert_eq!(ru_value(p, "Это случилось в минувшую пятницу.").as_deref(), Some("2019-07-12"));
    assert_eq!(ru_value(p, "Это случилось в прошлый вторник.").as_deref(), Some("2019-07-09"));
    assert_eq!(ru_value(p, "С понедельника в городе тихо.").as_deref(), Some("2019-07-15"));
    // The future: the next one.
    assert_eq!(ru_value(p, "Суд рассмотрит жалобу в пятницу.").as_deref(), Some("2019-07-19"));
    assert_eq!(ru_value(p, "Встреча будет в следующий понедельник.").as_deref(), Some("2019-07-22"));
    let got = ru(p, "Аким заявил в понедельник, что рынок откроется в четверг.");
    assert_eq!(got[0].1.as_deref(), Some("2019-07-15"));
    assert_eq!(got[1].1.as_deref(), Some("2019-07-18"));
    // "среда" the environment and "в среде" (among) are no Wednesday.
    assert!(ru(p, "Вред окружающей среде оценят эксперты.").is_empty());
    assert!(ru(p, "В среде активистов начались споры.").is_empty());
    // Nothing to count from: null, and the reference is lost.
    let m = ru_one(None, "Площадь очистили в субботу.");
    assert_eq!((m.value, m.anchor), (None, AnchorKind::None));
}

#[test]
fn relative_days_count_from_publication() {
    let p = Some("2020-03-01");
    assert_eq!(ru_value(p, "Двоих задержали вчера.").as_deref(), Some("2020-02-29"));
    assert_eq!(ru_value(p, "Отчёт опубликован сегодня.").as_deref(), Some("2020-03-01"));
    assert_eq!(ru_value(p, "Рейсы возобновят завтра.").as_deref(), Some("2020-03-02"));
    assert_eq!(ru_value(p, "Митинг прошёл позавчера.").as_deref(), Some("2020-02-28"));
    let m = ru_one(p, "Аресты продолжались на прошлой неделе.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-W08"), "week"));
    let m = ru_one(p, "Тарифы подняли в этом месяце.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-03"), "month"));
    assert_eq!(ru_value(p, "Явка упала в прошлом году.").as_deref(), Some("2019"));
    // The night that ended on the morning of publication, dated by its evening.
    let m = ru_one(p, "Минувшей ночью в городе горели машины.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2020-02-29"), Some("night")));
    assert_eq!(ru_value(p, "Сегодня ночью в городе горели машины.").as_deref(), Some("2020-02-29"));
    assert_eq!(
        ru_value(p, "Сегодня ночью по городу пройдёт колонна техники.").as_deref(),
        Some("2020-03-01")
    );
    // "вчерашний", "сегодняшний" are adjectives, not dates.
    assert!(ru(p, "Сегодняшний митинг согласован.").is_empty());
}

#[test]
fn nakanune_is_the_day_before_the_date_just_written_else_yesterday() {
    let p = Some("2024-06-24");
    assert_eq!(ru_value(p, "Накануне боевики напали на пост.").as_deref(), Some("2024-06-23"));
    let got = ru_doc(p, &["Протесты начались 5 июня.", "Накануне прошли выборы."]);
    assert_eq!(got[1].1.as_deref(), Some("2024-06-04"));
    // After a date counted from the publication, still the reporter's yesterday.
    let got = ru_doc(p, &["Минувшей ночью захватили мэрию.", "Беспорядки начались накануне."]);
    assert_eq!(got[1].1.as_deref(), Some("2024-06-23"));
    // A date written long before does not count.
    let got = ru_doc(p, &["Протесты начались 5 июня.", "Их поддержали студенты.", "Накануне закрыли вузы."]);
    assert_eq!(got[1].1.as_deref(), Some("2024-06-23"));
}

#[test]
fn days_counted_from_the_last_date_mentioned() {
    let got = ru_doc(
        Some("2021-05-10"),
        &[
            "Столкновения начались на рынке 2 мая 2021 года.",
            "На следующий день к рынку стянули войска.",
            "Через два дня ввели комендантский час.",
            "В тот же день закрыли границу.",
        ],
    );
    assert_eq!(got[1].1.as_deref(), Some("2021-05-03"));
    assert_eq!(got[2].1.as_deref(), Some("2021-05-05"));
    assert_eq!(got[3].1.as_deref(), Some("2021-05-05"));
    let got = ru_doc(Some("2021-05-10"), &["Штурм начался 2 мая.", "Двумя днями ранее раздали листовки."]);
    assert_eq!(got[1].1.as_deref(), Some("2021-04-30"));
    let got = ru_doc(Some("2021-05-10"), &["Штурм начался 2 мая.", "За три дня до этого раздали листовки."]);
    assert_eq!(got[1].1.as_deref(), Some("2021-04-29"));
    let got = ru_doc(Some("2021-05-10"), &["Штурм начался 2 мая.", "Два дня спустя всё стихло."]);
    assert_eq!(got[1].1.as_deref(), Some("2021-05-04"));
    let got = ru_doc(
        Some("2024-11-20"),
        &["Теракт произошёл вечером 22 марта.", "Подозреваемых задержали на следующее утро."],
    );
    assert_eq!(got[1].1.as_deref(), Some("2024-03-23"));
}

#[test]
fn spans_counted_back_from_publication() {
    let p = Some("2020-03-01");
    assert_eq!(ru_value(p, "Его задержали два дня назад.").as_deref(), Some("2020-02-28"));
    assert_eq!(ru_value(p, "Его задержали 15 дней назад.").as_deref(), Some("2020-02-15"));
    assert_eq!(ru_value(p, "Его задержали двадцать пять дней назад.").as_deref(), Some("2020-02-05"));
    let m = ru_one(p, "Он вышел на свободу год назад.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2019"), "year"));
    assert_eq!(ru_value(p, "Колонию закрыли десять лет назад.").as_deref(), Some("2010"));
    let m = ru_one(p, "Склад опечатали неделю назад.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-W08"), "week"));
    // A vague count is no date.
    assert!(ru(p, "Его видели несколько дней назад.").is_empty());
}

#[test]
fn years_decades_and_centuries() {
    assert_eq!(ru_value(None, "Завод закрыли в 1998 году.").as_deref(), Some("1998"));
    assert_eq!(ru_value(None, "Он находится в СИЗО с 2019 года.").as_deref(), Some("2019"));
    assert_eq!(ru_value(None, "Он родился в 1986-м.").as_deref(), Some("1986"));
    let got = ru(None, "Область входила в состав РСФСР с 1930 по 1936 год.");
    assert_eq!(got.iter().map(|g| g.1.as_deref().unwrap()).collect::<Vec<_>>(), ["1930", "1936"]);
    let got = ru(None, "Во время войны 1992-1997 гг. город пострадал.");
    assert_eq!(got.iter().map(|g| g.1.as_deref().unwrap()).collect::<Vec<_>>(), ["1992", "1997"]);
    // Amounts are not years.
    assert!(ru(None, "Его оштрафовали на 2000 тенге.").is_empty());
    assert!(ru(None, "Штраф в 1500 сомов выплачен.").is_empty());
    let m = ru_one(None, "Беспорядки 1990-х вернулись.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("199"), "decade"));
    assert_eq!(ru_value(None, "Тогда, в 90-е годы, город опустел.").as_deref(), Some("199"));
    let m = ru_one(None, "Рынок открыли в начале 2000-х.");
    assert_eq!((m.value.as_deref(), m.modifier), (Some("200"), Some("early")));
    let m = ru_one(None, "Крепость построили в XIX веке.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("18"), "century"));
    // Cyrillic Х written for the Roman X.
    assert_eq!(ru_value(None, "Город вырос в конце ХХ века.").as_deref(), Some("19"));
}

#[test]
fn clock_times_and_parts_of_the_day() {
    let m = ru_one(None, "Сирены завыли в 15:00 у базы.");
    assert_eq!((m.value, m.granularity, m.part_of_day.as_deref()), (None, "time", Some("15:00")));
    let clock = |s: &str| ru_one(None, s).part_of_day;
    assert_eq!(clock("Взрыв прогремел около 10 часов утра.").as_deref(), Some("10:00"));
    assert_eq!(clock("Штурм начался в 3 часа дня.").as_deref(), Some("15:00"));
    assert_eq!(clock("Штурм начался в 9 вечера.").as_deref(), Some("21:00"));
    assert_eq!(clock("Штурм начался в 2 часа ночи.").as_deref(), Some("02:00"));
    assert_eq!(clock("Штурм начался в 22.30 по местному времени.").as_deref(), Some("22:30"));
    assert_eq!(clock("Штурм начался в 10 часов 15 минут.").as_deref(), Some("10:15"));
    assert_eq!(clock("Штурм начался около полуночи.").as_deref(), Some("00:00"));
    // "в 20.11.2019" is a date; "через 2 часа" is a span.
    assert_eq!(ru_value(None, "Приговор огласили в 20.11.2019 году.").as_deref(), Some("2019-11-20"));
    assert!(ru(None, "Огонь потушили через 2 часа.").is_empty());
    // Joined to their date.
    let p = Some("2019-03-14");
    let m = ru_one(p, "Выстрелы раздались 12 марта около 10 часов утра.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2019-03-12"), Some("10:00")));
    let m = ru_one(p, "Голосование закрылось в среду в 20:00.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2019-03-13"), Some("20:00")));
    let m = ru_one(p, "Колонна вошла в город вечером 12 марта.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2019-03-12"), Some("evening")));
    let m = ru_one(p, "Колонна вошла в город в среду вечером.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2019-03-13"), Some("evening")));
    let m = ru_one(p, "Колонна вошла в город вчера рано утром.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2019-03-13"), Some("morning")));
    // A part of the day alone is no date.
    assert!(ru(p, "Утром стало известно о задержаниях.").is_empty());
}

#[test]
fn holidays_by_their_russian_and_kazakh_names() {
    assert_eq!(
        ru_value(Some("2013-10-20"), "Задержания прошли накануне Курбан айта.").as_deref(),
        Some("2013-10-14")
    );
    assert_eq!(
        ru_value(Some("2019-03-25"), "Толпы заполнили площади в Наурыз.").as_deref(),
        Some("2019-03-22")
    );
    assert_eq!(ru_value(None, "На площади праздновали Навруз.").as_deref(), Some("XXXX-03-22"));
    assert_eq!(ru_value(None, "Аресты прошли накануне Дня независимости.").as_deref(), Some("XXXX-12-15"));
    assert_eq!(
        ru_value(Some("2022-01-10"), "Стрельба началась в канун Нового года.").as_deref(),
        Some("2021-12-31")
    );
    assert_eq!(
        ru_value(None, "Мечети заполнились после Ораза айта 2024 года.").as_deref(),
        Some("2024-04-10")
    );
    assert_eq!(ru_value(None, "В День Победы 2020 года парад отменили.").as_deref(), Some("2020-05-09"));
    let m = ru_one(Some("2016-06-20"), "Во время Рамадана рынки закрываются рано.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2016-06-06/2016-07-04"), "period"));
    // Рамазан the name.
    assert!(ru(None, "Рамазан Рахимов дал показания.").is_empty());
}

#[test]
fn deadlines_and_plans_lie_ahead() {
    let p = Some("2021-12-20");
    assert_eq!(ru_value(p, "Режим ЧП продлен до 5 января.").as_deref(), Some("2022-01-05"));
    assert_eq!(ru_value(p, "Суд над обвиняемыми состоится 2 февраля.").as_deref(), Some("2022-02-02"));
    // The past stays past.
    assert_eq!(ru_value(p, "Режим ЧП действовал до 5 марта.").as_deref(), Some("2021-03-05"));
    let p = Some("2019-07-16");
    assert_eq!(ru_value(p, "Задержанные останутся под стражей до пятницы.").as_deref(), Some("2019-07-19"));
    assert_eq!(ru_value(p, "Полиция продержала их до пятницы.").as_deref(), Some("2019-07-12"));
    assert_eq!(
        ru_value(p, "Президент заявил, что выборы пройдут в воскресенье.").as_deref(),
        Some("2019-07-21")
    );
    let p = Some("2024-11-20");
    assert_eq!(ru_value(p, "В изоляторе обвиняемые останутся до 22 февраля.").as_deref(), Some("2025-02-22"));
}

#[test]
fn report_dates_are_marked() {
    let ms = Annotator::new(None).scan_in(
        "Пост обстреляли в воскресенье, сообщило МВД в понедельник.",
        pubd("2019-07-16"),
        Some(Lang::Ru),
    );
    assert_eq!(ms.iter().map(|m| m.report).collect::<Vec<_>>(), [false, true]);
    let ms = Annotator::new(None).scan_in(
        "Об этом 20 мая сообщает агентство.",
        pubd("2019-05-20"),
        Some(Lang::Ru),
    );
    assert!(ms[0].report);
    let ms = Annotator::new(None).scan_in(
        "ЧП продлено до 25 июня, сообщают агентства.",
        pubd("2010-06-20"),
        Some(Lang::Ru),
    );
    assert!(!ms[0].report);
}

#[test]
fn the_language_picks_the_rules() {
    let p = pubd("2019-07-16");
    // The record's lang, else the text's own.
    let mut a = Annotator::new(None);
    assert_eq!(a.scan("Пост обстреляли в воскресенье.", p)[0].value.as_deref(), Some("2019-07-14"));
    assert_eq!(
        a.scan_in("Пост обстреляли в воскресенье.", p, Some(Lang::Kk))[0].value.as_deref(),
        Some("2019-07-14")
    );
    // An English report quoting a Russian slogan keeps its English dates.
    let ms = a.scan_in("Protesters chanted «Шал кет!» on Sunday.", p, Some(Lang::En));
    assert_eq!(ms[0].value.as_deref(), Some("2019-07-14"));
    // ASCII text in a Russian record: read as English (its numbers alike).
    let ms = a.scan_in("AKIpress, 14.07.2019", p, Some(Lang::Ru));
    assert_eq!(ms[0].value.as_deref(), Some("2019-07-14"));
    let mut r: kz_shared::Record =
        serde_json::from_str(r#"{"lang":"ru","published":"2019-07-16","text":"Задержаны 5 июня."}"#).unwrap();
    a.annotate_record(&mut r, Some("Задержаны 5 июня."));
    assert_eq!(r["times"][0]["value"], "2019-06-05");
    assert_eq!(r["times"][0]["start"], 10);
}

#[test]
fn kinds_found_apart_match_one_regex_of_all_kinds() {
    for text in [
        "в ночь с 10 на 11 июня 2010 года, 5-го июня, 1-2 июля, с 5 по 10 июня, 6 сентября прошлого года",
        "в начале января 2022 г., до конца июня, в минувшую субботу, в ночь на воскресенье, вчера вечером",
        "накануне курбан айта, два дня назад, через неделю, в 1990-х, в xix веке, около 10 часов утра, в 15:00",
        "двадцать четвертое марта, первого мая 2020 года, 24 марта днем траура, в пятницу днем",
    ] {
        let mut lower_text = String::new();
        lower(text, &mut lower_text);
        assert_eq!(parts_by_kind(&Russian, &lower_text), parts_by_one_regex(&Russian, &lower_text), "{text}");
    }
}

proptest::proptest! {
    #[test]
    fn lower_case_keeps_every_offset(s in "(\\PC|Ё|Ә|Қ|І|Я|А|ё){0,40}") {
        let mut out = String::new();
        lower(&s, &mut out);
        proptest::prop_assert_eq!(out.len(), s.len());
        for i in 0..=s.len() {
            proptest::prop_assert_eq!(out.is_char_boundary(i), s.is_char_boundary(i));
        }
    }

    #[test]
    fn kinds_found_apart_match_one_regex_on_any_text(s in "(\\PC|в ночь на |5 июня|1-2 июля|вчера|в воскресенье|около 10 часов утра|2011 года| ){0,20}") {
        let mut l = String::new();
        lower(&s, &mut l);
        proptest::prop_assert_eq!(parts_by_kind(&Russian, &l), parts_by_one_regex(&Russian, &l));
    }

    #[test]
    fn russian_text_never_panics(s in "(\\PC|в ночь с 5 на |июня|мая 2016 г|вчера|накануне|в среду|в 15.00|около 10 часов|утром|ХХ века|90-х| ){0,30}", p in proptest::option::of(0i64..40000)) {
        let published = p.map(|d| crate::civil::Date::from_days(d - 10000));
        let mut a = Annotator::new(None);
        for m in a.scan_in(&s, published, Some(Lang::Ru)) {
            proptest::prop_assert!(m.start < m.end && m.end <= s.len());
            proptest::prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
        }
    }
}

#[test]
fn days_in_words() {
    let p = Some("2024-03-23");
    assert_eq!(ru_value(p, "Двадцать четвертое марта объявлено днём траура.").as_deref(), Some("2024-03-24"));
    assert_eq!(ru_value(p, "Митинг назначили на первое марта.").as_deref(), Some("2024-03-01"));
    assert_eq!(ru_value(p, "С третьего марта школы закрыты.").as_deref(), Some("2024-03-03"));
    assert_eq!(
        ru_value(Some("2024-01-10"), "Это случилось седьмого ноября 2023 года.").as_deref(),
        Some("2023-11-07")
    );
}

#[test]
fn dnem_is_a_part_of_the_day_but_not_the_noun() {
    let p = Some("2024-03-23");
    let m = ru_one(p, "Президент объявил 24 марта днем общенационального траура.");
    assert_eq!((m.value.as_deref(), m.part_of_day), (Some("2024-03-24"), None));
    let m = ru_one(p, "Колонна прошла по городу 22 марта днем.");
    assert_eq!(m.part_of_day.as_deref(), Some("afternoon"));
    let m = ru_one(p, "В пятницу днем задержали двоих.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2024-03-22"), Some("afternoon")));
}

#[test]
fn parts_of_last_year_and_of_the_day() {
    let p = Some("2022-03-10");
    let m = ru_one(p, "Цены выросли в конце прошлого года.");
    assert_eq!((m.value.as_deref(), m.granularity, m.modifier), (Some("2021"), "year", Some("end")));
    let m = ru_one(p, "Проверки шли в начале этого месяца.");
    assert_eq!((m.value.as_deref(), m.granularity, m.modifier), (Some("2022-03"), "month", Some("start")));
    let m = ru_one(p, "Он уехал полгода назад.");
    assert_eq!((m.value.as_deref(), m.granularity), (Some("2021-09"), "month"));
    let m = ru_one(p, "Толпа собралась 9 марта во второй половине дня.");
    assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2022-03-09"), Some("afternoon")));
}

#[test]
fn a_weekday_before_its_date_takes_that_date() {
    // Read long after: the Thursday is the one of 5 August.
    let got = ru(Some("2022-01-15"), "В четверг, 5 августа 2021 года, сторонники депутата вышли на площадь.");
    assert_eq!(
        got.iter().map(|g| g.1.as_deref()).collect::<Vec<_>>(),
        [Some("2021-08-05"), Some("2021-08-05")]
    );
}

#[test]
fn lower_case_byte_by_byte_is_lower_case_letter_by_letter() {
    // Every character of the first planes, and around the letters it
    // changes, each alone and amid others.
    let chars: Vec<char> = (0..0x3000u32).chain(0xFFF0..0x1_0010).filter_map(char::from_u32).collect();
    for &c in &chars {
        for text in [c.to_string(), format!("Ая{c}Ё9"), format!("{c}{c}Ғ")] {
            let mut got = String::new();
            super::lower(&text, &mut got);
            let want: String = text.chars().map(super::lower_char).collect();
            assert_eq!(got, want, "{:?}", c);
            assert_eq!(got.len(), text.len());
        }
    }
}

#[test]
fn word_characters_are_told_apart_as_unicode_does() {
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        assert_eq!(super::is_word_or_dash(c), c.is_alphanumeric() || c == '-', "{:?}", c);
    }
}

#[test]
fn days_counted_from_a_month_that_opens_a_sentence_stay_in_that_month() {
    let got = ru_doc(
        Some("2023-05-10"),
        &["В марте 2011 года боевики захватили больницу.", "Через два дня её штурмовали военные."],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2011-03"));
    // A year alone is most often an aside ("В 2008 году похожее нападение
    // …"): the next day is counted from the last day named.
    let got = ru_doc(
        Some("2023-05-10"),
        &[
            "Банк ограбили 4 мая 2023 года.",
            "В 1999 году такой же рейд провалился.",
            "На следующий день задержали двоих.",
        ],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2023-05-05"));
    // Inside a sentence a month sets no scene.
    let got = ru_doc(
        Some("2023-05-10"),
        &["Банк ограбили 4 мая 2023 года, впервые с марта 2011 года.", "На следующий день задержали двоих."],
    );
    assert_eq!(got.last().unwrap().1.as_deref(), Some("2023-05-05"));
}
