"""The words offices write in their trackers, in English, French (and a little Kinyarwanda),
mapped to the values the database stores. Keys are normalized (`values.normalize`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..data.enums import (
    AssessmentKind,
    Cadre,
    EnrolmentStatus,
    ItemResult,
    MentorKind,
    OrgLevel,
    PostingRole,
    Sex,
)
from ..reference import TECHNICAL_AREAS
from .values import normalize


def _table(groups: dict[str, Iterable[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, words in groups.items():
        for word in (value, *words):
            if normalize(word):
                table[normalize(word)] = value
    return table


SEX = _table({
    Sex.FEMALE.value: ("female", "femme", "feminin", "féminin", "woman", "f", "gore"),
    Sex.MALE.value: ("male", "homme", "masculin", "man", "m", "gabo"),
})

CADRE = _table({
    Cadre.DOCTOR.value: ("médecin", "medecin", "physician", "general practitioner", "gp", "md",
                         "dr", "médecin généraliste", "obstetrician", "gynecologist",
                         "pediatrician", "paediatrician", "specialist", "spécialiste"),
    Cadre.INTERN_DOCTOR.value: ("intern", "intern doctor", "interne", "médecin interne"),
    Cadre.NURSE.value: ("nurse", "infirmier", "infirmière", "infirmiere", "registered nurse",
                        "inf", "umuforomo"),
    Cadre.MIDWIFE.value: ("midwife", "sage-femme", "sage femme", "sages-femmes", "accoucheuse",
                          "umubyaza"),
    Cadre.ANESTHETIST.value: ("anesthetist", "anaesthetist", "anesthésiste",
                              "technicien anesthésiste"),
    Cadre.CHW.value: ("chw", "community health worker", "asc", "agent de santé communautaire",
                      "umujyanama", "umujyanama w'ubuzima", "binôme", "asm"),
    Cadre.CEHO.value: ("ceho", "community environmental health officer",
                       "agent de santé environnementale"),
    Cadre.ADMINISTRATOR.value: ("administrator", "administrateur", "administratrice", "admin"),
    Cadre.OTHER.value: ("other", "autre"),
})

LEVEL = _table({
    OrgLevel.COUNTRY.value: ("country", "pays", "national"),
    OrgLevel.PROVINCE.value: ("province", "intara"),
    OrgLevel.DISTRICT.value: ("district", "akarere"),
    OrgLevel.HOSPITAL.value: ("hospital", "hôpital", "hopital", "district hospital",
                              "hôpital de district", "dh", "hd", "ibitaro"),
    OrgLevel.HEALTH_CENTER.value: ("health center", "health centre", "centre de santé",
                                   "centre de sante", "cs", "hc", "ikigo nderabuzima"),
    OrgLevel.HEALTH_POST.value: ("health post", "poste de santé", "poste de sante", "ps", "hp"),
})

ROLE = _table({
    PostingRole.PROVIDER.value: ("provider", "prestataire", "staff", "care provider",
                                 "prestataire de soins"),
    PostingRole.FACILITY_LEADER.value: ("facility leader", "titulaire", "head", "director",
                                        "directeur", "directrice", "in charge", "responsable"),
    PostingRole.QI_TEAM.value: ("qi team", "qi", "quality improvement", "équipe qualité",
                                "equipe qualite"),
    PostingRole.DATA_MANAGER.value: ("data manager", "gestionnaire des données",
                                     "gestionnaire de données", "m&e", "data officer"),
    PostingRole.CHW.value: ("chw", "asc", "community health worker", "umujyanama"),
    PostingRole.SUPERVISOR.value: ("supervisor", "superviseur", "superviseure"),
})

MENTOR_KIND = _table({
    MentorKind.ASSOCIATION.value: ("association", "professional association",
                                   "association professionnelle", "joint team",
                                   "équipe conjointe", "rsog", "ram", "rpa"),
    MentorKind.DISTRICT.value: ("district", "district mentor", "district-based mentor",
                                "district based", "mentor de district"),
    MentorKind.HC_PROVIDER.value: ("hc provider", "health center provider",
                                   "health-center provider mentor", "hc_provider",
                                   "prestataire du centre de santé"),
    MentorKind.COMMUNITY.value: ("community", "communautaire", "community mentor",
                                 "mentor communautaire"),
})

ASSOCIATION = _table({"RSOG": (), "RAM": (), "RPA": ()})

ASSESSMENT_KIND = _table({
    AssessmentKind.PRE_TEST.value: ("pre-test", "pretest", "pre test", "pré-test",
                                    "pré-évaluation", "initial"),
    AssessmentKind.COACHING.value: ("coaching", "accompagnement", "suivi", "formative",
                                    "coaching assessment"),
    AssessmentKind.POST_MENTORSHIP.value: ("post-mentorship", "post mentorship", "post-test",
                                           "post test", "posttest", "final", "post-mentorat",
                                           "évaluation finale", "post_mentorship"),
    AssessmentKind.BASELINE.value: ("baseline", "situation de base", "évaluation de base"),
    AssessmentKind.SUPERVISION.value: ("supervision", "joint supervision"),
})

ITEM_RESULT = _table({
    ItemResult.DONE.value: ("done", "yes", "y", "oui", "o", "fait", "1", "true", "x", "d",
                            "vrai", "yego"),
    ItemResult.NOT_DONE.value: ("not done", "no", "n", "non", "non fait", "pas fait", "0",
                                "false", "nd", "faux", "oya", "not_done"),
    ItemResult.NOT_APPLICABLE.value: ("na", "n/a", "not applicable", "s/o", "so", "sans objet",
                                      "non applicable", "n a"),
})

ENROLMENT_STATUS = _table({
    EnrolmentStatus.ACTIVE.value: ("active", "actif", "active", "en cours", "ongoing"),
    EnrolmentStatus.COMPLETED.value: ("completed", "complete", "terminé", "termine", "done"),
    EnrolmentStatus.WITHDRAWN.value: ("withdrawn", "retiré", "retire", "abandon", "abandonné",
                                      "dropped", "left"),
})

_AREA_NAMES_FR = {
    "MNH": ("santé maternelle et néonatale", "smn", "maternal and newborn"),
    "NEO": ("neonatal", "néonatologie", "santé néonatale", "neonatal"),
    "IMCI": ("pcime", "prise en charge intégrée des maladies de l'enfant"),
    "FP": ("planification familiale", "pf"),
    "CBMNH": ("smn communautaire",),
    "CBP-FP": ("pf communautaire", "cbp fp"),
    "ICCM": ("pcime communautaire", "pcime-c"),
    "SUP": ("supervision",),
}

TECHNICAL_AREA = _table({code: (english, *_AREA_NAMES_FR.get(code, ()))
                         for code, english, _level in TECHNICAL_AREAS})
