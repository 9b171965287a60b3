# Installers, one per platform, all at the project version (top CMakeLists.txt):
#   Linux    cpack -G DEB      invitedesk_<version>_amd64.deb           packaging/linux/
#   Windows  cpack -G WIX      invitedesk-<version>-win64.msi           packaging/windows/
#   macOS    cpack -G DragNDrop invitedesk-<version>-Darwin.dmg (via packaging/macos/build-dmg.sh)
# Signing is a separate, environment-driven step of each platform's pipeline (sign-*.sh /
# sign-*.ps1 beside each), skipped with a message when no key or certificate is given; the
# workflow in .github/workflows/installers.yml runs the Windows and macOS ones.
set(CPACK_PACKAGE_NAME "invitedesk")
set(CPACK_PACKAGE_VENDOR "InviteDesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "InviteDesk")
set(CPACK_PACKAGE_CONTACT "it@invitedesk.example")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://invitedesk.example/")
# Only the program and its files, never the tests' or a dependency's install rules.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/")
# Packages land in the build folder, one file each (no _CPack_Packages checksum files).
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")

if(WIN32)
    set(CPACK_GENERATOR "WIX")
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    set(CPACK_GENERATOR "DEB")
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()
include(CPack)
