# The macOS installer: InviteDesk.app (Info.plist, icon) deployed with macdeployqt through
# Qt's deploy script, signed with the hardened runtime, in a DMG that is signed, notarized and
# stapled (cpack -G DragNDrop). Signing and notarization are driven by environment variables
# and skipped with a message without them (sign-app.sh, notarize-dmg.sh). Included from
# packaging/CPackConfig.cmake on macOS.
set(_mac ${CMAKE_CURRENT_LIST_DIR})
set(_icns ${CMAKE_SOURCE_DIR}/packaging/icons/invitedesk.icns)

set_target_properties(invitedesk PROPERTIES
    OUTPUT_NAME InviteDesk
    MACOSX_BUNDLE_INFO_PLIST ${_mac}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME InviteDesk
    MACOSX_BUNDLE_GUI_IDENTIFIER ${INVITEDESK_APP_ID}
    MACOSX_BUNDLE_ICON_FILE invitedesk.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 InviteDesk. All rights reserved.")
target_sources(invitedesk PRIVATE ${_icns})
set_source_files_properties(${_icns} TARGET_DIRECTORY invitedesk
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# macdeployqt on the installed bundle: the Qt frameworks, plugins (cocoa, styles, SVG,
# sqldrivers with libpq, tls with OpenSSL 3) and every non-system dylib they load
# (QtKeychain, libpq, OpenSSL), with their install names rewritten into the bundle.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET invitedesk FILENAME_VARIABLE _qt_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET invitedesk OUTPUT_SCRIPT _qt_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${_qt_deploy_script})

# Between CPack's staging and the DMG: sign the staged app (hardened runtime, entitlements,
# timestamp); after the DMG: sign, notarize and staple it.
set(CPACK_PRE_BUILD_SCRIPTS ${_mac}/SignStaged.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${_mac}/SignPackage.cmake)
set(CPACK_INVITEDESK_MACOS_DIR ${_mac})
set(CPACK_DMG_VOLUME_NAME "InviteDesk")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "invitedesk-${PROJECT_VERSION}-Darwin")
