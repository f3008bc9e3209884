; Partage for Windows: Inno Setup 6 script over the PyInstaller bundle.
;
; Built by `python installer\build.py --package`, which passes the values below; by hand,
; from the repository's root, after `python installer\build.py`:
;
;     ISCC installer\windows\partage.iss
;
; Installs for the current user without administrator rights, into
; %LOCALAPPDATA%\Programs\Partage (a first dialog lets an administrator install for all
; users instead). Adds a Start-menu entry, opens .partage files with partage.exe, and
; uninstalls from Settings > Apps. The command line, partage-cli.exe, is installed beside
; partage.exe. Databases, preferences and backups are the person's own data
; (%LOCALAPPDATA%\Partage) and stay when the program is removed.

; Inno Setup 6.3 reads this file as UTF-8 without a BOM and knows x64compatible.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif

#define AppName "Partage"
#define AppExe "partage.exe"
#define ProgId "Partage.Database"

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\partage-windows-x64"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\partage.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
; The version is the package's: partage.spec writes it into partage.exe's version resource.
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")
#endif
#ifndef OutputName
  #define OutputName "partage-" + AppVersion + "-windows-x64-setup"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{74FC059C-FE81-4DAF-B121-CC40165B4433}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; an administrator may choose all users in a dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.DocumentType=Partage database
french.DocumentType=Base de données Partage

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries whole: no file of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .partage files open with partage.exe "%1" (HKA: the user's classes in a per-user
; install, the machine's in an install for all users).
Root: HKA; Subkey: "Software\Classes\.partage"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.partage\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DocumentType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".partage"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
