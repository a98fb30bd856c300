"""Events from text: one per happening, titled, dated against the publication date, kinded.

Every sentence here is our own; the design sample is checked last, only when it is present.
"""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document
from core.reading.readers import read_article

HEADER = "A headline for the test\n\nPublished: Fri 4 Feb 2022, 23:15\n\n"


def _doc(body: str) -> Document:
    text = HEADER + body
    return Document("/t.txt", "A headline for the test", text, "2022-02-04T23:15", "header", "h",
                    body_start=text.index(body))  # fmt: skip


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.start, e.precision) for e in extract_events(_doc(body))]


def _titles(body: str) -> list[str]:
    return [e.title for e in extract_events(_doc(body))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The ministers met in Paris on Friday.", [("2022-02-04", "day")]),
        ("The president will travel to Rome on Monday.", [("2022-02-07", "day")]),
        ("The two leaders signed the treaty on Thursday.", [("2022-02-03", "day")]),
        (
            "Senator Ana Lopes said she would visit Kenya on February 14 and Egypt the "
            "following day.",
            [("2022-02-14", "day"), ("2022-02-15", "day")],
        ),
        ("The region was annexed in 2014.", [("2014", "year")]),
        # the date of a subordinate clause is not the main clause's
        (
            "Rice prices will rise in 2023 for the first time since they fell in 2019.",
            [("2023", "year")],
        ),
        (
            "The firm ended 2021 with 9 mln dlrs in cash as compared to 2 mln it held the year before.",
            [("2021", "year")],
        ),
        ("Officials may want to delay the vote.", []),
        ("Talks resumed in March 2021 after a pause.", [("2021-03", "month")]),
        # the relative clause's date is its own happening; the main clause takes Tuesday
        (
            "The minister, who took office in 2019, met the envoy on Tuesday.",
            [("2019", "year"), ("2022-02-01", "day")],
        ),
        # a dateline dates the story, not a happening
        (
            "BRUSSELS, Feb 3 (Reuters) - Ministers agreed on Wednesday to impose sanctions.",
            [("2022-02-02", "day")],
        ),
        # a season in a name is no date
        # (told in the present: an opening's past would be the report's news, test_lead_news)
        ("The opening ceremony of the Summer Games draws crowds.", []),
    ],
)
def test_dates_of_events(body, expected):
    assert _events(body) == expected


@pytest.mark.parametrize(
    ("body", "start", "end", "precision"),
    [
        ("Talks ran from 2014 to 2020 and then stalled.", "2014", "2020", "year"),
        ("Six years of drought have ruined the harvest.", "2016", "2022", "year"),
        ("The line reopened after two years of repairs.", "2020", "2022", "year"),
        ("Farmers have blocked roads for the past three weeks.", "2022-01-14", "2022-02-04", "day"),
    ],
)
def test_spans_keep_both_ends(body, start, end, precision):
    (event,) = extract_events(_doc(body))
    assert (event.start, event.end, event.precision) == (start, end, precision)
    assert event.end_ts > event.start_ts


def test_a_duration_ahead_is_no_span_back():
    assert extract_events(_doc("Two days of music are expected to draw crowds.")) == []


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        ("The president will travel to Rome on Monday.", ["The president will travel to Rome"]),
        (
            "Foreign Minister Lena Varga said she would visit Chile on March 3 and Peru the "
            "following day.",
            ["Varga would visit Chile", "Varga would visit Peru"],
        ),
        (
            "Senator Tom Reyes will meet Governor Lin Park in Denver on Monday and in Austin on "
            "Wednesday.",
            ["Reyes will meet Park in Denver", "Reyes will meet Park in Austin"],
        ),
        (
            "The company’s chief executive, Maria Olsen, resigned on Tuesday.",
            ["Olsen resigned"],
        ),
        (
            "During his visit on Thursday, President Ivan Petrov signed a water treaty.",
            ["Petrov signed a water treaty"],
        ),
        (
            "The port authority said on Monday that the new terminal would open in June.",
            ["The port authority said the new terminal would open", "The new terminal would open"],
        ),
        (
            # (the "when" clause right after the date happened then too, en20d)
            "The harbour was closed in 2019 when engineers found cracks in the wall.",
            ["The harbour was closed", "Engineers found cracks in the wall"],
        ),
        (
            # the date before "when" dates both clauses (en20d: the souring is dated too)
            "Relations soured in 2008 when the army invaded the northern province.",
            ["The army invaded the northern province", "Relations soured"],
        ),
        (
            "Work on the dam began in June 2021 and ended the following month.",
            ["Work on the dam began", "Work on the dam ended"],
        ),
        ("So the board approved the merger on Friday.", ["The board approved the merger"]),
        (
            "The agency said it would pay the first rise in July and review wages again in 2023.",
            ["The agency would pay the first rise", "The agency would review wages again"],
        ),
        (
            "The walkout, which began on Monday, had left ships waiting offshore.",
            ["The walkout began"],
        ),
        ("As of March 3, the fund held 40 tonnes of gold.", ["The fund held 40 tonnes of gold"]),
        # a date inside the subject dates the clause; a later one is a comparison
        (
            "Net income this year has risen above the level of 2019.",
            ["Net income has risen above the level of 2019"],
        ),
        (
            "Buses will return to the route on March 22, a transport spokesman said.",
            ["Buses will return to the route"],
        ),
    ],
)
def test_titles_name_who_did_what(body, titles):
    assert _titles(body) == titles


