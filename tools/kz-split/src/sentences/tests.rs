//! Tests of the sentence splitter: cases written for each rule.

use super::*;

mod splitting {
    use super::*;

    pub(super) fn sentences(text: &str) -> Vec<&str> {
        let mut spans = Vec::new();
        let trimmed = text.trim_end();
        let start = text.len() - text.trim_start().len();
        split(text, start, trimmed.len(), &mut spans);
        spans.iter().map(|&(a, b)| &text[a..b]).collect()
    }

    #[track_caller]
    pub(super) fn check(text: &str, want: &[&str]) {
        assert_eq!(sentences(text), want, "splitting {text:?}");
    }

    #[test]
    fn candidates_are_every_end_mark_break_and_three_byte_lead_in_order() {
        let text = "a.b!c\nd?e…f”g";
        let mut found = Vec::new();
        let mut c = Candidates::new(text.as_bytes());
        let mut from = 0;
        while let Some(k) = c.next_from(from) {
            found.push(k);
            from = k + 1;
        }
        let want: Vec<usize> = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(found, want);
        // Asking again from a later place skips what lies before it.
        let mut c = Candidates::new(text.as_bytes());
        assert_eq!(c.next_from(0), Some(1));
        assert_eq!(c.next_from(4), Some(5));
        assert_eq!(c.next_from(text.len()), None);
    }

    #[test]
    fn plain_ends() {
        check(
            "Troops left the square. Shops opened again! Will the curfew end?",
            &["Troops left the square.", "Shops opened again!", "Will the curfew end?"],
        );
    }

    #[test]
    fn one_letter_abbreviations_and_initials() {
        check(
            "The report was signed by Daniyar K. Nurlanov. He denied it.",
            &["The report was signed by Daniyar K. Nurlanov.", "He denied it."],
        );
        check("Read the decree on p. 14 of the gazette.", &["Read the decree on p. 14 of the gazette."]);
        check("Officials met J. R. Abenov in Taraz.", &["Officials met J. R. Abenov in Taraz."]);
        check("It was code Plan B. The police denied it.", &["It was code Plan B.", "The police denied it."]);
    }

    #[test]
    fn two_letter_abbreviations_mid_and_end() {
        check(
            "The mine belongs to Kazakh Coal Co. and employs 900 people.",
            &["The mine belongs to Kazakh Coal Co. and employs 900 people."],
        );
        check(
            "The contract went to Steppe Builders Co. It was signed in May.",
            &["The contract went to Steppe Builders Co.", "It was signed in May."],
        );
        check(
            "Ask Aliya and co. at the union office. They know.",
            &["Ask Aliya and co. at the union office.", "They know."],
        );
    }

    #[test]
    fn titles_and_place_abbreviations_before_names() {
        check(
            "Lt. Col. Serik Omarov and Gen. Bolat Ismailov arrived with Mr. Ahmetov and Dr. Ivanova.",
            &["Lt. Col. Serik Omarov and Gen. Bolat Ismailov arrived with Mr. Ahmetov and Dr. Ivanova."],
        );
        check(
            "Climbers left Mt. Talgar for St. Nicholas Cathedral on Abai Ave. near the park.",
            &["Climbers left Mt. Talgar for St. Nicholas Cathedral on Abai Ave. near the park."],
        );
        check("It is Aidos Jr.'s car.", &["It is Aidos Jr.'s car."]);
    }

    #[test]
    fn multi_period_abbreviations() {
        check(
            "The U.S. Embassy in Astana issued a warning. The U.K. did too.",
            &["The U.S. Embassy in Astana issued a warning.", "The U.K. did too."],
        );
        check("She studied in the U.S. for two years.", &["She studied in the U.S. for two years."]);
        check(
            "Talks were held with the U.S. They ended without a deal.",
            &["Talks were held with the U.S.", "They ended without a deal."],
        );
        check("He holds a Ph.D. in law.", &["He holds a Ph.D. in law."]);
        check(
            "Talks were held in Washington, D.C. The envoy left.",
            &["Talks were held in Washington, D.C.", "The envoy left."],
        );
        check(
            "Prices rose 9% y.o.y. in May. Bread cost more.",
            &["Prices rose 9% y.o.y. in May.", "Bread cost more."],
        );
        check("See www.gov.kz. Call 102.", &["See www.gov.kz.", "Call 102."]);
    }

