"""The Russian half of the benchmark corpus: news-like reports of incidents in
Kazakhstan (attacks, unrest, detentions, fires, explosions, road accidents,
brawls) written from this file's own templates and vocabularies.

What the tools have to read in it: headlines, bylines (`Автор: …`), date lines
(`5 июня 2021, 10:15`, `Опубликовано: …`, `17 мая 2024 г.`, `05.06.2021 10:15`)
and wire datelines (`АЛМАТЫ. 5 июня. КАЗИНФОРМ –`); place names declined
(в Шымкенте, под Карагандой, Актюбинской области) and indeclinable (в
Алматы); people with initials (А. Сейтов, Н.А. Омарова) and in the genitive
(по словам Е. Жаксыбекова); abbreviations (ул., мкр., им., т.е., в т.ч., ч. 2
ст. 293 УК, млн, тыс., км); casualty figures in digits, in cardinals of
every case, in collective numerals and as vague amounts, with qualifiers
(не менее 30 пострадавших, более 100 участников, по меньшей мере пять
человек), elided nouns, subtotals (из них, в том числе) and superseded tolls
(ранее сообщалось о…); dates in words (5 июня 2021 года, пятого июня, в ночь
на 6 июня, в минувшую субботу, накануне Курбан айта); counts of people that
are no claim (population, firefighters' units); quotes in «…»; site
boilerplate at the end. About one article in ten is republished by another
outlet with small edits (done by gen_corpus.py).

Each body sentence is a `Sent`: a str that also knows how many casualty
figures it was written with (`claims`), so the report can set what kz-numbers
found against what the generator put there (a rough check, not a gold file).
"""


class Sent(str):
    """A sentence, with the number of casualty figures written into it."""

    claims = 0

    def __new__(cls, text, claims=0):
        s = super().__new__(cls, text)
        s.claims = claims
        return s


def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def cap(s):
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------
# Vocabularies (written for this project).

# Cities: nominative, genitive, prepositional, instrumental; the region
# (adjective stem, see region()) they belong to.
CITIES = [
    ("Алматы", "Алматы", "Алматы", "Алматы", "Алматинск"),
    ("Астана", "Астаны", "Астане", "Астаной", "Акмолинск"),
    ("Шымкент", "Шымкента", "Шымкенте", "Шымкентом", "Туркестанск"),
    ("Караганда", "Караганды", "Караганде", "Карагандой", "Карагандинск"),
    ("Актобе", "Актобе", "Актобе", "Актобе", "Актюбинск"),
    ("Жанаозен", "Жанаозена", "Жанаозене", "Жанаозеном", "Мангистауск"),
    ("Тараз", "Тараза", "Таразе", "Таразом", "Жамбылск"),
    ("Уральск", "Уральска", "Уральске", "Уральском", "Западно-Казахстанск"),
    ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Усть-Каменогорском",
     "Восточно-Казахстанск"),
    ("Семей", "Семея", "Семее", "Семеем", "Абайск"),
    ("Атырау", "Атырау", "Атырау", "Атырау", "Атырауск"),
    ("Актау", "Актау", "Актау", "Актау", "Мангистауск"),
    ("Кызылорда", "Кызылорды", "Кызылорде", "Кызылордой", "Кызылординск"),
    ("Павлодар", "Павлодара", "Павлодаре", "Павлодаром", "Павлодарск"),
    ("Костанай", "Костаная", "Костанае", "Костанаем", "Костанайск"),
    ("Петропавловск", "Петропавловска", "Петропавловске", "Петропавловском",
     "Северо-Казахстанск"),
    ("Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Талдыкорганом", "Жетысуск"),
    ("Туркестан", "Туркестана", "Туркестане", "Туркестаном", "Туркестанск"),
    ("Темиртау", "Темиртау", "Темиртау", "Темиртау", "Карагандинск"),
    ("Жезказган", "Жезказгана", "Жезказгане", "Жезказганом", "Улытауск"),
    ("Экибастуз", "Экибастуза", "Экибастузе", "Экибастузом", "Павлодарск"),
    ("Каскелен", "Каскелена", "Каскелене", "Каскеленом", "Алматинск"),
    ("Талгар", "Талгара", "Талгаре", "Талгаром", "Алматинск"),
    ("Кентау", "Кентау", "Кентау", "Кентау", "Туркестанск"),
    ("Жаркент", "Жаркента", "Жаркенте", "Жаркентом", "Жетысуск"),
    ("Аксай", "Аксая", "Аксае", "Аксаем", "Западно-Казахстанск"),
]
NOM, GEN, PREP, INSTR = 0, 1, 2, 3

# Endings of a feminine adjective: nominative, then the oblique cases.
REGION_NOM, REGION_OBL = "ая область", "ой области"

