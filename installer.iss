; Inno Setup script for MentorOffice: packs the PyInstaller one-folder build
; (packaging/mentoroffice.spec -> dist\MentorOffice, with MentorOffice.exe and the console
; program mentoroffice-cli.exe) into dist\MentorOffice-Setup-<version>.exe.
; Saved as UTF-8 with a byte order mark: Inno Setup 6 reads it so (the French texts).
;
; Build on Windows with the one script, which passes the version from mentoroffice/__init__.py:
;   py -3.11 scripts\build.py
; or by hand after the PyInstaller build:
;   iscc /DAppVersion=0.1.0 installer.iss
;
; Installed per machine (administrator) in Program Files. The office database is not in the
; program folder: it lives in %ProgramData%\MentorOffice so every user of the shared PC reaches
; the same data, and neither uninstalling nor upgrading ever deletes it.

#if VER < EncodeVer(6,3,0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z installer.iss (scripts\build.py does)
#endif
#ifndef AppNumericVersion
  ; Windows wants up to four numbers here (scripts\build.py gives 0.2.0 for 0.2.0rc1)
  #define AppNumericVersion AppVersion
#endif
#ifndef BuildDir
  #define BuildDir "dist\MentorOffice"
#endif

#define AppName "MentorOffice"
#define AppPublisher "MentorOffice developers"
; The mutex MentorOffice.exe and mentoroffice-cli.exe hold while they run
; (packaging/launcher.py, WINDOWS_MUTEX): setup and uninstall wait until they are closed.
#define AppMutexName "MentorOfficeRunning"

[Setup]
AppId={{6D3F4B8E-2C1A-4E7B-9B5D-4F1C2A7E9D30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
#ifdef AppURL
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
#endif
AppMutex={#AppMutexName},Global\{#AppMutexName}
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} setup
VersionInfoProductName={#AppName}
LicenseFile=LICENSE
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=dist
OutputBaseFilename=MentorOffice-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Qt 6 runs on 64-bit Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
SetupIconFile=resources\icons\mentoroffice.ico
UninstallDisplayIcon={app}\MentorOffice.exe
UninstallDisplayName={#AppName}
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
; Inno Setup ships no Kinyarwanda: English setup texts with our own words over them.
Name: "kinyarwanda"; MessagesFile: "compiler:Default.isl,packaging\Kinyarwanda.isl"

[CustomMessages]
english.DemoShortcut=MentorOffice (demo data)
french.DemoShortcut=MentorOffice (données de démonstration)
kinyarwanda.DemoShortcut=MentorOffice (amakuru y'igerageza)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Shared data folder: all users of the office PC may write the database and its backups.
; Never removed: not on uninstall, not on upgrade.
Name: "{commonappdata}\MentorOffice"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{commonappdata}\MentorOffice\backups"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; An upgrade replaces the previous version's libraries whole, leaving none of them behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\MentorOffice.exe"
Name: "{group}\{cm:DemoShortcut}"; Filename: "{app}\MentorOffice.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\MentorOffice.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\MentorOffice.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

