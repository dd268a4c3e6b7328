//! Russian text: the rules of issue 16, one test each, on sentences written
//! for these tests.

use kz_entities::gazetteer::Gazetteer;
use kz_entities::recognize::Recognizer;
use kz_shared::lang::Lang;

/// (surface, type, canonical name) of every mention of the texts, read as
/// one document in Russian.
fn found(texts: &[&str]) -> Vec<(String, String, String)> {
    let mut r = Recognizer::new(Gazetteer::builtin());
    let mut out = Vec::new();
    for text in texts {
        for m in r.find_in(text, false, Lang::Ru) {
            out.push((text[m.start..m.end].to_string(), m.kind.label().to_string(), m.name.clone()));
        }
    }
    out
}

fn assert_has(found: &[(String, String, String)], text: &str, kind: &str, name: &str) {
    assert!(
        found.iter().any(|(t, k, n)| t == text && k == kind && n == name),
        "expected {text:?} {kind} {name:?} in {found:?}"
    );
}

#[test]
fn a_known_name_is_found_in_every_case() {
    let f = found(&[
        "Токаев подписал указ.",
        "Указ Токаева опубликован.",
        "Письмо направили Токаеву.",
        "Встреча с Токаевым прошла в Акорде.",
    ]);
    for form in ["Токаев", "Токаева", "Токаеву", "Токаевым"] {
        assert_has(&f, form, "PERSON", "Kassym-Jomart Tokayev");
    }
    let f = found(&["Митинг у резиденции Касым-Жомарта Токаева разогнали."]);
    assert_has(&f, "Касым-Жомарта Токаева", "PERSON", "Kassym-Jomart Tokayev");
}

#[test]
fn places_are_found_in_every_case_and_indeclinable_ones_as_written() {
    let f = found(&[
        "Перестрелка произошла в Актобе.",
        "Жители Актюбинской области вышли на улицы.",
        "Ночью в Алматы и в Шымкенте было тихо, из Астаны прибыл спецназ.",
    ]);
    assert_has(&f, "Актобе", "GPE", "Aktobe");
    assert_has(&f, "Актюбинской области", "GPE", "Aktobe Region");
    assert_has(&f, "Алматы", "GPE", "Almaty");
    assert_has(&f, "Шымкенте", "GPE", "Shymkent");
    assert_has(&f, "Астаны", "GPE", "Astana");
}

#[test]
fn bodies_by_acronym_and_short_name_have_their_english_names() {
    let f = found(&[
        "В МВД и КНБ отказались от комментариев, а Нацгвардии поручили охрану.",
        "Генпрокуратура начала проверку; по данным МЧС и Минздрава, пострадавших нет.",
        "Об этом сообщило министерство обороны.",
    ]);
    assert_has(&f, "МВД", "ORG", "Ministry of Internal Affairs of Kazakhstan");
    assert_has(&f, "КНБ", "ORG", "National Security Committee of Kazakhstan");
    assert_has(&f, "Нацгвардии", "ORG", "National Guard of Kazakhstan");
    assert_has(&f, "Генпрокуратура", "ORG", "Prosecutor General's Office of Kazakhstan");
    assert_has(&f, "МЧС", "ORG", "Ministry of Emergency Situations of Kazakhstan");
    assert_has(&f, "Минздрава", "ORG", "Ministry of Health of Kazakhstan");
    assert_has(&f, "министерство обороны", "ORG", "Ministry of Defence of Kazakhstan");
}

#[test]
fn a_body_followed_by_another_country_is_that_country_s() {
    let f = found(&["В МВД Кыргызстана и в ГКНБ Таджикистана подтвердили задержания."]);
    assert_has(&f, "МВД Кыргызстана", "ORG", "Ministry of Internal Affairs of Kyrgyzstan");
    assert_has(&f, "ГКНБ Таджикистана", "ORG", "State Committee for National Security of Tajikistan");
}

#[test]
fn a_name_after_a_role_is_a_person_even_across_the_role_s_complement() {
    let f = found(&[
        "Об этом заявил министр внутренних дел Бакытбек Омурзаков.",
        "Комментарий дал пресс-секретарь акима области Нурбол Сапаров.",
        "Аким Тасжарган проверил посты.",
    ]);
    assert_has(&f, "Бакытбек Омурзаков", "PERSON", "Bakytbek Omurzakov");
    assert_has(&f, "Нурбол Сапаров", "PERSON", "Nurbol Saparov");
    assert_has(&f, "Тасжарган", "PERSON", "Taszhargan");
}