# Abroad: nominative, prepositional.
ABROAD = [
    ("Бишкек", "Бишкеке"), ("Ташкент", "Ташкенте"), ("Душанбе", "Душанбе"),
    ("Москва", "Москве"), ("Ош", "Оше"), ("Самарканд", "Самарканде"), ("Баку", "Баку"),
    ("Новосибирск", "Новосибирске"), ("Оренбург", "Оренбурге"), ("Урумчи", "Урумчи"),
]
# Countries: genitive, instrumental (с Кыргызстаном).
COUNTRIES = [
    ("Кыргызстана", "Кыргызстаном"), ("Узбекистана", "Узбекистаном"),
    ("Таджикистана", "Таджикистаном"), ("России", "Россией"), ("Китая", "Китаем"),
    ("Туркменистана", "Туркменистаном"), ("Афганистана", "Афганистаном"),
]
ROADS = [
    "Алматы — Бишкек", "Шымкент — Ташкент", "Астана — Караганда", "Актобе — Уральск",
    "Атырау — Астрахань", "Талдыкорган — Усть-Каменогорск", "Кызылорда — Шымкент",
    "Павлодар — Семей", "Алматы — Капшагай", "Тараз — Шымкент",
]
STREETS = [
    "ул. Абая", "пр. Республики", "ул. Толе би", "пр. Назарбаева", "ул. Сейфуллина",
    "ул. Байтурсынова", "мкр. Самал-2", "мкр. Жетысу-3", "ул. Гагарина", "пр. Абылай хана",
    "мкр. Восток", "ул. Желтоксан", "мкр. 12", "ул. Пушкина",
]

FIRST_M = [
    "Нурлан", "Ерлан", "Аскар", "Данияр", "Марат", "Серик", "Болат", "Арман", "Тимур",
    "Канат", "Руслан", "Айдос", "Берик", "Даурен", "Игорь", "Сергей", "Виктор", "Алексей",
    "Дмитрий", "Галым", "Азамат", "Медет", "Олжас", "Ерболат", "Ержан",
]
FIRST_F = [
    "Айгерим", "Дана", "Гульнара", "Сауле", "Алия", "Жанар", "Мадина", "Асель", "Елена",
    "Татьяна", "Динара", "Камила", "Ботагоз", "Айнур", "Наталья",
]
# Masculine surnames; feminine and genitive forms are made by surname().
LAST = [
    "Абенов", "Жаксыбеков", "Султанбеков", "Нурпеисов", "Ахметов", "Тулегенов", "Касымов",
    "Бектуров", "Омаров", "Искаков", "Баймухамедов", "Сейткали", "Каримов", "Иванов",
    "Смагулов", "Есенов", "Мухаметжанов", "Жумабаев", "Кенжебеков", "Утегенов", "Алиев",
    "Рахимов", "Сейтов", "Кудайбергенов", "Оспанов", "Ермеков", "Шарипов", "Ильин",
    "Сорокин", "Ким", "Тлеубердиев", "Байжанов",
]
PATRONYMIC_INITIALS = "АБГДЕЖКМНОРСТ"

# Roles, nominative and genitive ({region} in the genitive, {city} likewise).
ROLES = [
    ("официальный представитель департамента полиции {region}",
     "официального представителя департамента полиции {region}"),
    ("начальник полиции {city}", "начальника полиции {city}"),
    ("заместитель акима {city}", "заместителя акима {city}"),
    ("старший следователь", "старшего следователя"),
    ("прокурор {region}", "прокурора {region}"),
    ("адвокат задержанных", "адвоката задержанных"),
    ("местный правозащитник", "местного правозащитника"),
    ("главный врач городской больницы", "главного врача городской больницы"),
    ("очевидец происшествия", "очевидца происшествия"),
    ("председатель профсоюза", "председателя профсоюза"),
    ("эксперт по безопасности в Центральной Азии", "эксперта по безопасности в Центральной Азии"),
    ("начальник департамента по ЧС {region}", "начальника департамента по ЧС {region}"),
]
RANKS = ["полковник полиции", "подполковник", "генерал-майор", "майор полиции", "капитан"]

# Organisations: nominative, genitive, prepositional.
ORGS = [
    ("МВД", "МВД", "МВД"),
    ("Министерство внутренних дел", "Министерства внутренних дел", "Министерстве внутренних дел"),
    ("КНБ", "КНБ", "КНБ"),
    ("Комитет национальной безопасности", "Комитета национальной безопасности",
     "Комитете национальной безопасности"),
    ("Генеральная прокуратура", "Генеральной прокуратуры", "Генеральной прокуратуре"),
    ("МЧС", "МЧС", "МЧС"),
    ("Министерство по чрезвычайным ситуациям", "Министерства по чрезвычайным ситуациям",
     "Министерстве по чрезвычайным ситуациям"),
    ("Министерство здравоохранения", "Министерства здравоохранения",
     "Министерстве здравоохранения"),
    ("пресс-служба акимата", "пресс-службы акимата", "пресс-службе акимата"),
    ("Пограничная служба КНБ", "Пограничной службы КНБ", "Пограничной службе КНБ"),
    ("Казахстанское бюро по правам человека", "Казахстанского бюро по правам человека",
     "Казахстанском бюро по правам человека"),
]

# Outlets (invented) and wire agencies (as the dateline writes them).
OUTLETS = [
    "Степной вестник", "Орда-Обзор", "Каспийская лента", "Голос Приаралья",
    "Жетысу-онлайн", "Вестник Сарыарки", "Южный курьер", "Экспресс-Центр Азия",
    "Алматинский обозреватель", "Новости Прииртышья", "Западный регион",
]
AGENCIES = ["КАЗИНФОРМ", "КазТАГ", "ИНТЕРФАКС-КАЗАХСТАН", "Kazinform", "Sputnik Казахстан"]
DOMAINS = [
    "stepnoy-vestnik.example", "orda-obzor.example", "kaspiy-lenta.example",
    "golos-priaralya.example", "zhetysu-online.example", "yuzhny-kurier.example",
]