@pytest.mark.parametrize(
    "body",
    [
        "Chief executive Maria Olsen’s plan was approved on Tuesday.",  # a possessive name
        "The 1986/87 season ended.",  # a time expression inside a token
        ", which rose in 1986.",  # a clause with no subject anywhere
        "Net profit 1986 vs 1985.",  # a table line, no verb
    ],
)
def test_odd_sentences_give_titles_or_nothing(body):
    for event in extract_events(_doc(body)):
        assert event.title and len(event.title.split()) <= 12


def test_a_pronoun_takes_the_name_it_stands_for():
    body = (
        "President Omar Sall arrived in Dakar. On Friday, he and his guest Prime Minister "
        "Eva Lind opened a new bridge."
    )
    (event,) = extract_events(_doc(body))
    assert event.title == "Sall and Lind opened a new bridge"
    assert {(e.text, e.kind) for e in event.entities} >= {
        ("Omar Sall", "person"),
        ("Eva Lind", "person"),
    }


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The ministers met in Paris on Friday.", "meeting"),
        ("The two leaders signed the treaty on Thursday.", "agreement"),
        ("The army launched drills near the border on Monday.", "military"),
        ("The union announced new sanctions on Monday.", "sanction"),
        ("Voters elected a new parliament in March 2021.", "election"),
        ("Thousands of protesters marched through the capital on Wednesday.", "protest"),
        ("Gunmen killed four guards on Tuesday.", "violence"),
        ("The mayor praised the volunteers on Monday.", "statement"),
        ("The museum reopened on Monday.", "other"),
        ("Dock workers called off their strike on Tuesday.", "protest"),
        # "signs" here is a noun, no signing
        ("The labour market showed signs of cooling on Monday.", "other"),
    ],
)
def test_kinds(body, kind):
    (event,) = extract_events(_doc(body))
    assert event.kind == kind


@pytest.mark.parametrize(
    ("body", "title", "kind"),
    [
        (
            "Tensions rose after plans for naval drills between Greece and Egypt.",
            "Plans for naval drills between Greece and Egypt",
            "military",
        ),
    ],
)  # (a report's opening "Protesters clashed with police …" is the day's news: test_lead_news)
def test_notable_happenings_without_a_date_are_undated(body, title, kind):
    (event,) = extract_events(_doc(body))
    assert (event.title, event.kind, event.undated) == (title, kind, True)
    assert (event.start, event.precision) == ("2022-02-04", "day")  # the publication day


@pytest.mark.parametrize(
    "body",
    [
        "“We will never give up,” the general said on Friday.",
        "The minister wants new sanctions on the regime.",
        "Officials have accused the rebels of planning an attack.",
        "The agency called the report nonsense.",
        "Nobody knows what happens next.",
        "We left the country in 1962, she recalled.",  # a speaker's own account
        "In the third quarter, its European business was weaker.",  # no happening
    ],
)
def test_quotes_claims_and_background_are_not_events(body):
    assert extract_events(_doc(body)) == []


def test_a_lead_happening_takes_the_lead_date():
    body = (
        "The two neighbours settled their border dispute on Thursday. The settlement came "
        "after a meeting between President Ana Ruiz and President Tomas Vidal in Lima."
    )
    events = extract_events(_doc(body))
    assert [(e.title, e.start, e.undated) for e in events][1] == (
        "Ruiz and Vidal met in Lima",
        "2022-02-03",
        False,
    )


def test_event_points_back_to_its_sentence():
    doc = _doc("Nothing here. The council met on Thursday to vote.")
    (event,) = extract_events(doc)
    assert doc.text[event.char_start : event.char_end] == event.sentence
    assert event.sentence == "The council met on Thursday to vote."
    assert event.end_ts - event.start_ts == 86400 and not event.undated