#[test]
fn a_declined_name_gets_its_nominative_and_its_gender() {
    let f = found(&[
        "Суд арестовал Айдоса Мырзабекова на два месяца.",
        "Адвокат Мырзабекову не допустили.",
        "Гульмира Есенова сообщила о давлении.",
        "Ранее полиция задержала Динару Кайыпову.",
    ]);
    assert_has(&f, "Айдоса Мырзабекова", "PERSON", "Aydos Myrzabekov");
    assert_has(&f, "Мырзабекову", "PERSON", "Aydos Myrzabekov");
    assert_has(&f, "Гульмира Есенова", "PERSON", "Gulmira Yesenova");
    assert_has(&f, "Динару Кайыпову", "PERSON", "Dinara Kayypova");
}

#[test]
fn initials_and_patronymics_make_a_person() {
    let f = found(&[
        "Слова Б. Сеитова подтвердил и К.Жумабаев.",
        "Допросили Ерболата Маратовича Касенова.",
        "Указ подписал Касым-Жомарт Кемелевич Токаев.",
    ]);
    assert_has(&f, "Б. Сеитова", "PERSON", "B. Seitov");
    assert_has(&f, "К.Жумабаев", "PERSON", "K. Zhumabayev");
    assert_has(&f, "Ерболата Маратовича Касенова", "PERSON", "Yerbolat Kasenov");
    assert_has(&f, "Касым-Жомарт Кемелевич Токаев", "PERSON", "Kassym-Jomart Tokayev");
}

#[test]
fn a_verb_of_saying_beside_two_capitalised_words_makes_a_person() {
    let f = found(&["«Мы не отступим», — заявил Тимур Жанкожа.", "Мадлен Олбрайт сказала это давно."]);
    assert_has(&f, "Тимур Жанкожа", "PERSON", "Timur Zhankozha");
    assert_has(&f, "Мадлен Олбрайт", "PERSON", "Madlen Olbrayt");
}

#[test]
fn places_by_designator_adjective_and_preposition() {
    let f = found(&[
        "Стрельба началась в селе Жанатурмыс Кызылжарского района.",
        "Оттуда колонна ушла в Каракемир, а жители Тулпарской области перекрыли трассу.",
        "Город Бесоба закрыли на карантин.",
    ]);
    assert_has(&f, "Жанатурмыс", "GPE", "Zhanaturmys");
    assert_has(&f, "Кызылжарского района", "GPE", "Kyzylzhar District");
    assert_has(&f, "Каракемир", "GPE", "Karakemir");
    assert_has(&f, "Тулпарской области", "GPE", "Tulpar Region");
    assert_has(&f, "Бесоба", "GPE", "Besoba");
}

#[test]
fn streets_squares_and_airports_are_facilities() {
    let f = found(&[
        "Толпа собралась на улице Абая и двинулась к площади Жибек.",
        "Рейсы через аэропорт \"Жетиген\" отменили.",
    ]);
    assert_has(&f, "улице Абая", "FAC", "Abay Street");
    assert_has(&f, "площади Жибек", "FAC", "Zhibek Square");
    assert_has(&f, "Жетиген", "FAC", "Zhetigen Airport");
}

#[test]
fn parties_channels_and_agencies_are_organisations() {
    let f = found(&[
        "Сторонники партии «Жана Ел» и движения \"Оян\" провели пикет.",
        "Сюжет показал телеканал Ертис, ссылаясь на агентство Steppe Wire.",
    ]);
    assert_has(&f, "Жана Ел", "ORG", "Zhana Yel");
    assert_has(&f, "Оян", "ORG", "Oyan");
    assert_has(&f, "Ертис", "ORG", "Yertis");
    assert_has(&f, "Steppe Wire", "ORG", "Steppe Wire");
}

#[test]
fn a_body_named_by_its_head_noun_gets_an_english_name() {
    let f = found(&["Пресс-служба Управления полиции Кызылжарского района сообщила о задержании."]);
    assert_has(
        &f,
        "Управления полиции Кызылжарского района",
        "ORG",
        "Police Department of Kyzylzhar District",
    );
}

