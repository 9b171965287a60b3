# Install-time script (install(SCRIPT) from Windows.cmake, after Qt's deploy script): copies
# into bin/ every DLL that invitedesk.exe and the deployed Qt plugins import and that is not
# Windows' own, from INVITEDESK_RUNTIME_DIRS (set just before by an install(CODE)): QtKeychain,
# libpq and what it needs (libintl, libiconv, zlib, ...), OpenSSL 3. libssl and libcrypto are
# copied by name too, since Qt's OpenSSL backend loads them at run time without importing them.
# Fails the install when one of those is missing, so no .msi is built without them.
set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_bin "${_root}/bin")
set(_dirs "")
foreach(_d IN LISTS INVITEDESK_RUNTIME_DIRS)
    if(_d AND IS_DIRECTORY "${_d}")
        file(REAL_PATH "${_d}" _real)
        list(APPEND _dirs "${_real}")
    endif()
endforeach()
list(REMOVE_DUPLICATES _dirs)
message(STATUS "InviteDesk runtime: looking for DLLs in ${_dirs}")

file(GLOB_RECURSE _plugins "${_root}/plugins/*.dll")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${_bin}/invitedesk.exe"
    MODULES ${_plugins}
    DIRECTORIES "${_bin}" ${_dirs}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^hvsifiletrust" "^pdmutilities"
    POST_EXCLUDE_REGEXES "[Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\][Ss]ystem32"
                         "[Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\][Ss]ys[Ww][Oo][Ww]64"
    RESOLVED_DEPENDENCIES_VAR _resolved
    UNRESOLVED_DEPENDENCIES_VAR _unresolved
    CONFLICTING_DEPENDENCIES_PREFIX _conflict)

# The same DLL in two folders (PostgreSQL ships its own libssl): the first folder listed wins.
foreach(_name IN LISTS _conflict_FILENAMES)
    list(GET _conflict_${_name} 0 _first)
    list(APPEND _resolved "${_first}")
    message(STATUS "InviteDesk runtime: ${_name} found in several folders; using ${_first}")
endforeach()

if(_unresolved)
    message(WARNING "InviteDesk runtime: not resolved (Windows' own?): ${_unresolved}")
endif()

foreach(_file IN LISTS _resolved)
    get_filename_component(_name "${_file}" NAME)
    if(NOT EXISTS "${_bin}/${_name}")
        message(STATUS "InviteDesk runtime: ${_name} <- ${_file}")
        file(COPY "${_file}" DESTINATION "${_bin}")
    endif()
endforeach()

# OpenSSL 3, by name.
set(_missing "")
foreach(_pattern "libcrypto-3*.dll" "libssl-3*.dll")
    set(_found "")
    foreach(_d IN LISTS _dirs)
        file(GLOB _hits "${_d}/${_pattern}")
        if(_hits)
            list(GET _hits 0 _found)
            break()
        endif()
    endforeach()
    if(NOT _found)
        list(APPEND _missing "${_pattern}")
    else()
        get_filename_component(_name "${_found}" NAME)
        if(NOT EXISTS "${_bin}/${_name}")
            file(COPY "${_found}" DESTINATION "${_bin}")
        endif()
    endif()
endforeach()

# What the program cannot run without, whatever the imports said.
foreach(_pattern "qt6keychain*.dll" "libpq.dll")
    file(GLOB _hits "${_bin}/${_pattern}")
    if(NOT _hits)
        list(APPEND _missing "${_pattern}")
    endif()
endforeach()
if(_missing)
    message(FATAL_ERROR "InviteDesk runtime: not found: ${_missing}. Add their folders to "
                        "INVITEDESK_RUNTIME_DIRS (e.g. the OpenSSL and PostgreSQL bin folders).")
endif()
