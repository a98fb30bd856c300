"""French words of a plan or of a move to a new date (``clauses.PLAN_OR_MOVE``): a title
with one may look ahead whatever its tense ("a été reporté en mars", "était prévu en mars"),
so a month just after publication is not put a year back."""

PLAN_OR_MOVE = frozenset(
    (
        "prévu prévue prévus prévues prévoit prévoient prévoyait prévoyaient programmé "
        "programmée programmés programmées planifié planifiée fixé fixée fixés fixées attendu "
        "attendue attendus attendues reporté reportée reportés reportées repoussé repoussée "
        "repoussés repoussées ajourné ajournée ajournés prolongé prolongée prolongés prolongées "
        "retardé retardée retardés décalé décalée avancé avancée proposé proposée proposés "
        "proposent propose convenu convenue décidé décidée décide invité invitée invités "
        "doit doivent devait devaient devra compte comptait "
        "envisage envisageait"
        " promis promise promet promettent"
    ).split()
)
