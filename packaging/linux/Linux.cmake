# The Debian package (cpack -G DEB, or plain `cpack` on Linux): Debian's Qt 6 and libraries,
# nothing bundled. Included from packaging/CPackConfig.cmake before include(CPack).
#
#   /usr/bin/invitedesk
#   /usr/share/applications/<app id>.desktop
#   /usr/share/icons/hicolor/scalable/apps/<app id>.svg, .../<N>x<N>/apps/<app id>.png
#   /usr/share/metainfo/<app id>.metainfo.xml      (AppStream; appstreamcli validate)
#   /usr/share/man/man1/invitedesk.1.gz
#   /usr/share/doc/invitedesk/copyright, changelog.gz
#
# tests/packaging/test_deb_package builds the package, runs lintian and appstreamcli on it,
# and runs the extracted binary.
set(_linux ${CMAKE_SOURCE_DIR}/packaging/linux)
set(_icons ${CMAKE_SOURCE_DIR}/packaging/icons)
set(_out ${CMAKE_BINARY_DIR}/packaging/linux)
file(MAKE_DIRECTORY ${_out})

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "InviteDesk IT <${CPACK_PACKAGE_CONTACT}>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://invitedesk.example/")
# The .deb's Version is the project version (no commit: apt compares versions).
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # invitedesk_<version>_<arch>.deb
# Depends: what dpkg-shlibdeps finds in the binary (Qt 6, QtKeychain, OpenSSL, libpq, libc),
# plus the plugins Qt loads at run time, which no ELF dependency names: the SQL drivers, the
# platform plugins (xcb, wayland, offscreen) and the SVG image and icon-engine plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-psql, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# A keychain to keep passwords in on a desktop (QtKeychain talks to it over D-Bus).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# The extended description (the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents
# each line and turns the empty one into " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "InviteDesk is the desktop application with which office admins invite doctors,
sales representatives, distributors and staff onto the insurance-verification
platform, and track, resend and cancel their invitations.

The same program runs headless for IT and scripts: `invitedesk check` verifies
an installation, `invitedesk serve` answers the invitation links.")
# Packages hold no debug sections (lintian: unstripped-binary-or-object) and the modes
# Debian expects whatever the builder's umask.
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The release date in the changelog's RFC 2822 form ("Sat, 05 Dec 2026 00:00:00 +0000"),
# from INVITEDESK_RELEASE_DATE (weekday by Sakamoto's method).
string(REGEX MATCH "^([0-9]+)-([0-9]+)-([0-9]+)$" _date "${INVITEDESK_RELEASE_DATE}")
set(_y ${CMAKE_MATCH_1})
set(_dd ${CMAKE_MATCH_3})
math(EXPR _m "${CMAKE_MATCH_2}")
math(EXPR _d "${CMAKE_MATCH_3}")
set(_offsets 0 3 2 5 0 3 5 1 4 6 2 4)
math(EXPR _mi "${_m} - 1")
list(GET _offsets ${_mi} _t)
set(_yy ${_y})
if(_m LESS 3)
    math(EXPR _yy "${_y} - 1")
endif()
math(EXPR _dow "(${_yy} + ${_yy} / 4 - ${_yy} / 100 + ${_yy} / 400 + ${_t} + ${_d}) % 7")
set(_days Sun Mon Tue Wed Thu Fri Sat)
set(_months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
list(GET _days ${_dow} _dayname)
list(GET _months ${_mi} _monthname)
set(INVITEDESK_RELEASE_DATE_RFC2822
    "${_dayname}, ${_dd} ${_monthname} ${_y} 00:00:00 +0000")

configure_file(${_linux}/${INVITEDESK_APP_ID}.metainfo.xml.in
    ${_out}/${INVITEDESK_APP_ID}.metainfo.xml @ONLY)
configure_file(${_linux}/changelog.in ${_out}/changelog @ONLY)
configure_file(${_linux}/invitedesk.1 ${_out}/invitedesk.1 COPYONLY)

# Debian wants manual pages and changelogs compressed with gzip -9n (no name, no time stamp).
find_program(INVITEDESK_GZIP gzip REQUIRED)
add_custom_command(
    OUTPUT ${_out}/invitedesk.1.gz ${_out}/changelog.gz
    COMMAND ${INVITEDESK_GZIP} -9nfk ${_out}/invitedesk.1 ${_out}/changelog
    DEPENDS ${_out}/invitedesk.1 ${_out}/changelog
    COMMENT "Compressing the manual page and changelog for the .deb"
    VERBATIM)
add_custom_target(invitedesk_deb_docs ALL DEPENDS ${_out}/invitedesk.1.gz ${_out}/changelog.gz)

install(FILES ${_linux}/${INVITEDESK_APP_ID}.desktop DESTINATION share/applications)
install(FILES ${_out}/${INVITEDESK_APP_ID}.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/ui/icons/app.svg
    DESTINATION share/icons/hicolor/scalable/apps RENAME ${INVITEDESK_APP_ID}.svg)
foreach(_size 16 32 48 64 128 256 512)
    install(FILES ${_icons}/png/${_size}.png
        DESTINATION share/icons/hicolor/${_size}x${_size}/apps RENAME ${INVITEDESK_APP_ID}.png)
endforeach()
install(FILES ${_out}/invitedesk.1.gz DESTINATION share/man/man1)
install(FILES ${_linux}/copyright ${_out}/changelog.gz DESTINATION share/doc/invitedesk)
