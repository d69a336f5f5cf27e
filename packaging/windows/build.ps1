# Build jvdesk for Windows: the PyInstaller onedir bundle and the Inno Setup installer.
#   powershell -File packaging\windows\build.ps1 -Python .venv\Scripts\python.exe
param([string]$Python = ".venv\Scripts\python.exe")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = & $Python -c "import jvdesk; print(jvdesk.__version__)"
& $Python packaging\make_icons.py build\icons | Out-Null
& (Join-Path (Split-Path $Python) "pyinstaller.exe") --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\jvdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# A smoke test before packing: the command answers and the app opens every panel.
& dist\jvdesk\jvdesk.exe --version
if ($LASTEXITCODE -ne 0) { throw "the bundled jvdesk does not start" }
$env:QT_QPA_PLATFORM = "offscreen"
& dist\jvdesk\jvdesk.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundled app failed its self-test" }
Remove-Item Env:\QT_QPA_PLATFORM
& iscc "/DAppVersion=$version" "/DBundleDir=..\..\dist\jvdesk" packaging\windows\jvdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