MONTHS_GEN = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
]
# Weekdays: accusative after в/во, and the gender of "минувший".
WEEKDAYS = [
    ("в понедельник", "в минувший понедельник"), ("во вторник", "в минувший вторник"),
    ("в среду", "в минувшую среду"), ("в четверг", "в минувший четверг"),
    ("в пятницу", "в минувшую пятницу"), ("в субботу", "в минувшую субботу"),
    ("в воскресенье", "в минувшее воскресенье"),
]
HOLIDAYS = [
    "накануне Курбан айта", "в Наурыз", "в День независимости", "в канун Нового года",
    "накануне Дня Победы", "в праздник Ораза айт", "в первый день Наурыза",
]
ORD_GEN = [
    None, "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого",
    "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
    "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
    "девятнадцатого", "двадцатого",
]

# Cardinals, nominative and genitive; tens for compounds.
CARD_NOM = [
    "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
    "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
    "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
]
CARD_GEN = [
    "ноля", "одного", "двух", "трех", "четырех", "пяти", "шести", "семи", "восьми",
    "девяти", "десяти", "одиннадцати", "двенадцати", "тринадцати", "четырнадцати",
    "пятнадцати", "шестнадцати", "семнадцати", "восемнадцати", "девятнадцати",
]
TENS_NOM = {20: "двадцать", 30: "тридцать", 40: "сорок", 50: "пятьдесят"}
TENS_GEN = {20: "двадцати", 30: "тридцати", 40: "сорока", 50: "пятидесяти"}
COLLECTIVE = {2: "двое", 3: "трое", 4: "четверо", 5: "пятеро", 6: "шестеро", 7: "семеро"}
# Qualifiers after which a number takes the genitive, and those after which
# it keeps the case it had.
QUAL_GEN = ["не менее", "более", "свыше", "около", "порядка", "не меньше"]
QUAL_NOM = ["по меньшей мере", "как минимум", "почти", "примерно", "по предварительным данным,"]

# Nouns of people: one, few (2-4), many (5+, and after a genitive qualifier);
# the class of people, for the who of a claim.
PEOPLE = {
    "человек": ("человек", "человека", "человек"),
    "полицейский": ("полицейский", "полицейских", "полицейских"),
    "сотрудник полиции": ("сотрудник полиции", "сотрудника полиции", "сотрудников полиции"),
    "военнослужащий": ("военнослужащий", "военнослужащих", "военнослужащих"),
    "мирный житель": ("мирный житель", "мирных жителя", "мирных жителей"),
    "участник": ("участник", "участника", "участников"),
    "митингующий": ("митингующий", "митингующих", "митингующих"),
    "нападавший": ("нападавший", "нападавших", "нападавших"),
    "подозреваемый": ("подозреваемый", "подозреваемых", "подозреваемых"),
    "ребенок": ("ребенок", "ребенка", "детей"),
    "пассажир": ("пассажир", "пассажира", "пассажиров"),
    "рабочий": ("рабочий", "рабочих", "рабочих"),
    "пограничник": ("пограничник", "пограничника", "пограничников"),
    "пострадавший": ("пострадавший", "пострадавших", "пострадавших"),
    "жилец": ("жилец", "жильца", "жильцов"),
    "спасатель": ("спасатель", "спасателя", "спасателей"),
}
# Verbs of a fate: singular (masculine), plural.
KILLED = [("погиб", "погибли"), ("скончался", "скончались"), ("погиб на месте", "погибли на месте")]
INJURED = [
    ("пострадал", "пострадали"), ("получил ранения", "получили ранения"),
    ("госпитализирован", "госпитализированы"), ("ранен", "ранены"),
    ("доставлен в больницу", "доставлены в больницу"), ("получил травмы", "получили травмы"),
]
DETAINED = [("задержан", "задержаны"), ("арестован", "арестованы"),
            ("доставлен в отдел полиции", "доставлены в отдел полиции")]

