; Inno Setup script for MentorOffice: packs the PyInstaller one-folder build
; (packaging/mentoroffice.spec -> dist\MentorOffice) into MentorOffice-Setup-<version>.exe.
; Build on Windows:  iscc installer.iss
; The office database is not in the program folder: it lives in
; %ProgramData%\MentorOffice so every user of the shared PC reaches the same data,
; and uninstalling never deletes it.

#define AppName "MentorOffice"
#define AppVersion "0.1.0"
#define AppPublisher "MentorOffice developers"
#define BuildDir "dist\MentorOffice"

[Setup]
AppId={{6D3F4B8E-2C1A-4E7B-9B5D-4F1C2A7E9D30}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=dist
OutputBaseFilename=MentorOffice-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
SetupIconFile=resources\icons\mentoroffice.ico
UninstallDisplayIcon={app}\MentorOffice.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Shared data folder: all users of the office PC may write the database and its backups.
Name: "{commonappdata}\MentorOffice"; Permissions: users-modify
Name: "{commonappdata}\MentorOffice\backups"; Permissions: users-modify

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\MentorOffice.exe"
Name: "{group}\{#AppName} (demo data)"; Filename: "{app}\MentorOffice.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\MentorOffice.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\MentorOffice.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