    #[test]
    fn times_of_day() {
        check(
            "Shots rang out around 3 p.m. The crowd ran toward the square.",
            &["Shots rang out around 3 p.m.", "The crowd ran toward the square."],
        );
        check("It happened at 5 a.m. Nobody was hurt.", &["It happened at 5 a.m.", "Nobody was hurt."]);
        check(
            "At 6 a.m. Tuesday the road reopened, and at 7 p.m. in the evening it closed.",
            &["At 6 a.m. Tuesday the road reopened, and at 7 p.m. in the evening it closed."],
        );
        check(
            "The shooting stopped at 11 P.M. Col. Omarov then spoke to reporters.",
            &["The shooting stopped at 11 P.M.", "Col. Omarov then spoke to reporters."],
        );
        check(
            "The curfew begins at 9 p.m. Almaty time and ends at 6 a.m. GMT on Friday.",
            &["The curfew begins at 9 p.m. Almaty time and ends at 6 a.m. GMT on Friday."],
        );
        check(
            "Shortly after 4 a.m. Police Chief Sadykov ordered the square cleared.",
            &["Shortly after 4 a.m. Police Chief Sadykov ordered the square cleared."],
        );
    }

    #[test]
    fn months_and_numbered_things() {
        check(
            "The trial opened on Jan. 12 in court No. 3 under Art. 174 of the code.",
            &["The trial opened on Jan. 12 in court No. 3 under Art. 174 of the code."],
        );
        check("He answered no. Nobody asked again.", &["He answered no.", "Nobody asked again."]);
    }

    #[test]
    fn numbers_with_points_and_commas() {
        check(
            "Prices rose 1.5 percent. About 3,000 people marched. Fuel cost 120.50 tenge.",
            &["Prices rose 1.5 percent.", "About 3,000 people marched.", "Fuel cost 120.50 tenge."],
        );
        check(
            "The toll rose to 13. 26 suspects were held.",
            &["The toll rose to 13.", "26 suspects were held."],
        );
    }

    #[test]
    fn ellipses() {
        check(
            "Gunfire went on… Then it stopped. The line went dead... Nobody answered.",
            &["Gunfire went on…", "Then it stopped.", "The line went dead...", "Nobody answered."],
        );
        check("He paused … and said it was over.", &["He paused … and said it was over."]);
        check("We waited. . . . The bus never came.", &["We waited. . . .", "The bus never came."]);
        check("I was not sure . . . I still am not.", &["I was not sure . . . I still am not."]);
        check(
            "Nobody came out . . . The square stayed empty until noon.",
            &["Nobody came out . . .", "The square stayed empty until noon."],
        );
        check("The line went dead . . .", &["The line went dead . . ."]);
        check(
            "\"The decree [...] Was never signed,\" he said.",
            &["\"The decree [...] Was never signed,\" he said."],
        );
    }

    #[test]
    fn quotations() {
        check(
            "“Where is my son?” Aigul Bekova asked. Nobody answered.",
            &["“Where is my son?” Aigul Bekova asked.", "Nobody answered."],
        );
        check(
            "“Order is restored.” Akim Serik Aliyev said on Friday.",
            &["“Order is restored.” Akim Serik Aliyev said on Friday."],
        );
        check("“We are done.” He said nothing else.", &["“We are done.”", "He said nothing else."]);
        check(
            "\"This is a fine day.\" Marat left the room. Nobody said a word.",
            &["\"This is a fine day.\"", "Marat left the room.", "Nobody said a word."],
        );
        check(
            "“We will find and punish them,” Tokayev said. Talks followed.",
            &["“We will find and punish them,” Tokayev said.", "Talks followed."],
        );
        check(
            "“It is over.” said the akim. “Go home!” he added.",
            &["“It is over.” said the akim.", "“Go home!” he added."],
        );
        check(
            "The minister said, “Order is restored.” Residents doubted it.",
            &["The minister said, “Order is restored.”", "Residents doubted it."],
        );
        check("He called it ‘a tragedy.’ Then he left.", &["He called it ‘a tragedy.’", "Then he left."]);
    }

    #[test]
    fn parentheses() {
        check(
            "The unit (it had arrived that morning.) was sent north.",
            &["The unit (it had arrived that morning.) was sent north."],
        );
        check(
            "Roads were closed. (Traffic police gave no reason.) Buses stopped.",
            &["Roads were closed.", "(Traffic police gave no reason.)", "Buses stopped."],
        );
    }

