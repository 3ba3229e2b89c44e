"""Public facts for realistic demo data: Rwanda's provinces, districts and district hospitals.

Health center and health post names are made up from Kinyarwanda-like place names.
"""

from __future__ import annotations

PROVINCES: dict[str, tuple[str, ...]] = {
    "Kigali City": ("Gasabo", "Kicukiro", "Nyarugenge"),
    "Northern": ("Burera", "Gakenke", "Gicumbi", "Musanze", "Rulindo"),
    "Southern": (
        "Gisagara", "Huye", "Kamonyi", "Muhanga", "Nyamagabe", "Nyanza", "Nyaruguru", "Ruhango",
    ),
    "Eastern": ("Bugesera", "Gatsibo", "Kayonza", "Kirehe", "Ngoma", "Nyagatare", "Rwamagana"),
    "Western": (
        "Karongi", "Ngororero", "Nyabihu", "Nyamasheke", "Rubavu", "Rusizi", "Rutsiro",
    ),
}

# District hospitals by district (45 in all); the first is the one the district demo uses.
HOSPITALS: dict[str, tuple[str, ...]] = {
    "Gasabo": ("Kibagabaga", "Kacyiru"),
    "Kicukiro": ("Masaka",),
    "Nyarugenge": ("Muhima", "Nyarugenge"),
    "Burera": ("Butaro",),
    "Gakenke": ("Nemba", "Ruli"),
    "Gicumbi": ("Byumba",),
    "Musanze": ("Ruhengeri",),
    "Rulindo": ("Kinihira", "Rutongo"),
    "Gisagara": ("Kibilizi", "Gakoma"),
    "Huye": ("Kabutare",),
    "Kamonyi": ("Remera Rukoma",),
    "Muhanga": ("Kabgayi",),
    "Nyamagabe": ("Kigeme", "Kaduha"),
    "Nyanza": ("Nyanza",),
    "Nyaruguru": ("Munini",),
    "Ruhango": ("Gitwe", "Ruhango"),
    "Bugesera": ("Nyamata",),
    "Gatsibo": ("Kiziguro", "Ngarama"),
    "Kayonza": ("Rwinkwavu", "Gahini"),
    "Kirehe": ("Kirehe",),
    "Ngoma": ("Kibungo",),
    "Nyagatare": ("Nyagatare", "Gatunda"),
    "Rwamagana": ("Rwamagana",),
    "Karongi": ("Kibuye", "Mugonero", "Kirinda"),
    "Ngororero": ("Muhororo", "Kabaya"),
    "Nyabihu": ("Shyira",),
    "Nyamasheke": ("Kibogora", "Bushenge"),
    "Rubavu": ("Gisenyi",),
    "Rusizi": ("Gihundwe", "Mibilizi"),
    "Rutsiro": ("Murunda",),
}

PLACE_STARTS = (
    "Nya", "Ru", "Ki", "Ga", "Mu", "Bu", "Ka", "Rwa", "Gi", "Ma", "Ngo", "Shya", "Ny", "Kab",
    "Mbu", "Cya", "Je", "Ki",
)
PLACE_MIDDLES = ("", "", "ka", "ra", "mu", "ga", "ki", "to", "ba", "nya", "ru")
PLACE_ENDS = (
    "gatare", "hengeri", "bungo", "rama", "kira", "sanze", "tovu", "rehe", "ngoma", "bare",
    "ganza", "hondo", "kamba", "kenke", "rambi", "mbogo", "shenyi", "nzali", "remba", "sozi",
    "yanza", "tare", "kumbi", "hinga", "bona", "gera", "rinda", "zibu",
)

FEMALE_FIRST_NAMES = (
    "Alice", "Aline", "Angélique", "Béatrice", "Chantal", "Claudine", "Clémentine", "Consolée",
    "Delphine", "Denyse", "Diane", "Divine", "Donatille", "Esther", "Espérance", "Euphrasie",
    "Florence", "Gaudence", "Grâce", "Immaculée", "Jacqueline", "Jeanne", "Joséphine", "Josiane",
    "Languide", "Marie Claire", "Marie Goretti", "Olive", "Pélagie", "Solange", "Thérèse",
    "Vestine", "Yvette", "Zawadi",
)
MALE_FIRST_NAMES = (
    "Alphonse", "Aimable", "Célestin", "Claude", "Damascène", "Emmanuel", "Eric", "Évariste",
    "Faustin", "Félicien", "Fidèle", "Gérard", "Innocent", "Jean Bosco", "Jean Claude",
    "Jean de Dieu", "Jean Pierre", "Joseph", "Justin", "Léonard", "Olivier", "Patrick",
    "Samuel", "Silas", "Théogène", "Théoneste", "Védaste", "Vincent", "Yves",
)
LAST_NAMES = (
    "Bizimana", "Dusabimana", "Gatete", "Habimana", "Habiyaremye", "Hakizimana", "Harerimana",
    "Ingabire", "Iradukunda", "Kamanzi", "Kayitesi", "Mugabo", "Mugisha", "Mukamana",
    "Mukandayisenga", "Mukeshimana", "Munyaneza", "Murekatete", "Musabyimana", "Mutesi",
    "Ndayisaba", "Ndikumana", "Niyibizi", "Niyigena", "Niyomugabo", "Niyonsaba", "Niyonzima",
    "Nkurunziza", "Nsabimana", "Nsengiyumva", "Nshimiyimana", "Ntawukuriryayo", "Nyirahabimana",
    "Nyiransabimana", "Rukundo", "Rwagasana", "Tuyisenge", "Tuyishime", "Twagirayezu",
    "Umuhoza", "Umutoni", "Uwamahoro", "Uwase", "Uwimana", "Uwingabire", "Uwizeye",
    "Ahishakiye", "Bagabo", "Bayingana", "Bigirimana", "Bizumuremyi", "Butera", "Byiringiro",
    "Gakwaya", "Gasana", "Habineza", "Hategekimana", "Havugimana", "Imanishimwe", "Irakoze",
    "Kabera", "Kalisa", "Kanamugire", "Karangwa", "Kayiranga", "Manzi", "Mbarushimana",
    "Mucyo", "Mugiraneza", "Muhire", "Mukamazimpaka", "Mukandoli", "Munyemana", "Murenzi",
    "Musoni", "Mutabazi", "Mutoni", "Ndagijimana", "Ndahimana", "Ndayambaje", "Nduwayezu",
    "Ngabo", "Ngirabatware", "Niyitegeka", "Niyonagize", "Nizeyimana", "Nsanzimana",
    "Ntakirutimana", "Nyiraneza", "Nzabonimpa", "Rugema", "Rutayisire", "Ruzindana",
    "Sibomana", "Sindayigaya", "Twizeyimana", "Uwamariya", "Uwera", "Uzamukunda",
)