# Incident kinds: (headline noun, genitive, "при/в ходе" phrase), with
# {site} filled by the kind's own places.
KINDS = {
    "attack": {
        "nom": "Нападение на {site}", "gen": "нападения на {site}", "during": "при нападении на {site}",
        "sites": ["пост дорожной полиции", "отдел полиции", "оружейный магазин", "воинскую часть",
                  "здание акимата", "пункт пропуска на границе", "инкассаторскую машину",
                  "следственный изолятор"],
        "victims": ["полицейский", "сотрудник полиции", "военнослужащий", "мирный житель",
                    "человек", "пограничник"],
        "actors": "нападавший",
    },
    "fire": {
        "nom": "Пожар в {site}", "gen": "пожара в {site}", "during": "при пожаре в {site}",
        "sites": ["жилом доме", "торговом центре", "общежитии колледжа", "складе на окраине города",
                  "здании бывшего завода", "пятиэтажном доме", "частной клинике"],
        "victims": ["человек", "жилец", "ребенок"],
        "actors": None,
    },
    "blast": {
        "nom": "Взрыв газа в {site}", "gen": "взрыва газа в {site}",
        "during": "при взрыве бытового газа в {site}",
        "sites": ["жилом доме", "кафе", "частном доме", "котельной", "многоэтажке"],
        "victims": ["человек", "жилец", "ребенок"],
        "actors": None,
    },
    "road": {
        "nom": "ДТП на трассе {road}", "gen": "ДТП на трассе {road}", "during": "в ДТП на трассе {road}",
        "sites": [""],
        "victims": ["человек", "пассажир", "ребенок"],
        "actors": None,
    },
    "unrest": {
        "nom": "Беспорядки в {place}", "gen": "беспорядков в {place}",
        "during": "в ходе массовых беспорядков в {place}",
        "sites": [""],
        "victims": ["полицейский", "митингующий", "человек", "мирный житель", "сотрудник полиции"],
        "actors": "митингующий",
    },
    "rally": {
        "nom": "Несанкционированный митинг в {place}", "gen": "несанкционированного митинга в {place}",
        "during": "во время несанкционированного митинга в {place}",
        "sites": [""],
        "victims": ["участник", "митингующий", "человек"],
        "actors": "участник",
    },
    "brawl": {
        "nom": "Массовая драка у {site}", "gen": "массовой драки у {site}",
        "during": "в ходе массовой драки у {site}",
        "sites": ["кафе", "ночного клуба", "торгового центра", "общежития", "рынка",
                  "нефтяного месторождения"],
        "victims": ["человек", "рабочий", "участник"],
        "actors": "участник",
    },
}
KIND_NAMES = sorted(KINDS)

QUOTES = [
    "Ситуация под контролем",
    "Все задержанные дают показания, устанавливаются и другие участники",
    "Виновные понесут ответственность по всей строгости закона",
    "Мы не ожидали, что полиция применит силу против мирных людей",
    "Следствие рассматривает все версии произошедшего",
    "Угрозы для жителей города нет",
    "Люди вышли на площадь, потому что их никто не слышит",
    "Нападавшие были вооружены охотничьими ружьями и ножами",
    "Мы призываем власти освободить всех, кого задержали за мирный протест",
    "Пожарные прибыли через семь минут после вызова",
    "Из акимата к нам так никто и не вышел",
    "Сына забрали ночью и ничего не объяснили",
]
QUESTIONS = [
    "Кто ответит за гибель людей?",
    "Почему полиция приехала так поздно?",
    "Где были спасатели все это время?",
    "Сколько еще мы будем ждать ответа?!",
]
CRIMES = [
    ("293", "хулиганство"), ("272", "массовые беспорядки"), ("255", "терроризм"),
    ("345", "нарушение правил дорожного движения"), ("99", "убийство"),
    ("106", "умышленное причинение тяжкого вреда здоровью"), ("204", "уничтожение имущества"),
]
BOILERPLATE = [
    "Подписывайтесь на наш Telegram-канал",
    "Поделиться",
    "Если вы нашли ошибку в тексте, выделите её и нажмите Ctrl+Enter",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
    "При копировании материалов ссылка на источник обязательна.",
    "Подписывайтесь на наш канал в WhatsApp",
]