    #[test]
    fn double_punctuation() {
        check("Really?! Nobody knew.", &["Really?!", "Nobody knew."]);
        check("Stop!! Police!", &["Stop!!", "Police!"]);
        check("Who fired?? No one says.", &["Who fired??", "No one says."]);
    }

    #[test]
    fn urls_and_emails() {
        check(
            "Write to press@akimat.kz. The office replies in a day.",
            &["Write to press@akimat.kz.", "The office replies in a day."],
        );
        check(
            "The list is at https://gov.kz/news/list.html. It is updated daily.",
            &["The list is at https://gov.kz/news/list.html.", "It is updated daily."],
        );
    }

    #[test]
    fn colons_and_dashes_do_not_split() {
        check(
            "The ministry reported: 26 were killed – 18 more wounded.",
            &["The ministry reported: 26 were killed – 18 more wounded."],
        );
    }

    #[test]
    fn lists() {
        check(
            "1. Release the detainees. 2. Lower the price of gas.",
            &["1. Release the detainees.", "2. Lower the price of gas."],
        );
        check(
            "The demands:\n1. Release the detainees\n2. Lower fuel prices",
            &["The demands:", "1. Release the detainees", "2. Lower fuel prices"],
        );
        check("Schools closed:\n• in Almaty\n• in Taraz", &["Schools closed:", "• in Almaty", "• in Taraz"]);
        check("a. The first point", &["a. The first point"]);
        check(
            "1. Free the detainees 2. Cut fuel prices 3. Dismiss the akim",
            &["1. Free the detainees", "2. Cut fuel prices", "3. Dismiss the akim"],
        );
        check(
            "1.) Free the detainees. 2.) Cut fuel prices.",
            &["1.) Free the detainees.", "2.) Cut fuel prices."],
        );
        check("1) Free the detainees 2) Cut fuel prices", &["1) Free the detainees", "2) Cut fuel prices"]);
        check("a. Free the detainees b. Cut fuel prices", &["a. Free the detainees", "b. Cut fuel prices"]);
        check(
            "• 4. Free the detainees • 5. Cut fuel prices",
            &["• 4. Free the detainees", "• 5. Cut fuel prices"],
        );
        check(
            "⁃4. Free the detainees ⁃5. Cut fuel prices",
            &["⁃4. Free the detainees", "⁃5. Cut fuel prices"],
        );
    }

    #[test]
    fn exclamation_in_names_before_lower_case() {
        check("She works at Yahoo! in Almaty.", &["She works at Yahoo! in Almaty."]);
    }

    #[test]
    fn non_breaking_spaces_separate_sentences() {
        check("They were held.\u{a0} We know them all.", &["They were held.", "We know them all."]);
        check("Met with\u{a0}Gen. Bolat Ismailov.", &["Met with\u{a0}Gen. Bolat Ismailov."]);
    }

    #[test]
    fn pronoun_i_after_an_initial() {
        check(
            "The team was you and I. Did you see Marat I. Suleimenov?",
            &["The team was you and I.", "Did you see Marat I. Suleimenov?"],
        );
    }

    #[test]
    fn geo_coordinates_and_symbols() {
        check(
            "The cache was at N°. 43.238949. It held rifles.",
            &["The cache was at N°. 43.238949.", "It held rifles."],
        );
    }
}

mod scan_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn byte_scans_agree_with_char_scans(
            s in "[a-zA-Z0-9 .\t\u{b}\u{85}\u{a0}\u{2003}éЖ—“]{0,40}",
            a in 0usize..48,
            b in 0usize..48,
        ) {
            let bound = |k: usize| (0..=k.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap();
            let (from, to) = (bound(a.min(b)), bound(a.max(b)));
            let want_start = s[from..to]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(from, |(k, c)| from + k + c.len_utf8());
            prop_assert_eq!(word_start_before(&s, from, to), want_start);
            let want_end = s[from..to].find(|c: char| !c.is_alphanumeric()).map_or(to, |k| from + k);
            prop_assert_eq!(alphanumeric_end(&s, from, to), want_end);
        }
    }
}

