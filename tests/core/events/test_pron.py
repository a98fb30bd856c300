"""A profile's or an obituary's "she" and "he" stand for the person the piece is about, as a
reader takes them: the events they open are titled with that person's name, never "She …",
and never with another person's name. When another person has been named since, or the
pronoun is of the sex the piece does not use for its person, no event is better than a guess.
Articles invented for the test, each with its headline."""

from __future__ import annotations

import pytest

from core.events.extract import extract_events
from core.model import Document
from tests.core.events.articles import check_events

OBITUARY = """Edith Marlowe, glassmaker who revived a Norfolk craft, dies at 90

Edith Marlowe, who founded the Kestrel Glassworks in Norwich, has died at the age of 90.

Her son said she died peacefully at her home in Cromer on Tuesday.

Born in Ipswich in 1934, she trained as a chemist before she opened a studio in Norwich.

In 1988 she was appointed MBE for services to craft.

She retired from the glassworks in 2005 and moved to the coast.

Her husband, Walter, died in 2011. She is survived by a son.
"""

PROFILE = """Tomas Brenner, the engineer behind the Vale viaduct, retires

Tomas Brenner, who designed more than 40 bridges across Cumbria, retired on Friday after 45 \
years with the county council.

He joined the council's roads department in 1979 as a junior draughtsman.

In 1994 he was put in charge of the Vale viaduct project. He hired a young surveyor, Colin \
Marsh, as his deputy.

The viaduct carried its first trains in 1999.

He was promoted to chief engineer in 2003.
"""

BAKER = """'I never planned to bake': Priya Natarajan on twenty years of bread

Priya Natarajan arrives with flour still on her sleeves.

She opened her first bakery, a narrow shop in Bristol, in 2004. It closed in 2009, after the \
street was dug up for a tram line.

By then she had left Bristol, and she opened The Crumb House in Bath in 2010.
"""

COURT = """Charity treasurer admits taking £84,000

Dean Holt, 41, of Wymondham, admitted fraud at Norwich Crown Court on Monday.

The court heard that the money was taken from the charity's accounts over three years.

In 2020 he was dismissed by the trustees.

He will be sentenced on 14 March.
"""

HEAD_TEACHER = """Ruth Adeyemi, the head who turned round Fernside school, steps down

Ruth Adeyemi, who has led Fernside Academy for 14 years, will retire in July.

She joined the school as a maths teacher in 1996 and became its head in 2010.

Under her, results rose every year. She was made a dame in 2021.

The school's previous head resigned after an inspection. He was suspended in 2009.
"""

FOOTBALLER = """Sam Kerrigan, winger in Ashdale's 1971 cup side, dies aged 80

Sam Kerrigan, the winger whose goal won Ashdale Albion the 1971 county cup, has died.

Born in Dumfries in 1944, Kerrigan worked in a bakery until he was 18.

His best game came at Hampden on May 8, 1971, when he scored the winner against Ayrshire Town.

He won two Scotland caps, the first against Norway in 1970.
"""

POTTER = """Agnes Lindqvist, potter who built a Cornish pottery school, dies at 88

Agnes Lindqvist, the Swedish-born potter who founded the Tregarth school of ceramics, died on \
Sunday at her home in Falmouth.

In 1964 she bought a chapel at Tregarth. The chapel, built in 1842, had stood empty for years.

The following summer she fired her first kiln there. Her glazes owed much to Hamada's early \
bowls, and the first of her pots were sold through Kernowcraft, a shop in Truro.

Orders came from as far as London. In 1979 she took on her first apprentices.
"""

SKIPPER = """Bill Calloway, Kelso Wanderers' fearless skipper, dies aged 80

Bill Calloway, the captain of the Kelso Wanderers side that won two titles, has died aged 80.

He joined the club from a works team in 1962. In 1970 he left Kelso for a coaching job in \
Perth. Fans still say Bill was the bravest man they ever saw.
"""


def _events(text: str, published: str) -> list:
    headline = text.split("\n", 1)[0]
    body_start = text.index("\n\n") + 2
    doc = Document("/t.txt", headline, text, published, "header", "h", body_start=body_start)
    return extract_events(doc)


CASES = [
    # an obituary: every "she" is the woman it is about, the family's saying left out
    (OBITUARY, "2024-03-08T09:00", [
        ("title", "Edith Marlowe died peacefully at her home in Cromer", "2024-03-05"),
        ("title", "Edith Marlowe was appointed MBE for services to craft", "1988"),
        ("title", "Edith Marlowe retired from the glassworks", "2005"),
        ("no-title", "She "),
        ("no-title", "son said"),
    ]),
    # a profile: "he" is the engineer; a man named as his relation ("as his deputy") is no
    # rival for the profile's "he"
    (PROFILE, "2024-03-08T09:00", [
        ("title", "Tomas Brenner joined the council's roads department", "1979"),
        ("title", "Tomas Brenner was put in charge of the Vale viaduct project", "1994"),
        ("title", "Tomas Brenner was promoted to chief engineer", "2003"),
        ("no-title", "He "),
    ]),
    # an interview: "she" after a standfirst goes on being the baker; "it" is not her
    (BAKER, "2024-03-08T09:00", [
        ("title", "Priya Natarajan opened The Crumb House in Bath", "2010"),
        ("title-not", "Priya Natarajan", "2009"),
        ("no-title", "Bristol opened"),
    ]),
    # a court report: the man the report opens on is its "he"
    (COURT, "2024-03-08T09:00", [
        ("title", "Holt was dismissed by the trustees", "2020"),
        ("title", "Holt will be sentenced", "2024-03-14"),
    ]),
    # a "he" in a piece about a woman is someone else, never her
    (HEAD_TEACHER, "2024-03-08T09:00", [
        ("title", "Ruth Adeyemi was made a dame", "2021"),
        ("title-not", "Adeyemi", "2009"),
    ]),
    # teams named after "against" are no one a pronoun could mean ("… against Ayrshire Town.
    # He won two caps": him); "his best game …, when he scored": him, not his game
    (FOOTBALLER, "2024-03-08T09:00", [
        ("title", "Kerrigan scored the winner", "1971-05-08"),
        ("title", "Kerrigan won two Scotland caps", "1970"),
        ("no-title", "best game scored"),
    ]),
    # lone words named in passing ("Hamada's early bowls", "sold through Kernowcraft") are no
    # one a profile's "she" turns to; "the following summer" after 1964 is 1965's, not after
    # the chapel's 1842
    (POTTER, "2024-03-08T09:00", [
        ("title", "Agnes Lindqvist fired her first kiln there", "1965-SU"),
        ("title", "Agnes Lindqvist took on her first apprentices", "1979"),
        ("not", "1842-SU"),
        ("no-title", "Hamada"),
        ("no-title", "Kernowcraft"),
    ]),
    # a first name that is also an ordinary word ("bill") opens the sentences naming him;
    # written as a name elsewhere ("say Bill was …"), it is his: "he" is Bill Calloway
    (SKIPPER, "2024-03-08T09:00", [
        ("title", "Bill Calloway joined the club from a works team", "1962"),
        ("title", "Bill Calloway left Kelso for a coaching job in Perth", "1970"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "checks"), CASES)
def test_pronouns_of_a_profile(text: str, published: str, checks: list[tuple[str, ...]]) -> None:
    check_events(_events(text, published), checks)