def test_the_design_sample(shared_sample):
    """DESIGN.md's example that must work perfectly."""
    events = extract_events(read_article(shared_sample))
    dated = {(e.start, e.precision) for e in events if not e.undated}
    assert {
        ("2022-02-04", "day"),  # the Putin–Xi meeting
        ("2022-02-14", "day"),  # Scholz in Ukraine
        ("2022-02-15", "day"),  # Scholz in Russia, "the following day"
        ("2022-02-07", "day"),  # Macron in Moscow "on Monday", ahead
        ("2022-02-08", "day"),  # Macron in Kyiv "on Tuesday"
        ("2022-02-03", "day"),  # Erdogan's visit "on Thursday"
        ("2014", "year"),  # the annexation of Crimea
    } <= dated
    by_day = {}
    for e in events:
        by_day.setdefault(e.start, []).append(e)
    assert any({"Vladimir Putin", "Xi Jinping"} <= {n.text for n in e.entities}
               for e in by_day["2022-02-04"])  # fmt: skip
    undated = [e for e in events if e.undated]
    assert any(e.kind == "military" and "Belarus" in {n.text for n in e.entities} for e in undated)
    assert all(u.start == "2022-02-04" and u.precision == "day" for u in undated)
    assert not any(e.start.startswith("2022-05") for e in events), "'may' read as May"
    assert not any(e.start in ("2022-01-31", "2022-02-01") for e in events)
    assert any(e.start == "2014" and e.end == "2022" for e in events)  # eight years of fighting
    assert len(events) < 25
    assert len({e.title for e in events}) == len(events)


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # a verb whose object the title would cut gives no title, or the clause it reports
        ("Davis said on Tuesday.", []),
        ("The panel recommended on Tuesday that the agency should close the mill.",
         ["The panel recommended the agency should close the mill"]),
        ("The harbour was closed on Monday when divers found a mine.",
         ["The harbour was closed", "Divers found a mine"]),
        ("Analysts were forecasting 2023 profits of 4 mln dlrs on Monday.",
         ["Analysts were forecasting 2023 profits of 4 mln dlrs"]),
        # the second verb phrase after "and" is a happening of that day too
        ("The minister resigned on Tuesday and left the country.",
         ["The minister resigned", "The minister left the country"]),
        # a sentence's opening pronoun: the one name the sentence before gives, else the
        # pronoun as written (two names before it: either may be meant)
        ("Orvell Corp makes pumps. On Monday, it agreed to buy a mill in Leeds.",
         ["Orvell Corp agreed to buy a mill in Leeds"]),
        ("Orvell Corp and Dandy Ltd make pumps. On Monday, it agreed to buy a mill in Leeds.",
         ["It agreed to buy a mill in Leeds"]),
        ("Ana Ruiz met Tom Kell. On Monday, she flew to Oslo.", ["She flew to Oslo"]),
        ("Ana Ruiz spoke to reporters. On Monday, she flew to Oslo.", ["Ana Ruiz flew to Oslo"]),
        # names kept whole: an organisation's first word, a surname's particle
        ("General Motion Corp said on Monday it would close two plants.",
         ["General Motion Corp said it would close two plants"]),
        ("Van Halst resigned as chairman on Monday.", ["Van Halst resigned as chairman"]),
        # fragments give nothing: a scene-setting phrase is no subject, a stretch of time no event
        ("So far this week, the bank has lent 3 billion crowns.", []),  # a running total (enN)
        ("Orvell Corp makes pumps. For the first eight months of the year, it had made 7 mln dlrs.",
         ["Orvell Corp had made 7 mln dlrs"]),
    ],
)  # fmt: skip
def test_titles_a_reader_can_parse(body, titles):
    assert _titles(body) == titles


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # the reported clause's verb past a long subject or an aside
        ("Brokers said this week's auction in Oslo left buyers cautious.",
         ["This week's auction in Oslo left buyers cautious"]),
        ("The agency said the rise in January steel output may lift prices.",
         ["The rise in January steel output may lift prices"]),
        # a date in an aside with a verb of its own dates the aside, not the clause
        ("The council said the bypass scheme, similar to one tried in 1998, would cut traffic.",
         []),
        ("The bombings, on Monday, killed 12 people.", ["The bombings killed 12 people"]),
        # "it" in what a subject says is that subject, never a name from a fronted phrase
        ("In a filing with the Harbour Trade Commission, the trust said it bought 40,000 shares "
         "on Monday.", ["The trust bought 40,000 shares"]),
        ("Vela Corp's shipping unit said it it plans to close the Hull depot on Monday.",
         ["Vela Corp's shipping unit plans to close the Hull depot"]),
        ("The mayor said its was handed the petition on Monday.",
         ["The mayor was handed the petition"]),
        # names and noun phrases kept whole
        ("First Northern Bancorp said on Monday it sold its Leeds branch.",
         ["First Northern Bancorp said it sold its Leeds branch"]),
        ("The firm's first electric truck -- the Mule, built in Leeds -- was shown on Monday.",
         ["The firm's first electric truck was shown"]),
        ("The group bought two ferries in 2019 and two more last year.",
         ["The group bought two ferries", "The group bought two more"]),
        ("Output was concentrated in steel, glass and timber in January.",
         ["Output was concentrated in steel, glass and timber"]),
        ("Lumo Corp reported third-quarter net income fell 4 pct to 9 mln dlrs.",
         ["Lumo Corp reported net income fell 4 pct to 9 mln dlrs"]),
        ("NORTHPORT - Industrial production in January showed no growth, the office said.",
         ["Industrial production showed no growth"]),
        # no dangling word, no follow-on made of the rest of a phrase
        ("Orders rose back to their March level on Monday.",
         ["Orders rose back to their March level"]),
        ("The fund will sell on Monday a total of 300 mln crowns worth of bonds to absorb a "
         "surplus.",
         ["The fund will sell a total of 300 mln crowns worth of bonds to absorb a surplus"]),
        ("Fares are set for March, the company said.", []),
        ("Talks are to be held today and Monday, with votes at a higher level planned for "
         "Wednesday.", ["Talks are to be held", "Votes at a higher level planned"]),
        ("Students have been marching on Monday against the higher fees.",
         ["Students have been marching against the higher fees"]),
    ],
)  # fmt: skip
def test_titles_keep_the_reported_verb_and_whole_phrases(body, titles):
    assert _titles(body) == titles


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # a noun before "that": what the charges say is not what Ortiz said
        ("Ortiz on Sunday rejected press charges that the fares were too high.", "Ortiz rejected press charges"),
        # who was told stays with the verb of telling, and is never the subject
        ("The mayor told the council on Monday that the ferry will resume.", "The mayor told the council the ferry will resume"),
        ("Vela told reporters the quay will reopen on Monday.", "The quay will reopen"),
    ],
)  # fmt: skip
def test_told_and_that_after_a_noun(body, title):
    text = "A headline for the test\n\n" + body
    doc = Document("/t.txt", "A headline for the test", text, "2021-06-18", "header", "h",
                   body_start=text.index(body))  # fmt: skip
    assert title in [e.title for e in extract_events(doc)]


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # a plural noun before the verb is the subject, not the verb
        ("Dutch growers this week announced plans to plant more tulips.",
         ["Dutch growers announced plans to plant more tulips"]),
        ("Ferry operators were busy on Friday with extra sailings.", []),
        # the word that goes with the date goes with it
        ("Dock workers imposed bans on late Tuesday over their pay.", ["Dock workers imposed bans"]),
        ("Regional bicycle sales in calendar 2021 fell to 9,000.", ["Regional bicycle sales fell to 9,000"]),
        # a particle after a noun is a preposition whose object went with the date
        ("Lumo Corp said that due to higher costs it is raising the fares on most of the "
         "routes its ferries and buses serve, effective May 1.", ["Lumo Corp is raising the fares"]),
        # a participle with its phrase, then the auxiliary: the subject's modifier (its own
        # happening, a passive told short; the clause's verb takes none of its date)
        ("Vela said the fare deal reached in Oslo in January had been a success.",
         ["The fare deal was reached in Oslo"]),
        # a relative "that" stands for the noun before it, never the speaker
        ("Vela said that the bank kept all the ferry loans that fell due on March 31.", []),
        # an adverb is not who did it (the name before it is); a figure set against another is
        # no happening
        ("Norway, however, sold its stake, but is expected to buy back next week, they said.",
         ["Norway is expected to buy back"]),
        ("Bus passengers reached 5,000 in May, up 3 pct from 4,850 a year ago.",
         ["Bus passengers reached 5,000"]),
    ],
)  # fmt: skip
def test_round_five_failure_classes(body, titles):
    assert _titles(body) == titles


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        # a relative "that" after a noun phrase: that phrase did it
        ("Police found the car that hit the gate on Sunday.", ["The car hit the gate"]),
        # the month "May" is no auxiliary after a participle
        ("Lumo revealed in May that it was courted by a competitor.",
         ["Lumo revealed it was courted by a competitor"]),
    ],
)  # fmt: skip
def test_relative_that_and_month_may(body, titles):
    assert _titles(body) == titles


@pytest.mark.parametrize(
    "body",
    [
        # the verb's object is the noun before "which": "Harbor Lines bought" would lose it
        "Harbor Lines said it would sell Bayview Ferries, which it bought in 2019.",
        # a participle with no object describes the subject; "included" is the clause's verb
        "The three detained on theft charges on Monday included a former mayor.",
        # the verb after "and" belongs to the clause inside what is predicted
        "Hall predicts prices will ease in May and climb again in July.",
    ],
)
def test_no_title_that_pins_the_wrong_verb(body):
    wrong = ("Harbor Lines bought", "The three detained", "Hall predicts climb")
    assert not any(t.startswith(wrong) for t in _titles(body))