mod word_list_tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found_and_no_other() {
        for lang in LANGUAGES {
            for w in lang.usual.iter().chain(lang.before_number) {
                assert!(abbreviation_kind(w).is_some(), "{w}");
                assert!(w.len() <= ABBREVIATION_MAX, "{w} is longer than the quick check allows");
            }
            for w in lang.openers {
                assert!(is_opener(w), "{w}");
            }
            for w in lang.never {
                assert_eq!(abbreviation_kind(w), Some(Abbrev::Never), "{w}");
            }
        }
        assert!(is_opener("Nevertheless"));
        assert!(!is_opener("Nurlan"));
        assert_eq!(abbreviation_kind("said"), None);
        assert_eq!(abbreviation_kind("no"), Some(Abbrev::BeforeNumber));
        assert_eq!(abbreviation_kind("gen"), Some(Abbrev::Usual));
        assert_eq!(abbreviation(&"Colonel".to_uppercase()), Abbrev::No);
    }

    #[test]
    fn numbers_and_letters_before_a_stop_that_are_no_list_markers() {
        let split_at = |text: &str| {
            let mut spans = Vec::new();
            split(text, 0, text.len(), &mut spans);
            spans.len()
        };
        // A year, a code and a word ending in a digit or a letter end sentences.
        assert_eq!(split_at("It happened in 2021. Then it stopped."), 2);
        assert_eq!(split_at("The flight was KC12. Then it left."), 2);
        assert_eq!(split_at("They said so. Then they left."), 2);
        assert_eq!(split_at("Read 3. Then it ended."), 2);
        // A one-letter or short number token opening the sentence is a list marker.
        assert_eq!(split_at("12. The first one"), 1);
        assert_eq!(split_at("• b. The second one"), 1);
    }
}

mod russian {
    use super::splitting::check;

    #[test]
    fn place_abbreviations_before_names() {
        check(
            "Пожар произошёл в г. Талдыкорган на ул. Жансугурова, д. 12. Жильцов эвакуировали.",
            &["Пожар произошёл в г. Талдыкорган на ул. Жансугурова, д. 12.", "Жильцов эвакуировали."],
        );
        check(
            "Машину нашли в Карасайском р-не Алматинской обл. Водитель скрылся.",
            &["Машину нашли в Карасайском р-не Алматинской обл.", "Водитель скрылся."],
        );
        check(
            "Митинг прошёл у школы им. Абая в с. Каскелен и пос. Шамалган.",
            &["Митинг прошёл у школы им. Абая в с. Каскелен и пос. Шамалган."],
        );
        check(
            "Дело возбуждено по ч. 2 ст. 272 УК. Подозреваемый задержан.",
            &["Дело возбуждено по ч. 2 ст. 272 УК.", "Подозреваемый задержан."],
        );
    }

    #[test]
    fn year_abbreviations_end_a_sentence_before_an_opener() {
        check(
            "Завод закрыли в 2019 г. В прошлом месяце его продали.",
            &["Завод закрыли в 2019 г.", "В прошлом месяце его продали."],
        );
        check(
            "Беспорядки продолжались в 2021–2022 гг. По данным МВД, задержаны сотни.",
            &["Беспорядки продолжались в 2021–2022 гг.", "По данным МВД, задержаны сотни."],
        );
        check("Суд состоялся 3 марта 2023 г. в Таразе.", &["Суд состоялся 3 марта 2023 г. в Таразе."]);
        check(
            "Похожие пожары случались на складе в январе и марте 2021 г. Проверки идут до сих пор.",
            &["Похожие пожары случались на складе в январе и марте 2021 г.", "Проверки идут до сих пор."],
        );
        check(
            "В марте 2021 г. Токаев подписал указ о помиловании.",
            &["В марте 2021 г. Токаев подписал указ о помиловании."],
        );
    }

    #[test]
    fn abbreviations_inside_a_sentence() {
        check(
            "Виновных, т.е. организаторов, ищут до сих пор, т.к. они скрылись.",
            &["Виновных, т.е. организаторов, ищут до сих пор, т.к. они скрылись."],
        );
        check(
            "Изъяли ножи, биты и т.д. Полиция проверяет записи камер.",
            &["Изъяли ножи, биты и т.д.", "Полиция проверяет записи камер."],
        );
        check(
            "Изъяли ножи, биты и т. д. Полиция проверяет записи камер.",
            &["Изъяли ножи, биты и т. д.", "Полиция проверяет записи камер."],
        );
        check(
            "Обязанности исполняет и. о. Акима района Серик Ахметов.",
            &["Обязанности исполняет и. о. Акима района Серик Ахметов."],
        );
        check(
            "Ущерб оценили в 12 млн тенге, или 3,5 тыс. долларов. Страховки не было.",
            &["Ущерб оценили в 12 млн тенге, или 3,5 тыс. долларов.", "Страховки не было."],
        );
        check(
            "Пострадавших было около 2 тыс. Больницы переполнены.",
            &["Пострадавших было около 2 тыс.", "Больницы переполнены."],
        );
        check(
            "Штраф составил 50 тыс. руб. Решение можно обжаловать.",
            &["Штраф составил 50 тыс. руб.", "Решение можно обжаловать."],
        );
        check(
            "На площадь вышли 300 чел. Позже их стало больше.",
            &["На площадь вышли 300 чел.", "Позже их стало больше."],
        );
    }

