"""German words of a plan or of a move to a new date (``clauses.PLAN_OR_MOVE``): a title
with one may look ahead whatever its tense ("wurde auf März verschoben", "war für März
geplant"), so a month just after publication is not put a year back."""

PLAN_OR_MOVE = frozenset(
    (
        "geplant plant planen plante planten vorgesehen angesetzt festgesetzt festgelegt "
        "erwartet erwarten erwartete erwarteten verschoben verschob verlegt verlegte "
        "verlegten verlängert verlängerte verlängerten vertagt vertagte vertagten aufgeschoben "
        "verzögert verzögerte vorgeschlagen schlug schlugen beschlossen beschloss "
        "vereinbart vereinbarte vereinbarten geeinigt einigten einigte eingeladen lud luden "
        "entschieden entschied vorgezogen terminiert "
        "soll sollen sollte sollten will wollen wollte wollten vorhaben beabsichtigt"
        " versprach versprachen versprochen zugesagt"
    ).split()
)
