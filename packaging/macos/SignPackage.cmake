# CPACK_POST_BUILD_SCRIPTS (MacOS.cmake): signs, notarizes and staples the DMG CPack made
# (notarize-dmg.sh; each step skipped with a message when its credentials are missing).
foreach(_package IN LISTS CPACK_PACKAGE_FILES)
    execute_process(COMMAND /bin/bash "${CPACK_INVITEDESK_MACOS_DIR}/notarize-dmg.sh" "${_package}"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "signing or notarizing ${_package} failed (notarize-dmg.sh exit ${_rc})")
    endif()
endforeach()