    #[test]
    fn initials_stay_with_the_surname() {
        check(
            "Указ подписал Н. Назарбаев. Он вступает в силу сразу.",
            &["Указ подписал Н. Назарбаев.", "Он вступает в силу сразу."],
        );
        check(
            "С обращением выступил Н.А. Назарбаев, затем К.-Ж. Токаев.",
            &["С обращением выступил Н.А. Назарбаев, затем К.-Ж. Токаев."],
        );
        check(
            "Расследование ведёт генерал Е. Ж. Тургумбаев. Результаты обещают к маю.",
            &["Расследование ведёт генерал Е. Ж. Тургумбаев.", "Результаты обещают к маю."],
        );
    }

    #[test]
    fn guillemets_and_their_sentence_ends() {
        check(
            "Аким сказал: «Ситуация под контролем». Жители ему не поверили.",
            &["Аким сказал: «Ситуация под контролем».", "Жители ему не поверили."],
        );
        check(
            "«Мы никого не боимся!» Толпа двинулась к акимату.",
            &["«Мы никого не боимся!»", "Толпа двинулась к акимату."],
        );
        check(
            "Об этом сообщила газета «Время». Редакция не уточнила источник.",
            &["Об этом сообщила газета «Время».", "Редакция не уточнила источник."],
        );
        check(
            "«Где мой сын?» спрашивала женщина у каждого полицейского.",
            &["«Где мой сын?» спрашивала женщина у каждого полицейского."],
        );
    }

    #[test]
    fn low_quotes_close_with_a_high_one() {
        check(
            "Лозунг был один: „Верните газ!“ Полиция не вмешивалась.",
            &["Лозунг был один: „Верните газ!“", "Полиция не вмешивалась."],
        );
        check(
            "Министр назвал это „провокацией“. Оппозиция потребовала расследования.",
            &["Министр назвал это „провокацией“.", "Оппозиция потребовала расследования."],
        );
        check(
            "„Мы не уйдём“, — заявили рабочие. Забастовка продолжается.",
            &["„Мы не уйдём“, — заявили рабочие.", "Забастовка продолжается."],
        );
    }

    #[test]
    fn the_dash_of_direct_speech() {
        check(
            "«Где мой сын?» — спросила женщина. Ей никто не ответил.",
            &["«Где мой сын?» — спросила женщина.", "Ей никто не ответил."],
        );
        check(
            "«Всем оставаться на местах!» – крикнул офицер. Люди легли на пол.",
            &["«Всем оставаться на местах!» – крикнул офицер.", "Люди легли на пол."],
        );
        check(
            "Стоять! - скомандовал патрульный. Водитель остановился.",
            &["Стоять! - скомандовал патрульный.", "Водитель остановился."],
        );
        check(
            "«Ситуация стабилизирована», — сообщили в ДЧС. Дороги открыты.",
            &["«Ситуация стабилизирована», — сообщили в ДЧС.", "Дороги открыты."],
        );
        // A capital after the dash: the speaker goes on with a new sentence.
        check(
            "«Мы уйдём», — сказал он. — Но вернёмся завтра.",
            &["«Мы уйдём», — сказал он.", "— Но вернёмся завтра."],
        );
    }

    #[test]
    fn a_quotation_of_several_sentences() {
        check(
            "«Оба раненых в больнице. Их состояние стабильное», — сказал врач.",
            &["«Оба раненых в больнице.", "Их состояние стабильное», — сказал врач."],
        );
    }

    #[test]
    fn agencies_acronyms_and_numbers_end_sentences() {
        check(
            "Об этом сообщает МВД. В ведомстве уточнили детали.",
            &["Об этом сообщает МВД.", "В ведомстве уточнили детали."],
        );
        check("Погибли 14 человек. 28 получили ранения.", &["Погибли 14 человек.", "28 получили ранения."]);
        check("Взрыв прогремел в 10.30 утра.", &["Взрыв прогремел в 10.30 утра."]);
    }
}

