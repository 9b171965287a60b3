# Run by the .msi on uninstall with REMOVEUSERDATA=1 (Policy.wxs), as the user who
# uninstalls: removes that user's InviteDesk data. Other users' data stays (their keychain
# entries are encrypted for them alone); IT removes it with this script in each user's logon
# session, or with their profiles.
#   %APPDATA%\InviteDesk, %LOCALAPPDATA%\InviteDesk  the SQLite database, .eml folder, logs
#   HKCU\Software\InviteDesk                         the user's settings
#   Credential Manager entries written by QtKeychain for InviteDesk (target database:... and
#   smtp:..., comment "QtKeychain")                  the saved passwords
# Never fails the uninstall: every step goes on after an error.
$ErrorActionPreference = 'Continue'

foreach ($dir in @("$env:APPDATA\InviteDesk", "$env:LOCALAPPDATA\InviteDesk")) {
    if (Test-Path -LiteralPath $dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
if (Test-Path 'HKCU:\Software\InviteDesk') { Remove-Item 'HKCU:\Software\InviteDesk' -Recurse -Force }

Add-Type -Namespace InviteDesk -Name Cred -MemberDefinition @'
[StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
public struct CREDENTIAL {
    public uint Flags; public uint Type; public string TargetName; public string Comment;
    public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
    public uint CredentialBlobSize; public IntPtr CredentialBlob; public uint Persist;
    public uint AttributeCount; public IntPtr Attributes; public string TargetAlias;
    public string UserName;
}
[DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
public static extern bool CredEnumerateW(string filter, uint flags, out uint count, out IntPtr creds);
[DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
public static extern bool CredDeleteW(string target, uint type, uint flags);
[DllImport("advapi32.dll")]
public static extern void CredFree(IntPtr buffer);
'@

foreach ($filter in @('database:*', 'smtp:*')) {
    $count = 0; $list = [IntPtr]::Zero
    if (-not [InviteDesk.Cred]::CredEnumerateW($filter, 0, [ref]$count, [ref]$list)) { continue }
    $targets = @()
    for ($i = 0; $i -lt $count; $i++) {
        $p = [Runtime.InteropServices.Marshal]::ReadIntPtr($list, $i * [IntPtr]::Size)
        $c = [Runtime.InteropServices.Marshal]::PtrToStructure($p, [type][InviteDesk.Cred+CREDENTIAL])
        if ($c.Type -eq 1 -and $c.Comment -eq 'QtKeychain') { $targets += $c.TargetName }
    }
    [InviteDesk.Cred]::CredFree($list)
    foreach ($t in $targets) { [void][InviteDesk.Cred]::CredDeleteW($t, 1, 0) }
}
exit 0