#[test]
fn sentence_openers_and_common_words_are_not_names() {
    let f = found(&[
        "Сотрудников полиции подняли по тревоге. Ранее об этом писали СМИ.",
        "Вчера в Конституцию внесли поправки. Погибших нет.",
    ]);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn the_same_person_has_the_same_name_in_both_languages() {
    let mut r = Recognizer::new(Gazetteer::builtin());
    let en = r.find_in("Kassym-Jomart Tokayev signed the decree.", false, Lang::En);
    let ru = r.find_in("Указ подписал Касым-Жомарт Токаев.", false, Lang::Ru);
    assert_eq!(en[0].name, "Kassym-Jomart Tokayev");
    assert_eq!(ru[0].name, en[0].name);
    assert_eq!(ru[0].id, en[0].id);
}

#[test]
fn mixed_text_keeps_working() {
    // Latin names in Russian text and declined Cyrillic names in English text.
    let f = found(&["Об этом сообщает Reuters со ссылкой на Interfax."]);
    assert_has(&f, "Reuters", "ORG", "Reuters");
    let mut r = Recognizer::new(Gazetteer::builtin());
    let m = r.find_in("The banner read «позор Токаеву» in big letters.", false, Lang::En);
    assert!(m.iter().any(|m| m.name == "Kassym-Jomart Tokayev"), "{m:?}");
}

#[test]
fn police_bodies_by_acronym_take_the_place_they_serve() {
    let f = found(&["В ГУВД Чуйской области и в ДП Алматы начали проверку."]);
    assert_has(&f, "ГУВД Чуйской области", "ORG", "Main Internal Affairs Department of Chuy Region");
    assert_has(&f, "ДП Алматы", "ORG", "Police Department of Almaty");
}

#[test]
fn a_body_of_the_republic_is_the_document_s_country() {
    let f = found(&[
        "Беспорядки охватили Бишкек.",
        "По данным Минздрава республики, ранены 12 человек; ГКНБ молчит.",
    ]);
    assert_has(&f, "Минздрава республики", "ORG", "Ministry of Health of Kyrgyzstan");
    assert_has(&f, "ГКНБ", "ORG", "State Committee for National Security of Kyrgyzstan");
}

#[test]
fn a_common_word_spelt_like_a_foreign_city_is_no_place() {
    // `Ряд` (a number of) reads like Riyadh once both are reduced to Latin letters.
    let f = found(&["Ряд депутатов потребовал отставки."]);
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn nouns_for_peoples_and_faiths_are_groups_in_lower_case() {
    let f = found(&["Погибли трое россиян и двое казахстанцев; мусульмане и христиане молились вместе."]);
    assert_has(&f, "россиян", "NORP", "Russian");
    assert_has(&f, "казахстанцев", "NORP", "Kazakh");
    assert_has(&f, "мусульмане", "NORP", "Muslim");
    assert_has(&f, "христиане", "NORP", "Christian");
    // An adjective of a people is not its noun.
    assert!(!f.iter().any(|m| m.0 == "казахский"), "{f:?}");
}

#[test]
fn a_seat_of_power_is_the_building_when_something_happens_at_it() {
    let f = found(&["Толпа собралась у Белого дома.", "Кремль отказался от комментариев."]);
    assert_has(&f, "Белого дома", "FAC", "White House");
    assert_has(&f, "Кремль", "ORG", "Kremlin");
}

#[test]
fn an_adjective_and_a_facility_word_make_a_facility() {
    let f = found(&[
        "Стрельба велась у Никольской церкви и у Центрального рынка.",
        "Пострадавших доставили в Грин Сити Холл.",
        "Вечером стреляли у Крокус Сити Холла.",
    ]);
    assert_has(&f, "Никольской церкви", "FAC", "Nikolskaya Church");
    assert_has(&f, "Центрального рынка", "FAC", "Tsentralny Market");
    assert_has(&f, "Грин Сити Холл", "FAC", "Grin Siti Hall");
    // A hall the list knows keeps its English name.
    assert_has(&f, "Крокус Сити Холла", "FAC", "Crocus City Hall");
}

#[test]
fn a_person_after_a_word_for_a_group_is_the_person() {
    let f = found(&["Бойцы группировки Рустама Назарова сдались."]);
    assert_has(&f, "Рустама Назарова", "PERSON", "Rustam Nazarov");
}

#[test]
fn plural_nouns_and_adjectives_are_not_people() {
    let f = found(&["Коктейли Молотова полетели в окна.", "Раненых отвезли в Таласскую областную больницу."]);
    assert_no_person(&f);
}

fn assert_no_person(found: &[(String, String, String)]) {
    assert!(!found.iter().any(|(_, k, _)| k == "PERSON"), "no person expected: {found:?}");
}

#[test]
fn a_hyphenated_place_declines_in_its_last_part() {
    let f = found(&["Спецназ ворвался в дом в селе Кок-Жар, потом отошёл из Ак-Сая."]);
    assert_has(&f, "Кок-Жар", "GPE", "Kok-Zhar");
    assert_has(&f, "Ак-Сая", "GPE", "Ak-Say");
}

#[test]
fn common_russian_given_names_keep_their_english_spelling() {
    let f = found(&["Об этом сообщил Дмитрий Соколов, а затем Николай Петренко."]);
    assert_has(&f, "Дмитрий Соколов", "PERSON", "Dmitry Sokolov");
    assert_has(&f, "Николай Петренко", "PERSON", "Nikolai Petrenko");
}

#[test]
fn a_body_with_its_own_country_after_it_keeps_its_name() {
    let f = found(&["Дело возбудил Следственный комитет России."]);
    assert_has(&f, "Следственный комитет России", "ORG", "Investigative Committee of Russia");
}

#[test]
fn known_facilities_in_lower_case_and_airports_of_known_cities() {
    let f = found(&["Митингующие вышли на площадь Республики, часть из них двинулась к аэропорту Алматы."]);
    assert_has(&f, "площадь Республики", "FAC", "Republic Square");
    assert_has(&f, "аэропорту Алматы", "FAC", "Almaty Airport");
}

#[test]
fn a_woman_named_by_a_given_name_no_list_has_stays_a_woman() {
    // The feminine verb stands far before, across the role and its complement.
    let f = found(&[
        "Об аварии рассказала заместитель начальника городского управления образования Зейнура Туктубаева.",
        "Журналисты дозвонились до Туктубаевой вечером.",
    ]);
    assert_has(&f, "Зейнура Туктубаева", "PERSON", "Zeynura Tuktubayeva");
    // No verb at all: the given name in -а is no man's name, nothing before it
    // asks for the genitive.
    let f = found(&["Гульнура Сапарбекова возглавила штаб волонтёров."]);
    assert_has(&f, "Гульнура Сапарбекова", "PERSON", "Gulnura Saparbekova");
    // A man's name built as men's are (-бек), or one after a noun whose
    // complement it is, stays a man's name in the genitive.
    let f = found(&["Суд продлил арест Таалайбека Осмонова."]);
    assert_has(&f, "Таалайбека Осмонова", "PERSON", "Taalaybek Osmonov");
    let f = found(&["Деньги поступали от группы Рустама Шарипова и его помощника Шодмона Камолова."]);
    assert_has(&f, "Шодмона Камолова", "PERSON", "Shodmon Kamolov");
    let f = found(&["Полиция задержала второго подозреваемого, Анвара Курбанова."]);
    assert_has(&f, "Анвара Курбанова", "PERSON", "Anvar Kurbanov");
}

#[test]
fn a_family_surname_in_the_plural_is_each_ones_surname() {
    let f = found(&["В списке пострадавших значатся Руслан и Тимур Бекмуратовы."]);
    assert_has(&f, "Тимур Бекмуратовы", "PERSON", "Timur Bekmuratov");
    let f = found(&["На пресс-конференции выступили Динара и Айгуль Сатыбалдиевы."]);
    assert_has(&f, "Айгуль Сатыбалдиевы", "PERSON", "Aygul Satybaldiyeva");
}

#[test]
fn a_country_adjective_or_the_capital_of_a_country_places_a_body() {
    let f = found(&["Данные о раненых уточнил таджикский Минздрав."]);
    assert_has(&f, "Минздрав", "ORG", "Ministry of Health of Tajikistan");
    let f = found(&["Задержанных доставили в ГУВД столицы Таджикистана."]);
    assert_has(&f, "ГУВД столицы Таджикистана", "ORG", "Main Internal Affairs Department of Dushanbe");
}

#[test]
fn a_body_named_before_the_place_in_one_sentence_takes_its_country() {
    // The headline names the ministry before the hall near Moscow.
    let f = found(&["МЧС уточнило число раненых при пожаре в «Крокусе»"]);
    assert_has(&f, "МЧС", "ORG", "Ministry of Emergency Situations of Russia");
    assert_has(&f, "Крокусе", "FAC", "Crocus City Hall");
}

#[test]
fn a_month_is_no_tv_channel_but_a_quoted_one_is() {
    let f = found(&["Апрель выдался тёплым."]);
    assert!(f.is_empty(), "{f:?}");
    let f = found(&["Сюжет показал телеканал «Апрель»."]);
    assert_has(&f, "Апрель", "ORG", "April TV");
}

#[test]
fn a_known_person_after_a_street_word_is_the_street() {
    let f = found(&["Пробка растянулась по проспекту Назарбаева до самого вокзала."]);
    assert_has(&f, "проспекту Назарбаева", "FAC", "Nazarbayev Avenue");
    assert!(!f.iter().any(|(_, k, _)| k == "PERSON"), "{f:?}");
    let f = found(&["Офис находится на пр. Назарбаева, 45."]);
    assert_has(&f, "пр. Назарбаева", "FAC", "Nazarbayev Avenue");
    assert!(!f.iter().any(|(_, k, _)| k == "PERSON"), "{f:?}");
}

#[test]
fn a_district_named_in_the_prepositional_is_found_by_its_list_name() {
    let f = found(&["В Рушанском районе снова отключили связь."]);
    assert_has(&f, "Рушанском районе", "GPE", "Rushon District");
}

#[test]
fn a_court_named_by_its_area_alone_is_a_district_court() {
    let f = found(&["Мещанский суд Москвы отправил обоих под арест."]);
    assert_has(&f, "Мещанский суд Москвы", "ORG", "Meshchansky District Court of Moscow");
}

#[test]
fn an_outlets_acronym_no_list_has_keeps_its_capitals_in_latin() {
    let f = found(&["Кадры показал телеканал НТК, а партия «АЖК» промолчала."]);
    assert_has(&f, "НТК", "ORG", "NTK");
    assert_has(&f, "АЖК", "ORG", "AZhK");
    // A quoted name in capitals of several words is written as words.
    let f = found(&["Письмо опубликовала газета «ТАЛАС ЖАРЫГЫ»."]);
    assert_has(&f, "ТАЛАС ЖАРЫГЫ", "ORG", "Talas Zharygy");
}

#[test]
fn a_mans_name_built_as_mens_are_stays_a_mans_in_the_genitive() {
    // Fronted objects: no noun or preposition before them.
    let f = found(&["Жанболата Сейтова отпустили под залог."]);
    assert_has(&f, "Жанболата Сейтова", "PERSON", "Zhanbolat Seytov");
    let f = found(&["Полиция задержала Нурхана Оспанова."]);
    assert_has(&f, "Нурхана Оспанова", "PERSON", "Nurkhan Ospanov");
}

#[test]
fn a_holy_feast_churchs_name_is_given_as_english_names_it() {
    let f = found(&["Прихожане собрались у Свято-Троицкого собора, а рядом стоит Никольская церковь."]);
    assert_has(&f, "Свято-Троицкого собора", "FAC", "Holy Trinity Cathedral");
    // Without `Свято-` the adjective is transliterated, as before.
    assert_has(&f, "Никольская церковь", "FAC", "Nikolskaya Church");
}

#[test]
fn a_name_after_a_role_in_the_genitive_is_a_mans() {
    // `Александра Жуляева` is a woman's name in the nominative or a man's
    // in the genitive; after `по данным` and a role it is the man's.
    let f = found(&["По данным начальника полиции Нальчика Александра Жуляева, погибших нет."]);
    assert_has(&f, "Александра Жуляева", "PERSON", "Alexander Zhulyayev");
    let f = found(&["По словам замглавы МВД Дагестана Валентина Сорокина, ранены двое."]);
    assert_has(&f, "Валентина Сорокина", "PERSON", "Valentin Sorokin");
    // A role in the nominative keeps the woman's reading.
    let f = found(&["Судья Александра Жуляева отложила заседание."]);
    assert_has(&f, "Александра Жуляева", "PERSON", "Aleksandra Zhulyayeva");
}

#[test]
fn hyphenated_given_names_ending_in_i_are_not_plural_nouns() {
    let f = found(&["Накануне Магомед-Али Хасанов посетил место нападения."]);
    assert_has(&f, "Магомед-Али Хасанов", "PERSON", "Magomed-Ali Khasanov");
    // A plural noun before a surname in the genitive is still no name.
    let f = found(&["Коктейли Молотова полетели в окна."]);
    assert!(!f.iter().any(|m| m.1 == "PERSON"), "{f:?}");
}

#[test]
fn a_date_line_participle_after_a_byline_is_not_part_of_the_name() {
    let f = found(&["Петр Смирнов Обновлено 12.05.2021 в 10:00"]);
    assert_has(&f, "Петр Смирнов", "PERSON", "Petr Smirnov");
}

#[test]
fn a_body_named_beside_another_countrys_body_is_that_countrys() {
    // No place of the country is named: the parent body gives it.
    let f = found(&["Пограничная служба ГКНБ Таджикистана заявила о стрельбе на участке границы."]);
    assert_has(&f, "Пограничная служба", "ORG", "Border Service of Tajikistan");
}

#[test]
fn north_caucasus_republics_are_regions_with_coordinates() {
    let f = found(&["Колонна вышла из Кабардино-Балкарии и направилась в Северную Осетию."]);
    assert_has(&f, "Кабардино-Балкарии", "GPE", "Kabardino-Balkaria");
    assert_has(&f, "Северную Осетию", "GPE", "North Ossetia");
}

#[test]
fn an_enclave_word_makes_the_next_name_a_place() {
    let f = found(&["Перестрелка началась у анклава Сох поздно вечером."]);
    assert_has(&f, "Сох", "GPE", "Sokh");
}

#[test]
fn a_name_written_surname_first_is_given_name_and_surname() {
    let f = found(&["Следствие допросило Каримова Тимура Рустамовича в качестве свидетеля."]);
    assert_has(&f, "Каримова Тимура Рустамовича", "PERSON", "Timur Karimov");
    let f = found(&["Полиция задержала жителя Ферганы Юсупов Алишер."]);
    assert_has(&f, "Юсупов Алишер", "PERSON", "Alisher Yusupov");
    // In the usual order the patronymic is left out as well.
    let f = found(&["Показания дал Тимур Рустамович Каримов."]);
    assert_has(&f, "Тимур Рустамович Каримов", "PERSON", "Timur Karimov");
}

#[test]
fn two_people_named_side_by_side_are_two_mentions() {
    let f = found(&["Адвокат Тимура Исаева Айгерим Садыкова подала жалобу."]);
    assert_has(&f, "Тимура Исаева", "PERSON", "Timur Isayev");
    assert_has(&f, "Айгерим Садыкова", "PERSON", "Aygerim Sadykova");
}

#[test]
fn after_a_role_a_given_name_in_i_is_a_name() {
    let f = found(&["Заявление министра обороны Таджикистана Шерали Мирзо зачитали вечером."]);
    assert_has(&f, "Шерали Мирзо", "PERSON", "Sherali Mirzo");
}

#[test]
fn tajik_surnames_in_zoda_make_a_person() {
    let f = found(&["Задержан Фарход Назарзода, уроженец Раштского района."]);
    assert_has(&f, "Фарход Назарзода", "PERSON", "Farkhod Nazarzoda");
}

#[test]
fn a_sentence_opening_participle_is_not_part_of_the_name() {
    let f = found(&["Арестован Бахтиёр Холматов, сообщили в милиции."]);
    assert_has(&f, "Бахтиёр Холматов", "PERSON", "Bakhtiyor Kholmatov");
}

#[test]
fn region_adjectives_joined_by_and_share_the_plural_designator() {
    let f = found(&[
        "Чрезвычайное положение продлили в Баткенской и Джалал-Абадской областях.",
        "Милиция Ошской, Таласской и Чуйской областей усилила посты.",
        "Обыски прошли в Курганской и Челябинской областях.",
    ]);
    // Each adjective is its region, with the gazetteer's id.
    assert_has(&f, "Баткенской", "GPE", "Batken Region");
    assert_has(&f, "Джалал-Абадской областях", "GPE", "Jalal-Abad Region");
    assert_has(&f, "Таласской", "GPE", "Talas Region");
    assert_has(&f, "Чуйской областей", "GPE", "Chuy Region");
    assert_has(&f, "Курганской", "GPE", "Kurgan Oblast");
    assert_has(&f, "Челябинской областях", "GPE", "Chelyabinsk Oblast");
    // An adjective joined to one that is no place's is left alone.
    let g = found(&["Жители Ошской и соседней областей вышли на улицы."]);
    assert!(!g.iter().any(|m| m.2.ends_with("Region")), "{g:?}");
}