mod captions {
    use super::splitting::check;

    #[test]
    fn a_short_line_run_into_the_text_is_its_own_unit() {
        check(
            "Miners in Zhezkazgan end their strike\nThe miners went back to work on Monday after the company agreed to raise wages by a fifth, the union said.",
            &[
                "Miners in Zhezkazgan end their strike",
                "The miners went back to work on Monday after the company agreed to raise wages by a fifth, the union said.",
            ],
        );
        check(
            "Суд над организаторами беспорядков перенесли\nЗаседание перенесли на следующую неделю из-за болезни одного из адвокатов, сообщили в суде.",
            &[
                "Суд над организаторами беспорядков перенесли",
                "Заседание перенесли на следующую неделю из-за болезни одного из адвокатов, сообщили в суде.",
            ],
        );
        // A hard wrap leaves lines of like length: the sentence goes on.
        check(
            "Police detained four men on Monday after a fight outside the central market in\nShymkent, the city police department said on Tuesday in a statement to the press.",
            &["Police detained four men on Monday after a fight outside the central market in\nShymkent, the city police department said on Tuesday in a statement to the press."],
        );
        check(
            "Police said on Monday that\nNurlan Abenov, 34, had been detained at the border with Kyrgyzstan late on Sunday night after a chase.",
            &["Police said on Monday that\nNurlan Abenov, 34, had been detained at the border with Kyrgyzstan late on Sunday night after a chase."],
        );
    }

    #[test]
    fn a_credit_stays_with_the_caption() {
        check(
            "Riot police stand outside the akimat. Protesters left at dusk. (AFP)",
            &["Riot police stand outside the akimat.", "Protesters left at dusk. (AFP)"],
        );
        check(
            "Smoke rises over the market in Taraz. / Steppe Daily via Telegram",
            &["Smoke rises over the market in Taraz. / Steppe Daily via Telegram"],
        );
        check(
            "A burnt car in Almaty on January 6. (Photo: Aliya Bekova)",
            &["A burnt car in Almaty on January 6. (Photo: Aliya Bekova)"],
        );
        // A sentence in brackets is a sentence.
        check(
            "Roads were closed. (Traffic police gave no reason.)",
            &["Roads were closed.", "(Traffic police gave no reason.)"],
        );
        check(
            "Roads were closed. (Police said so) and more.",
            &["Roads were closed.", "(Police said so) and more."],
        );
    }
}

mod glued {
    use super::splitting::check;

    #[test]
    fn a_stop_glued_to_the_next_sentence_is_a_boundary() {
        check(
            "Two guards were hurt in the blast.The post was closed.",
            &["Two guards were hurt in the blast.", "The post was closed."],
        );
        check("Was anyone hurt?Nobody knows.", &["Was anyone hurt?", "Nobody knows."]);
        check(
            "The court met on Monday.Lawyers were not let in.",
            &["The court met on Monday.", "Lawyers were not let in."],
        );
        check(
            "The men were held by the NSC.Their names were not given.",
            &["The men were held by the NSC.", "Their names were not given."],
        );
        check(
            "The toll rose to 13.Police gave no names.",
            &["The toll rose to 13.", "Police gave no names."],
        );
        check(
            "He said it was over.“We are safe,” he added.",
            &["He said it was over.", "“We are safe,” he added."],
        );
        check(
            "Задержаны трое подозреваемых.В четверг их допросят.",
            &["Задержаны трое подозреваемых.", "В четверг их допросят."],
        );
        check(
            "Число пострадавших выросло до 40.«Все получают помощь», — сказали в больнице.",
            &["Число пострадавших выросло до 40.", "«Все получают помощь», — сказали в больнице."],
        );
    }

    #[test]
    fn abbreviations_domains_and_numbers_are_not() {
        for text in [
            "Troops of the U.S.Army arrived.",
            "The office is on ул.Абая in the centre.",
            "Read more at Sputnik.Az and Kazinform.kz today.",
            "Sources told Gazeta.Ru and news.Am on Friday.",
            "Write to press@police.Kz if you saw it.",
            "See https://gov.kz/Memleket for the list.",
            "Prices rose by 3.5 percent.",
            "The shop at 5 St.Petersburg Ave. was shut.",
            "It was Mr.Nurlanov who spoke.",
            "It began at 5 p.m.Tuesday evening.",
        ] {
            check(text, &[text]);
        }
    }
}

