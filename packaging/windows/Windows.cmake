# The Windows installer: a per-machine WiX .msi (cpack -G WIX) of the program deployed with
# its Qt, OpenSSL 3, libpq, QtKeychain and MSVC runtime, each PE file Authenticode-signed
# before WiX packs it and the .msi signed after (sign.ps1, driven by environment variables,
# skipped with a message when no certificate is given). Included from
# packaging/CPackConfig.cmake on Windows. What IT passes to msiexec: packaging/windows/README.md.
set(_win ${CMAKE_CURRENT_LIST_DIR})

# Icon and version information in the .exe (Explorer, inventory tools, SmartScreen).
string(REPLACE "." "," INVITEDESK_VERSION_COMMAS "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(INVITEDESK_ICO ${CMAKE_SOURCE_DIR}/packaging/icons/invitedesk.ico)
configure_file(${_win}/invitedesk.rc.in ${CMAKE_BINARY_DIR}/packaging/windows/invitedesk.rc @ONLY)
target_sources(invitedesk PRIVATE ${CMAKE_BINARY_DIR}/packaging/windows/invitedesk.rc)

# --- Deployment into the install tree (bin/ and plugins/) ----------------------------------
# Qt: windeployqt through Qt's deploy script brings the Qt DLLs the program links and its
# plugins: platforms (qwindows), styles, imageformats and iconengines (qsvg), sqldrivers
# (qsqlite, qsqlpsql), tls (qopensslbackend, qschannelbackend), with a qt.conf.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET invitedesk FILENAME_VARIABLE _qt_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET invitedesk OUTPUT_SCRIPT _qt_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${_qt_deploy_script})

# What windeployqt leaves out: the DLLs of libraries that are not Qt's. QtKeychain's DLL,
# OpenSSL 3 (libssl/libcrypto: the program links them, and Qt's OpenSSL backend loads them
# at run time), libpq with what it needs (qsqlpsql.dll and the program's bulk COPY), found in
# these folders by what the program and every deployed plugin import.
set(INVITEDESK_RUNTIME_DIRS "" CACHE STRING
    "Folders with the DLLs to ship beside invitedesk.exe (OpenSSL bin, PostgreSQL bin, ...); the ones found by CMake are added")
file(TO_CMAKE_PATH "${INVITEDESK_RUNTIME_DIRS}" _runtime_dirs) # C:\... as C:/... in CODE below
if(OPENSSL_INCLUDE_DIR)
    list(APPEND _runtime_dirs "${OPENSSL_INCLUDE_DIR}/../bin" "${OPENSSL_INCLUDE_DIR}/..")
endif()
if(PostgreSQL_LIBRARY)
    get_filename_component(_pq_lib_dir "${PostgreSQL_LIBRARY}" DIRECTORY)
    list(APPEND _runtime_dirs "${_pq_lib_dir}/../bin")
endif()
file(TO_CMAKE_PATH "${_runtime_dirs}" _runtime_dirs)
install(CODE "set(INVITEDESK_RUNTIME_DIRS \"${_runtime_dirs};$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\")")
install(SCRIPT ${_win}/DeployRuntime.cmake)
# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...), app-local.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES TRUE)
include(InstallRequiredSystemLibraries)
# What a deferred custom action runs on uninstall with REMOVEUSERDATA=1 (Policy.wxs).
install(FILES ${_win}/remove-user-data.ps1 DESTINATION bin)

# --- Signing between staging and packing -----------------------------------------------------
# After CPack installs into its staging folder: sign every .exe and .dll there; after WiX made
# the .msi: sign it. Both call sign.ps1, which signs nothing (and says so) without a
# certificate in the environment.
set(CPACK_PRE_BUILD_SCRIPTS ${_win}/SignStaged.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${_win}/SignPackage.cmake)
set(CPACK_INVITEDESK_SIGN_SCRIPT ${_win}/sign.ps1)

# --- The .msi -------------------------------------------------------------------------------
# Never change the UpgradeCode: it is what makes a newer .msi replace an older one. The
# product code is new for every build (a major upgrade each time); the MajorUpgrade element
# in CPack's template refuses a downgrade with a message (msiexec exit 1603).
set(CPACK_WIX_UPGRADE_GUID "6F1B5B7E-2C4A-4C55-9B0B-3A1D7E9C5A11")
# Per machine: InstallScope (CMake 3.29+), or ALLUSERS=1 for older CPack templates, which set
# no scope (setting both would define ALLUSERS twice).
set(CPACK_WIX_INSTALL_SCOPE "perMachine")
if(CMAKE_VERSION VERSION_LESS 3.29)
    set(CPACK_WIX_PROPERTY_ALLUSERS "1")
endif()
set(CPACK_WIX_VERSION 3)
set(CPACK_WIX_PRODUCT_ICON ${INVITEDESK_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".") # the shortcut straight in the Start menu's Programs
set(CPACK_PACKAGE_EXECUTABLES "invitedesk" "InviteDesk")
set(CPACK_RESOURCE_FILE_LICENSE ${_win}/license.txt)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://invitedesk.example/")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_WIX_PROPERTY_ARPNOMODIFY "1")
set(CPACK_PACKAGE_FILE_NAME "invitedesk-${PROJECT_VERSION}-win64")
# The machine-wide policy written from DATABASE_URL, MAIL_URL and PUBLIC_URL, and
# REMOVEUSERDATA=1 on uninstall (Policy.wxs), added to the product's one feature.
set(CPACK_WIX_EXTRA_SOURCES ${_win}/Policy.wxs)
set(CPACK_WIX_PATCH_FILE ${_win}/wix-patch.xml)