def plural(n, forms):
    """The form of a noun after the number n: one, few or many."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def verb(n, forms):
    """A verb agreeing with a subject of n people."""
    return forms[0] if n % 10 == 1 and n % 100 != 11 else forms[1]


def words_nom(n):
    if n < 20:
        return CARD_NOM[n]
    t, u = n - n % 10, n % 10
    return TENS_NOM[t] + (" " + CARD_NOM[u] if u else "")


def words_gen(n):
    if n < 20:
        return CARD_GEN[n]
    t, u = n - n % 10, n % 10
    return TENS_GEN[t] + (" " + CARD_GEN[u] if u else "")


def digits(n):
    """Digits, thousands set apart by a space as the Russian press does."""
    return f"{n:,}".replace(",", " ")


def region(stem, case):
    return stem + (REGION_NOM if case == NOM else REGION_OBL)


class RuWriter:
    """Builds one Russian article: the same shape as gen_corpus.Writer's."""

    def __init__(self, rng):
        self.rng = rng

    # ---- small parts

    def n(self, hi=40, lo=2, big=True):
        """A count from lo to hi; now and then (big) a few hundred or more."""
        r = self.rng
        v = lo + int(r.random() * (hi - lo + 1))
        if big and r.random() < 0.05:
            v = int(r.random() * 1500) + 100
        return v

    def nom(self, v):
        """A number in the nominative: words up to 59 (often), digits above."""
        if v < 60 and self.rng.random() < (0.65 if v <= 20 else 0.2):
            return words_nom(v)
        return digits(v)

    def people(self, v, noun, qual=True):
        """`[qualifier] number noun`, agreeing: "не менее 30 пострадавших",
        "по меньшей мере пять человек", "двух полицейских"."""
        r = self.rng
        forms = PEOPLE[noun]
        k = r.random() if qual else 1.0
        if k < 0.3:
            q = pick(r, QUAL_GEN)
            num = words_gen(v) if v < 60 and r.random() < 0.3 else digits(v)
            return f"{q} {num} {forms[2]}"
        if k < 0.45:
            return f"{pick(r, QUAL_NOM)} {self.nom(v)} {plural(v, forms)}"
        return f"{self.nom(v)} {plural(v, forms)}"

    def vague(self, noun):
        r = self.rng
        forms = PEOPLE[noun]
        return f"{pick(r, ['десятки', 'сотни', 'несколько десятков', 'несколько сотен', 'несколько'])} {forms[2]}"

    def person(self):
        """(nominative, genitive, feminine) of a person: initials or a full name."""
        r = self.rng
        fem = r.random() < 0.3
        first = pick(r, FIRST_F if fem else FIRST_M)
        last = pick(r, LAST)
        nom, gen = surname(last, fem)
        k = r.random()
        if k < 0.45:
            lead = first[0] + "."
        elif k < 0.7:
            sep = "" if r.random() < 0.6 else " "
            lead = first[0] + "." + sep + pick(r, PATRONYMIC_INITIALS) + "."
        else:
            lead = first
        gen_lead = lead if lead.endswith(".") else first_gen(first, fem)
        return f"{lead} {nom}", f"{gen_lead} {gen}", fem

    def org(self, case):
        return pick(self.rng, ORGS)[case]

    def police(self, rg, case):
        """The police department of a region, in a case."""
        dep = {NOM: "департамент", GEN: "департамента", PREP: "департаменте"}[case]
        short = {NOM: "ДП", GEN: "ДП", PREP: "ДП"}[case]
        word = dep if self.rng.random() < 0.7 else short
        return f"{word} полиции {region(rg, GEN)}" if word == dep else f"{short} {region(rg, GEN)}"

    def source_said(self, city, rg):
        """", сообщили в …" and its kin, ending a sentence."""
        r = self.rng
        k = r.random()
        if k < 0.35:
            return f", сообщили в {self.police(rg, PREP)}"
        if k < 0.55:
            return f", сообщает пресс-служба {pick(r, ['МВД', 'МЧС', 'акимата ' + city[GEN], 'ДЧС ' + region(rg, GEN)])}"
        if k < 0.75:
            return f", сообщили в {self.org(PREP)}"
        if k < 0.9:
            return f", передает {pick(r, OUTLETS)}"
        return ""

    def date(self, year, month, day):
        """A date phrase as the Russian press writes it; mostly in words."""
        r = self.rng
        m = MONTHS_GEN[month - 1]
        k = r.random()
        if k < 0.16:
            return f"{day} {m}"
        if k < 0.26:
            return f"{day} {m} {year} года"
        if k < 0.33:
            return f"в ночь на {day} {m}"
        if k < 0.37:
            return f"в ночь с {max(1, day - 1)} на {day} {m}" if day > 1 else f"в ночь на {day} {m}"
        if k < 0.47:
            return pick(r, WEEKDAYS)[0 if r.random() < 0.6 else 1]
        if k < 0.53:
            return f"{pick(r, WEEKDAYS)[0]} {pick(r, ['утром', 'вечером', 'около полудня', 'ночью'])}"
        if k < 0.62:
            return pick(r, ["вчера", "сегодня", "накануне", "на следующий день", "в тот же день",
                            "на прошлой неделе", "вчера вечером", "сегодня утром"])
        if k < 0.68:
            return f"{pick(r, ['утром', 'вечером', 'днем'])} {day} {m}"
        if k < 0.73:
            return f"в {pick(r, ['начале', 'середине', 'конце'])} {m}"
        if k < 0.78:
            return f"{day:02d}.{month:02d}.{year}"
        if k < 0.83:
            return f"около {int(r.random() * 11) + 1} часов {pick(r, ['утра', 'вечера'])}"
        if k < 0.87:
            return f"в {int(r.random() * 24):02d}:{int(r.random() * 6) * 10:02d}"
        if k < 0.92 and day <= 20:
            return f"{ORD_GEN[day]} {m}"
        if k < 0.95:
            return f"{day}-го {m}"
        return pick(r, HOLIDAYS)

    # ---- sentences

    def casualty(self, ctx, when):
        """A sentence with casualty figures; returns a Sent with their count."""
        r = self.rng
        kind = KINDS[ctx["kind"]]
        city, rg = ctx["city"], ctx["region"]
        during = ctx["during"]
        victim = pick(r, kind["victims"])
        said = self.source_said(city, rg)
        k = r.random()
        if k < 0.14:
            a, b = self.n(20), self.n(40)
            kv = pick(r, KILLED)
            return Sent(f"{cap(during)} {when} {verb(a, kv)} {self.people(a, victim)}, еще "
                        f"{self.nom(b)} {verb(b, pick(r, INJURED))}{said}.", 2)
        if k < 0.26:
            a, b = self.n(15), self.n(50)
            return Sent(f"{cap(self.people(a, victim))} {verb(a, pick(r, KILLED))} и "
                        f"{self.people(b, 'человек')} {verb(b, pick(r, INJURED))} {during} "
                        f"{when}{said}.", 2)
        if k < 0.36:
            if kind["actors"]:
                a = self.n(300, 10)
                return Sent(f"{cap(when)} {verb(a, pick(r, DETAINED))} {self.people(a, 'участник')} "
                            f"{ctx['gen_phrase']}{said}.", 1)
            a = self.n(90, 5)
            return Sent(f"{cap(verb(a, ('эвакуирован', 'эвакуированы')))} {self.people(a, 'жилец')} "
                        f"{pick(r, ['соседних домов', 'дома', 'подъезда'])}{said}.", 1)
        if k < 0.46:
            a = self.n(30, 3)
            sub = max(1, a // 3)
            sub_txt = COLLECTIVE.get(sub) if r.random() < 0.5 and sub in COLLECTIVE else self.nom(sub)
            state = pick(r, ["в тяжелом состоянии", "в реанимации", "с огнестрельными ранениями",
                             "с ожогами"])
            return Sent(f"По данным {self.org(GEN)}, {during} {when} {verb(a, pick(r, INJURED))} "
                        f"{self.people(a, victim)}, {sub_txt} из них — {state}.", 2)
        if k < 0.54:
            a = self.n(30, 4)
            b = max(1, a // 2)
            return Sent(f"Число погибших возросло до {digits(a) if r.random() < 0.7 or a >= 60 else words_gen(a)}, "
                        f"ранее сообщалось о {words_gen(b) if b < 60 else digits(b)} погибших.", 2)
        if k < 0.6:
            return Sent(pick(r, ["Никто не пострадал", "Жертв нет", "Пострадавших нет"])
                        + (f", сообщили в {self.org(PREP)}." if r.random() < 0.5 else "."), 1)
        if k < 0.67:
            a = self.n(6, 2, big=False)
            return Sent(f"Среди погибших — {COLLECTIVE.get(a, self.nom(a))} "
                        f"{PEOPLE[pick(r, ['полицейский', 'ребенок', 'нападавший'])][2]} и "
                        f"{pick(r, ['водитель автобуса', 'охранник', 'продавец магазина', 'таксист'])}.",
                        1)
        if k < 0.74:
            a = self.n(40, 5)
            sub = max(1, a // 4)
            return Sent(f"{cap(verb(a, pick(r, INJURED)))} {self.people(a, victim, qual=False)}, "
                        f"в том числе {self.nom(sub)} {plural(sub, PEOPLE['ребенок'])}.", 2)
        if k < 0.8:
            a = self.n(8, 2, big=False)
            b = self.n(12, 1)
            actors = PEOPLE[kind["actors"] or "нападавший"][2]
            return Sent(f"{cap(COLLECTIVE.get(a, self.nom(a)))} {actors} "
                        f"{pick(r, ['ликвидированы', 'убиты в перестрелке', 'задержаны на месте'])}, "
                        f"{self.people(b, 'сотрудник полиции', qual=False)} "
                        f"{verb(b, pick(r, INJURED))}.", 2)
        if k < 0.86:
            if kind["actors"]:
                return Sent(f"{cap(self.vague(kind['actors']))} "
                            f"{pick(r, ['были задержаны', 'задержаны', 'доставлены в отделы полиции'])} "
                            f"после {ctx['gen_phrase']} {when}.", 1)
            return Sent(f"{cap(self.vague('человек'))} "
                        f"{pick(r, ['обратились за медицинской помощью', 'доставлены в больницы города'])} "
                        f"после {ctx['gen_phrase']} {when}.", 1)
        if k < 0.92:
            if kind["actors"]:
                a = self.n(200, 20)
                return Sent(f"{cap(when)} на площадь у акимата вышли {self.people(a, 'человек')}, "
                            f"{pick(r, ['требовавших снизить цены на газ', 'недовольных увольнениями', 'требовавших отставки акима'])}.",
                            1)
            a = self.n(60, 8)
            return Sent(f"К месту происшествия прибыли {digits(a)} {plural(a, PEOPLE['спасатель'])} и "
                        f"{digits(a // 2 + 1)} {plural(a // 2 + 1, ('единица', 'единицы', 'единиц'))} техники.")
        a = self.n(120, 10)
        b = max(1, a // 5)
        return Sent(f"Из здания эвакуированы {digits(a)} {plural(a, PEOPLE['человек'])}, в т.ч. "
                    f"{digits(b)} {plural(b, PEOPLE['ребенок'])}.", 2)

    def quote(self, ctx):
        r = self.rng
        nom, gen, fem = self.person()
        role_nom, role_gen = pick(r, ROLES)
        fill = {"region": region(ctx["region"], GEN), "city": ctx["city"][GEN]}
        role_nom, role_gen = role_nom.format(**fill), role_gen.format(**fill)
        q = pick(r, QUOTES)
        a = "а" if fem else ""
        k = r.random()
        if k < 0.35:
            return Sent(f"«{q}», — сказал{a} {role_nom} {nom}.")
        if k < 0.55:
            return Sent(f"«{q}», — заявил{a} журналистам {pick(r, RANKS)} {nom}.")
        if k < 0.75:
            return Sent(f"По словам {role_gen} {gen}, {q[0].lower() + q[1:]}.")
        if k < 0.85:
            return Sent(f"«{pick(r, QUESTIONS)}» — спросил{a} {nom}, {role_nom}.")
        return Sent(f"{cap(role_nom)} {nom} сообщил{a}, что встреча "
                    f"{pick(r, ['с семьями погибших', 'с жителями', 'с представителями профсоюза', 'со старейшинами'])} "
                    f"пройдет {pick(r, ['на следующей неделе', 'в понедельник', 'в начале ' + pick(r, MONTHS_GEN)])}.")

    def background(self, ctx, year):
        r = self.rng
        city = ctx["city"]
        other = pick(r, CITIES)
        country = pick(r, COUNTRIES)
        n, art = pick(r, CRIMES)
        k = r.random()
        if k < 0.12:
            return Sent(f"В {city[PREP]} проживают около {int(r.random() * 900) + 100} тыс. человек.")
        if k < 0.22:
            return Sent(f"Город находится примерно в {int(r.random() * 300) + 5} км от границы с "
                        f"{country[1]}.")
        if k < 0.32:
            return Sent(f"Ущерб оценивается в {int(r.random() * 9) + 1},{int(r.random() * 10)} млн тенге.")
        if k < 0.42:
            return Sent(f"Возбуждено уголовное дело по ч. {int(r.random() * 3) + 1} ст. {n} УК РК ({art}).")
        if k < 0.5:
            return Sent(f"Ранее, в {year - int(r.random() * 10) - 1} году, подобный случай произошел "
                        f"в {other[PREP]}.")
        if k < 0.58:
            return Sent(f"Средняя зарплата в регионе составляет около {digits((int(r.random() * 300) + 90) * 1000)} "
                        f"тенге, т.е. примерно ${int(r.random() * 600) + 200}.")
        if k < 0.66:
            return Sent(f"На место выезжали {int(r.random() * 20) + 3} единиц техники и "
                        f"{int(r.random() * 80) + 20} спасателей.")
        if k < 0.72:
            return Sent(f"Пострадавших доставили в областную больницу им. {pick(r, FIRST_M)[0]}. "
                        f"{surname(pick(r, LAST), False)[1]}.")
        if k < 0.78:
            return Sent(f"В отношении задержанных избрана мера пресечения в виде ареста сроком на "
                        f"{int(r.random() * 50) + 10} суток.")
        if k < 0.84:
            return Sent(f"Событие произошло на {pick(r, STREETS)}, около "
                        f"{int(r.random() * 24):02d}:{int(r.random() * 60):02d}.")
        if k < 0.9:
            return Sent(f"{pick(r, ['29', '34', '41', '52', '19'])}-летний водитель грузовика "
                        f"{pick(r, ['задержан', 'скрылся с места происшествия', 'не справился с управлением'])}.")
        if k < 0.95:
            return Sent(f"Причины {ctx['gen_phrase']} устанавливаются.")
        return Sent(f"Ранее в этом году в {region(ctx['region'], GEN)} произошли еще два "
                    f"подобных случая.")

    def abroad(self, when):
        r = self.rng
        place = pick(r, ABROAD)
        a = self.n(30, 2)
        return Sent(f"В {place[1]} {when} {verb(a, pick(r, DETAINED))} {self.people(a, 'человек')} — "
                    f"граждане {pick(r, COUNTRIES)[0]}, подозреваемые в причастности к {pick(r, ['нападению', 'поджогу', 'беспорядкам'])}.",
                    1)

    def investigation(self, ctx, when):
        r = self.rng
        return Sent(f"В {self.org(PREP)} {when} сообщили, что расследование {ctx['gen_phrase']} "
                    f"завершат к {pick(r, ['середине', 'концу'])} {pick(r, MONTHS_GEN)}.")

    # ---- the article

    def headline(self, ctx):
        r = self.rng
        city = ctx["city"]
        a = self.n(30)
        k = r.random()
        if k < 0.2:
            return f"{cap(ctx['nom_phrase'])}: {verb(a, KILLED[0])} {self.nom(a)} {plural(a, PEOPLE['человек'])}"
        if k < 0.4:
            b = self.n(150, 10)
            actor = ctx["actors"] or "человек"
            return f"В {city[PREP]} {verb(b, DETAINED[0])} {digits(b)} {plural(b, PEOPLE[actor])}"
        if k < 0.55:
            return f"{cap(ctx['nom_phrase'])} под {city[INSTR]}: {digits(a)} {plural(a, PEOPLE['пострадавший'])}"
        if k < 0.75:
            return (f"В {region(ctx['region'], GEN)} {verb(a, INJURED[0])} {self.nom(a)} "
                    f"{plural(a, PEOPLE['человек'])}")
        if k < 0.9:
            return f"В {city[PREP]} усилили меры безопасности после {ctx['gen_phrase']}"
        return f"{cap(ctx['nom_phrase'])}: что известно к этому часу"

    def article(self, doc_no):
        """Returns (headline, meta lines, paragraphs [[Sent]], tail lines, published, outlet)."""
        r = self.rng
        year = 2008 + int(r.random() * 17)
        month = int(r.random() * 12) + 1
        day = int(r.random() * 28) + 1
        city = pick(r, CITIES)
        kind_name = pick(r, KIND_NAMES)
        kind = KINDS[kind_name]
        site = pick(r, kind["sites"])
        fill = {"site": site, "road": pick(r, ROADS), "place": city[PREP]}
        ctx = {
            "city": city, "region": city[4], "kind": kind_name, "actors": kind["actors"],
            "nom_phrase": kind["nom"].format(**fill),
            "gen_phrase": kind["gen"].format(**fill),
            "during": kind["during"].format(**fill) + ("" if "{place}" in kind["during"]
                                                       or kind_name == "road"
                                                       else f" в {city[PREP]}"),
        }
        outlet = pick(r, OUTLETS)
        headline = self.headline(ctx)
        m = MONTHS_GEN[month - 1]
        hh, mm = int(r.random() * 24), int(r.random() * 60)
        meta = []
        if r.random() < 0.3:
            nom, _gen, _fem = self.person()
            meta += ["", f"Автор: {nom if r.random() < 0.3 else full_name(r)}"]
        k = r.random()
        date_line = None
        if k < 0.25:
            date_line = f"{day} {m} {year}, {hh:02d}:{mm:02d}"
        elif k < 0.4:
            date_line = f"Опубликовано: {day} {m} {year}, {hh:02d}:{mm:02d}"
        elif k < 0.52:
            date_line = f"{day:02d}.{month:02d}.{year} {hh:02d}:{mm:02d}"
        elif k < 0.62:
            date_line = f"{day} {m} {year} г."
        elif k < 0.7:
            date_line = f"{hh:02d}:{mm:02d}, {day} {m} {year}"
        if date_line:
            meta += ["", date_line] if r.random() < 0.6 else [date_line]
        dateline = ""
        if r.random() < 0.45:
            place = city[NOM].upper() if r.random() < 0.7 else city[NOM]
            dash = pick(r, ["–", "—", "-"])
            sep = pick(r, [". ", ", "])
            dateline = f"{place}{sep}{day} {m}. {pick(r, AGENCIES)} {dash} "
        paragraphs = []
        for p in range(5 + int(r.random() * 9)):
            sents = []
            for _ in range(1 + int(r.random() * 4)):
                when = self.date(year, month, day)
                k = r.random()
                if p == 0 or k < 0.4:
                    s = self.casualty(ctx, when)
                elif k < 0.62:
                    s = self.quote(ctx)
                elif k < 0.85:
                    s = self.background(ctx, year)
                elif k < 0.93:
                    s = self.abroad(when)
                else:
                    s = self.investigation(ctx, when)
                sents.append(s)
            paragraphs.append(sents)
        if dateline:
            first = paragraphs[0][0]
            paragraphs[0][0] = Sent(dateline + first, first.claims)
        tail = []
        if r.random() < 0.3:
            tail += [f"Фото: пресс-служба {pick(r, ['ДП', 'ДЧС'])} {region(ctx['region'], GEN)}", ""]
        if r.random() < 0.25:
            other = pick(r, CITIES)
            tail += [f"Читайте также: В {other[PREP]} усилили охрану административных зданий", ""]
        if r.random() < 0.3:
            tail += [f"Источник: {outlet}", ""]
        if r.random() < 0.5:
            tail += [pick(r, BOILERPLATE), ""]
        if r.random() < 0.2:
            url = f"https://{pick(r, DOMAINS)}/news/{year}/{month:02d}/{day:02d}/{doc_no}"
            tail += [url, ""]
        while tail and tail[-1] == "":
            tail.pop()
        # A dateline states no year: only a date line dates the article.
        published = f"{year}-{month:02d}-{day:02d}" if date_line else None
        return headline, meta, paragraphs, tail, published, outlet

    def republish(self, art, doc_no):
        """A near-duplicate of an earlier article: another outlet and headline,
        one word changed, maybe a sentence dropped."""
        r = self.rng
        headline, meta, paragraphs, tail, published, _ = art
        outlet = pick(r, OUTLETS)
        paragraphs = [list(p) for p in paragraphs]
        k = r.random()
        if k < 0.4:
            headline = "ОБНОВЛЕНО: " + headline
        elif k < 0.7:
            headline = headline + pick(r, [" (видео)", " — подробности", " (фото)"])
        else:
            headline = headline + "."
        flat = [(i, j) for i, p in enumerate(paragraphs) for j in range(len(p))]
        if len(flat) > 3 and r.random() < 0.6:
            i, j = pick(r, flat[1:])
            del paragraphs[i][j]
            paragraphs = [p for p in paragraphs if p]
        i = int(r.random() * len(paragraphs))
        j = int(r.random() * len(paragraphs[i]))
        old = paragraphs[i][j]
        words = old.split(" ")
        w = int(r.random() * len(words))
        words[w] = pick(r, ["также", "вновь", "местные", "несколько", "в итоге"])
        paragraphs[i][j] = Sent(" ".join(words), old.claims)
        meta = [m for m in meta if not m.startswith("Автор:")]
        tail = [t for t in tail if not t.startswith("Источник:")] + ["", f"Источник: {outlet}"]
        while tail and tail[0] == "":
            tail.pop(0)
        return headline, meta, paragraphs, tail, published, outlet


def surname(last, fem):
    """(nominative, genitive) of a surname for a man or a woman."""
    for end in ("ов", "ев", "ин"):
        if last.endswith(end):
            return (last + "а", last + "ой") if fem else (last, last + "а")
    if last.endswith("кали") or fem:
        return last, last
    return last, last + "а"  # Ким → Кима


def first_gen(first, fem):
    """Genitive of a first name (the common patterns only)."""
    if first.endswith("а") or first.endswith("я"):
        return first[:-1] + ("и" if first[-2] in "кгхжшчщ" or first.endswith("я") else "ы")
    if first.endswith("ь"):
        return first[:-1] + "я"
    if first.endswith("й"):
        return first[:-1] + "я"
    if fem:
        return first  # Айгерим, Асель: not declined
    return first + "а"


def full_name(r):
    fem = r.random() < 0.4
    return f"{pick(r, FIRST_F if fem else FIRST_M)} {surname(pick(r, LAST), fem)[0]}"