/// The categories of the usual English sentence-boundary test suite (pySBD's
/// "Golden Rules"), each with a case of our own wording.
mod golden_rules {
    use super::splitting::sentences;

    const CASES: &[(&str, &str, &[&str])] = &[
        ("simple period", "The bus left Taraz. It was empty.", &["The bus left Taraz.", "It was empty."]),
        ("question mark", "Who fired first? Nobody will say.", &["Who fired first?", "Nobody will say."]),
        ("exclamation point", "The road is open! Traffic moves again.", &["The road is open!", "Traffic moves again."]),
        ("one-letter upper-case abbreviation", "The order was signed by Marat K. Dosov.", &["The order was signed by Marat K. Dosov."]),
        ("one-letter lower-case abbreviation", "The list is printed on p. 12 of the report.", &["The list is printed on p. 12 of the report."]),
        ("two-letter lower-case abbreviation mid-sentence", "Did Aliya and co. attend the hearing?", &["Did Aliya and co. attend the hearing?"]),
        ("two-letter upper-case abbreviation mid-sentence", "The site was sold to Steppe Mining Co. in March.", &["The site was sold to Steppe Mining Co. in March."]),
        ("two-letter lower-case abbreviation at the end", "Ask Aliya and co. They were there.", &["Ask Aliya and co.", "They were there."]),
        ("two-letter upper-case abbreviation at the end", "The site was sold to Steppe Mining Co. The deal closed in May.", &["The site was sold to Steppe Mining Co.", "The deal closed in May."]),
        ("prepositive two-letter abbreviation", "Hikers could see Mt. Belukha from the camp.", &["Hikers could see Mt. Belukha from the camp."]),
        ("prepositive and postpositive abbreviations", "St. Nicholas Church stands on Abai st. near the bridge.", &["St. Nicholas Church stands on Abai st. near the bridge."]),
        ("possessive abbreviation", "This is Nurlan Jr.'s phone.", &["This is Nurlan Jr.'s phone."]),
        ("multi-period abbreviation mid-sentence", "He studied in the U.S.A. two years ago.", &["He studied in the U.S.A. two years ago."]),
        ("multi-period abbreviation at the end", "The envoy flew in from the E.U. What did he bring?", &["The envoy flew in from the E.U.", "What did he bring?"]),
        ("U.S. as a boundary", "The talks took place in the U.S. Where next?", &["The talks took place in the U.S.", "Where next?"]),
        ("U.S. before a capitalised name", "She joined the U.S. Embassy in Astana.", &["She joined the U.S. Embassy in Astana."]),
        ("U.S. before a lower-case word", "He has worked in the U.S. for ten years.", &["He has worked in the U.S. for ten years."]),
        (
            "a.m. and P.M. inside and at the end",
            "At 7 a.m. Mr. Abenov opened the shop. He closed it at 9 P.M. Mr. Abenov then drove home.",
            &["At 7 a.m. Mr. Abenov opened the shop.", "He closed it at 9 P.M.", "Mr. Abenov then drove home."],
        ),
        ("number inside a sentence", "The fine was 150.50 dollars in total.", &["The fine was 150.50 dollars in total."]),
        ("number at the end", "The fine was $150.50. He paid it at once.", &["The fine was $150.50.", "He paid it at once."]),
        (
            "parenthesis inside a sentence",
            "The officer (he had served in Aktobe for 6 years.) gave evidence on Monday.",
            &["The officer (he had served in Aktobe for 6 years.) gave evidence on Monday."],
        ),
        ("e-mail address", "Write to Aigul.Serikova@example.kz. She answers quickly.", &["Write to Aigul.Serikova@example.kz.", "She answers quickly."]),
        (
            "web address",
            "The decree is at https://www.example.gov.kz/docs/decree_12.html. Read it first.",
            &["The decree is at https://www.example.gov.kz/docs/decree_12.html.", "Read it first."],
        ),
        ("single quotes inside a sentence", "He looked at the crowd, 'This is over.' he said.", &["He looked at the crowd, 'This is over.' he said."]),
        ("double quotes inside a sentence", "He looked at the crowd, \"This is over.\" he said.", &["He looked at the crowd, \"This is over.\" he said."]),
        (
            "double quotes at the end",
            "He looked at the crowd, \"This is over.\" Then he walked away.",
            &["He looked at the crowd, \"This is over.\"", "Then he walked away."],
        ),
        ("double exclamation points", "Run!! The roof is falling.", &["Run!!", "The roof is falling."]),
        ("double question marks", "Who shot first?? Nobody knows.", &["Who shot first??", "Nobody knows."]),
        ("exclamation and question", "Gone!? Check the yard.", &["Gone!?", "Check the yard."]),
        ("question and exclamation", "Gone?! Check the yard.", &["Gone?!", "Check the yard."]),
        ("list: period and parenthesis, no end mark", "1.) Free the detainees 2.) Lift the curfew", &["1.) Free the detainees", "2.) Lift the curfew"]),
        ("list: period and parenthesis, end marks", "1.) Free the detainees. 2.) Lift the curfew.", &["1.) Free the detainees.", "2.) Lift the curfew."]),
        ("list: parenthesis, no end mark", "1) Free the detainees 2) Lift the curfew", &["1) Free the detainees", "2) Lift the curfew"]),
        ("list: parenthesis, end marks", "1) Free the detainees. 2) Lift the curfew.", &["1) Free the detainees.", "2) Lift the curfew."]),
        ("list: period, no end mark", "1. Free the detainees 2. Lift the curfew", &["1. Free the detainees", "2. Lift the curfew"]),
        ("list: period, end marks", "1. Free the detainees. 2. Lift the curfew.", &["1. Free the detainees.", "2. Lift the curfew."]),
        ("list with bullets", "• 7. Free the detainees • 8. Lift the curfew", &["• 7. Free the detainees", "• 8. Lift the curfew"]),
        ("list with hyphen bullets", "⁃7. Free the detainees ⁃8. Lift the curfew", &["⁃7. Free the detainees", "⁃8. Lift the curfew"]),
        (
            "alphabetical list",
            "a. Free the detainees b. Lift the curfew c. Restore the internet",
            &["a. Free the detainees", "b. Lift the curfew", "c. Restore the internet"],
        ),
        ("geo-coordinates", "The depot lies at N°. 43.2567.7689. Nobody guards it.", &["The depot lies at N°. 43.2567.7689.", "Nobody guards it."]),
        ("name with an exclamation point", "He sold the story to Yahoo! in the spring.", &["He sold the story to Yahoo! in the spring."]),
        (
            "I as a boundary and as an initial",
            "The last ones out were you and I. Have you met Erlan I. Sadykov?",
            &["The last ones out were you and I.", "Have you met Erlan I. Sadykov?"],
        ),
        (
            "ellipsis at the end of a quotation",
            "The judge wrote that by delaying the case, “the court would only deepen the harm. . . .”",
            &["The judge wrote that by delaying the case, “the court would only deepen the harm. . . .”"],
        ),
        (
            "ellipsis in square brackets",
            "\"The accused [...] left the city before dawn [...]\" (Report, 12).",
            &["\"The accused [...] left the city before dawn [...]\" (Report, 12)."],
        ),
        (
            "spaced ellipsis as a boundary",
            "Where a quotation stops at the end of a sentence, the omission is shown by spaced dots and then a full stop . . . . The next sentence starts here.",
            &[
                "Where a quotation stops at the end of a sentence, the omission is shown by spaced dots and then a full stop . . . .",
                "The next sentence starts here.",
            ],
        ),
        ("four-dot ellipsis as a boundary", "I never said that.... They left the hall.", &["I never said that....", "They left the hall."]),
        (
            "ellipses inside a sentence",
            "I was not quite ... well, what I mean...look . . . what I am saying is . . . I did not agree.",
            &["I was not quite ... well, what I mean...look . . . what I am saying is . . . I did not agree."],
        ),
        (
            "trailing spaced ellipsis",
            "One custom that weakened in the cities . . . was the long greeting of elders. . . .",
            &["One custom that weakened in the cities . . . was the long greeting of elders. . . ."],
        ),
    ];

    #[test]
    fn every_category_passes() {
        assert_eq!(CASES.len(), 48);
        let mut failed = Vec::new();
        for (name, text, want) in CASES {
            let got = sentences(text);
            if got != *want {
                failed.push(format!("{name}: {got:?}"));
            }
        }
        assert!(failed.is_empty(), "{} of 48 fail:\n{}", failed.len(), failed.join("\n"));
    }
}

#[test]
fn opening_marks_stripped_from_tokens() {
    for s in ["word", "“Word", "«Слово", "(12", "\"'x", "", "9", "[...]", "¿Qué"] {
        assert_eq!(strip_opener_marks(s), s.trim_start_matches(is_opener_mark), "{s:?}");
    }
}
