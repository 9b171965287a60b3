# Authenticode-signs InviteDesk's Windows files with an RFC 3161 timestamp, the key held in an
# HSM-backed cloud service as code-signing rules require since 2023. Called by CPack
# (SignStaged.cmake on every .exe/.dll of the staged install, SignPackage.cmake on the .msi)
# and usable by hand:   pwsh packaging/windows/sign.ps1 -Path <file or folder>
#
# Which service signs depends on the environment:
#   Azure Trusted Signing   TRUSTED_SIGNING_ENDPOINT, TRUSTED_SIGNING_ACCOUNT,
#                           TRUSTED_SIGNING_PROFILE, TRUSTED_SIGNING_DLIB (path of
#                           Azure.CodeSigning.Dlib.dll); signtool from the Windows SDK
#   Azure Key Vault         AZURE_KEY_VAULT_URI, AZURE_KEY_VAULT_CERTIFICATE; AzureSignTool
#                           (dotnet tool install --global AzureSignTool)
#   both: the service principal in AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET
#   INVITEDESK_TIMESTAMP_URL  RFC 3161 timestamp server (default: the service's own)
#   INVITEDESK_REQUIRE_SIGNING=1  fail instead of skipping when nothing above is set
# With neither service configured it signs nothing, says so, and exits 0 (a developer's or a
# fork's build); a release pipeline sets INVITEDESK_REQUIRE_SIGNING=1.
# Files that already carry a valid signature (the MSVC runtime, signed by Microsoft) are left
# as they are. Every file signed here is checked afterwards: valid signature and a timestamp.
param(
    [Parameter(Mandatory = $true)][string]$Path
)
$ErrorActionPreference = 'Stop'

function Get-PeFiles([string]$p) {
    if (Test-Path -LiteralPath $p -PathType Container) {
        return Get-ChildItem -LiteralPath $p -Recurse -File |
            Where-Object { $_.Extension -in '.exe', '.dll', '.msi' } |
            ForEach-Object { $_.FullName }
    }
    if (Test-Path -LiteralPath $p -PathType Leaf) { return @((Resolve-Path -LiteralPath $p).Path) }
    throw "sign: $p does not exist"
}

$all = @(Get-PeFiles $Path)
$toSign = @($all | Where-Object { (Get-AuthenticodeSignature -FilePath $_).Status -ne 'Valid' })
$already = $all.Count - $toSign.Count

$method = $null
if ($env:TRUSTED_SIGNING_ACCOUNT) { $method = 'trusted-signing' }
elseif ($env:AZURE_KEY_VAULT_URI) { $method = 'key-vault' }

if (-not $method) {
    $message = "sign: no signing certificate configured (set TRUSTED_SIGNING_ACCOUNT or " +
        "AZURE_KEY_VAULT_URI, see packaging/windows/README.md): $($toSign.Count) file(s) " +
        "under $Path left unsigned"
    if ($env:INVITEDESK_REQUIRE_SIGNING -eq '1') {
        Write-Error "$message, and INVITEDESK_REQUIRE_SIGNING=1"
        exit 1
    }
    Write-Host "$message; skipping."
    exit 0
}
if ($toSign.Count -eq 0) {
    Write-Host "sign: nothing to sign under $Path ($already file(s) already signed)"
    exit 0
}

function Require-Env([string[]]$names) {
    foreach ($n in $names) {
        if (-not [Environment]::GetEnvironmentVariable($n)) { throw "sign: $n is not set ($method)" }
    }
}

$list = New-TemporaryFile
Set-Content -LiteralPath $list -Value $toSign -Encoding utf8
try {
    if ($method -eq 'trusted-signing') {
        Require-Env 'TRUSTED_SIGNING_ENDPOINT', 'TRUSTED_SIGNING_PROFILE', 'TRUSTED_SIGNING_DLIB'
        $timestamp = if ($env:INVITEDESK_TIMESTAMP_URL) { $env:INVITEDESK_TIMESTAMP_URL } else { 'http://timestamp.acs.microsoft.com' }
        $metadata = New-TemporaryFile
        @{
            Endpoint               = $env:TRUSTED_SIGNING_ENDPOINT
            CodeSigningAccountName = $env:TRUSTED_SIGNING_ACCOUNT
            CertificateProfileName = $env:TRUSTED_SIGNING_PROFILE
        } | ConvertTo-Json | Set-Content -LiteralPath $metadata -Encoding utf8
        $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
            Sort-Object FullName -Descending | Select-Object -First 1
        if (-not $signtool) { throw 'sign: signtool.exe (Windows SDK) not found' }
        for ($i = 0; $i -lt $toSign.Count; $i += 50) {
            $chunk = $toSign[$i..([Math]::Min($i + 49, $toSign.Count - 1))]
            & $signtool.FullName sign /v /fd SHA256 /tr $timestamp /td SHA256 `
                /dlib $env:TRUSTED_SIGNING_DLIB /dmdf $metadata $chunk
            if ($LASTEXITCODE -ne 0) { throw "sign: signtool failed ($LASTEXITCODE)" }
        }
    } else {
        Require-Env 'AZURE_KEY_VAULT_CERTIFICATE', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'
        $timestamp = if ($env:INVITEDESK_TIMESTAMP_URL) { $env:INVITEDESK_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
        AzureSignTool sign --verbose `
            --azure-key-vault-url $env:AZURE_KEY_VAULT_URI `
            --azure-key-vault-certificate $env:AZURE_KEY_VAULT_CERTIFICATE `
            --azure-key-vault-tenant-id $env:AZURE_TENANT_ID `
            --azure-key-vault-client-id $env:AZURE_CLIENT_ID `
            --azure-key-vault-client-secret $env:AZURE_CLIENT_SECRET `
            --timestamp-rfc3161 $timestamp --timestamp-digest sha256 --file-digest sha256 `
            --input-file-list $list
        if ($LASTEXITCODE -ne 0) { throw "sign: AzureSignTool failed ($LASTEXITCODE)" }
    }
} finally {
    Remove-Item -LiteralPath $list -ErrorAction SilentlyContinue
}

$bad = @()
foreach ($f in $toSign) {
    $s = Get-AuthenticodeSignature -FilePath $f
    if ($s.Status -ne 'Valid' -or -not $s.TimeStamperCertificate) { $bad += "$f ($($s.Status))" }
}
if ($bad.Count -gt 0) {
    Write-Error ("sign: not validly signed and timestamped afterwards:`n  " + ($bad -join "`n  "))
    exit 1
}
Write-Host "sign: signed $($toSign.Count) file(s) with $method, timestamped by $timestamp ($already already signed)"
