; Kinyarwanda for MentorOffice's setup. Inno Setup ships no Kinyarwanda: installer.iss loads
; Default.isl (English) first, then this file, so the texts below replace the English ones and
; every other setup text stays English.

[LangOptions]
LanguageName=Ikinyarwanda
LanguageID=$0487
LanguageCodePage=0

[Messages]
SetupAppTitle=Gushyiramo porogaramu
SetupWindowTitle=Gushyiramo - %1
ButtonBack=< &Subira inyuma
ButtonNext=&Komeza >
ButtonInstall=&Shyiramo
ButtonCancel=Hagarika
ButtonYes=&Yego
ButtonNo=&Oya
ButtonFinish=&Soza
ExitSetupTitle=Kuva mu gushyiramo
ExitSetupMessage=Gushyiramo ntibirarangira. Nuvamo ubu, porogaramu ntizashyirwamo.%n%nUshaka kuvamo?
WelcomeLabel1=Murakaza neza mu gushyiramo [name]
WelcomeLabel2=Ibi bigiye gushyira [name/ver] kuri iyi mudasobwa.%n%nBanza ufunge izindi porogaramu mbere yo gukomeza.
WizardLicense=Amasezerano y'uruhushya
LicenseLabel=Soma aya makuru y'ingenzi mbere yo gukomeza.
LicenseAccepted=&Nemeye amasezerano
LicenseNotAccepted=&Sinemera amasezerano
WizardSelectDir=Hitamo aho porogaramu izajya
WizardReady=Byiteguye gushyiramo
WizardInstalling=Birimo gushyirwamo
FinishedHeadingLabel=Gushyiramo [name] byarangiye
FinishedLabel=[name] yashyizwe kuri iyi mudasobwa. Yifungure ukoresheje udushushondanga twashyizweho.
