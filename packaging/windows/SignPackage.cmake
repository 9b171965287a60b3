# CPACK_POST_BUILD_SCRIPTS (Windows.cmake): signs the .msi CPack just made with sign.ps1
# (skipped with a message when no certificate is given).
find_program(_pwsh NAMES pwsh powershell REQUIRED)
foreach(_package IN LISTS CPACK_PACKAGE_FILES)
    execute_process(
        COMMAND "${_pwsh}" -NoProfile -NonInteractive -ExecutionPolicy Bypass
            -File "${CPACK_INVITEDESK_SIGN_SCRIPT}" -Path "${_package}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "signing ${_package} failed (sign.ps1 exit ${_rc})")
    endif()
endforeach()
