"""Spanish words of a plan or of a move to a new date (``clauses.PLAN_OR_MOVE``): a title
with one may look ahead whatever its tense ("fue aplazado a marzo", "estaba previsto en
marzo"), so a month just after publication is not put a year back."""

PLAN_OR_MOVE = frozenset(
    (
        "previsto prevista previstos previstas prevé prevén preveía planea planean planeaba "
        "planeado planeada programado programada programados programadas fijado fijada "
        "esperado esperada esperados espera esperan esperaba aplazado aplazada aplazó "
        "pospuesto pospuesta pospuso postergado postergada postergó prorrogado prorrogada "
        "prorrogó retrasado retrasada retrasó trasladado trasladada adelantado adelantada "
        "propuesto propuesta propuso propusieron acordado acordada acordó acordaron decidido "
        "decidió decidieron invitado invitada invitados convocado convocada convocó convocados "
        "debe deben debía debían "
        "pretende pretendía"
        " prometió prometieron prometido prometida promete prometen"
    ).split()
)
