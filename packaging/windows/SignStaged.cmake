# CPACK_PRE_BUILD_SCRIPTS (Windows.cmake): runs after CPack installed the program into its
# staging folder and before WiX packs it, so the .msi carries signed files: signs every .exe
# and .dll there with sign.ps1 (which skips with a message when no certificate is given).
find_program(_pwsh NAMES pwsh powershell REQUIRED)
set(_staging "")
foreach(_dir IN LISTS CPACK_TEMPORARY_DIRECTORY CPACK_TEMPORARY_INSTALL_DIRECTORY)
    if(_dir AND IS_DIRECTORY "${_dir}")
        set(_staging "${_dir}")
        break()
    endif()
endforeach()
if(NOT _staging)
    message(FATAL_ERROR "SignStaged: CPack's staging folder is unknown")
endif()
execute_process(
    COMMAND "${_pwsh}" -NoProfile -NonInteractive -ExecutionPolicy Bypass
        -File "${CPACK_INVITEDESK_SIGN_SCRIPT}" -Path "${_staging}"
    RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "signing the staged files failed (sign.ps1 exit ${_rc})")
endif()
