; Inno Setup script for Windows: installs the PyInstaller folder per user (no admin rights needed,
; as on most mairie laptops), adds a Start-menu shortcut, never starts any network service.
[Setup]
AppName=Registre
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\Registre
PrivilegesRequired=lowest
DefaultGroupName=Registre
OutputBaseFilename=Registre-installation
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\dist\Registre\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Registre"; Filename: "{app}\Registre.exe"; Parameters: "gui"
