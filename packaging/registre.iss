; Inno Setup 6 script for Windows: installs dist\Registre\ for the current user only (no administrator
; rights, as on most mairie laptops), adds Start-menu and optional desktop shortcuts, starts no service.
;
; Build (packaging\build_windows.ps1 does it):  iscc /DAppVersion=0.2.0 packaging\registre.iss
; Result: dist\Registre-<version>-installation.exe
;
; Uninstalling removes only what this installer copied into {app}. The clerk's library, drafts and
; settings live in %LOCALAPPDATA%\Registre (platformdirs), outside {app}, and are never deleted; only
; the copy of the language model joined there on first run (1.1 GB, rebuilt from the installed pieces
; whenever needed) is removed, so that uninstalling gives the disk space back.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1E4C0B-3F0A-4B5E-9D7B-2A51E0C6B1A4}
AppName=Registre
AppVersion={#AppVersion}
AppVerName=Registre {#AppVersion}
AppPublisher=Registre
; "lowest": per-user install, no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Registre
DefaultGroupName=Registre
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Registre-{#AppVersion}-installation
Compression=lzma2
SolidCompression=yes
; The model's pieces (1.1 GB) do not compress: a solid block over them only costs time.
LZMANumBlockThreads=2
UninstallDisplayIcon={app}\Registre-fenetre.exe
UninstallDisplayName=Registre {#AppVersion}
CloseApplications=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\Registre\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Registre"; Filename: "{app}\Registre-fenetre.exe"; Parameters: "gui"; WorkingDir: "{app}"
Name: "{autodesktop}\Registre"; Filename: "{app}\Registre-fenetre.exe"; Parameters: "gui"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Registre-fenetre.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,Registre}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the joined model file and its check stamp: never the catalogue, the indexes, the drafts or the settings.
Type: files; Name: "{localappdata}\Registre\models\qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
Type: files; Name: "{localappdata}\Registre\models\qwen2.5-coder-1.5b-instruct-q4_k_m.gguf.verifie"
Type: files; Name: "{localappdata}\Registre\models\qwen2.5-coder-1.5b-instruct-q4_k_m.gguf.partiel"
Type: dirifempty; Name: "{localappdata}\Registre\models"
