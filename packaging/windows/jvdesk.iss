; Inno Setup script for jvdesk on Windows: a per-user install that needs no administrator
; rights, with a Start-menu entry, an uninstaller, "Open with jvdesk" for content packs
; (folders holding a pack.yaml) and for pack.yaml files themselves, and the .jvpack file type
; (one-file packs), which opens in jvdesk on a double-click.
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\jvdesk packaging\windows\jvdesk.iss
;
; BundleDir is the PyInstaller onedir build (packaging/jvdesk.spec), which holds jvdesk.exe
; (the command line) and jvdesk-gui.exe (the desktop app, no console window).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\jvdesk"
#endif

[Setup]
AppId={{7A9E3C52-6A1B-4F1D-9B3E-2C8D5E6F7A10}
AppName=jvdesk
AppVersion={#AppVersion}
AppPublisher=jvdesk developers
DefaultDirName={localappdata}\Programs\jvdesk
DefaultGroupName=jvdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=jvdesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\jvdesk.ico
UninstallDisplayIcon={app}\jvdesk-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
; Tells Explorer to reload file types after install and uninstall (the .jvpack association).
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the jvdesk command to your PATH (for scripts)"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\jvdesk"; Filename: "{app}\jvdesk-gui.exe"
Name: "{group}\Uninstall jvdesk"; Filename: "{uninstallexe}"
Name: "{userdesktop}\jvdesk"; Filename: "{app}\jvdesk-gui.exe"; Tasks: desktopicon

[Registry]
; "Open with jvdesk" on a folder (a content pack) and on a pack.yaml file, for this user only.
Root: HKCU; Subkey: "Software\Classes\Directory\shell\jvdesk"; ValueType: string; ValueName: ""; ValueData: "Open as a jvdesk content pack"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Directory\shell\jvdesk"; ValueType: string; ValueName: "Icon"; ValueData: """{app}\jvdesk-gui.exe"""
Root: HKCU; Subkey: "Software\Classes\Directory\shell\jvdesk\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jvdesk-gui.exe"" --pack ""%1"""
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.yaml\shell\jvdesk"; ValueType: string; ValueName: ""; ValueData: "Open the content pack in jvdesk"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.yaml\shell\jvdesk\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jvdesk-gui.exe"" --pack ""%w"""
; .jvpack files (one-file content packs) open in jvdesk on a double-click: the extension names
; the jvdesk.pack file type, whose icon and open command are the app's. HKA is the current
; user's classes in a per-user install and the machine's in an administrative one. The windowed
; jvdesk-gui.exe is the one started, so no console window opens with the app.
Root: HKA; Subkey: "Software\Classes\.jvpack"; ValueType: string; ValueName: ""; ValueData: "jvdesk.pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jvpack"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-jvdesk-pack"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jvpack\OpenWithProgids"; ValueType: string; ValueName: "jvdesk.pack"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\jvdesk.pack"; ValueType: string; ValueName: ""; ValueData: "jvdesk content pack"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\jvdesk.pack\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\jvdesk-gui.exe"",0"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\jvdesk.pack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jvdesk-gui.exe"" ""%1"""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\jvdesk-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".jvpack"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\jvdesk-gui.exe"; Description: "{cm:LaunchProgram,jvdesk}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
