# SPDX-License-Identifier: GPL-3.0-or-later
# libphonenumber ships neither a CMake package nor a pkg-config file on Debian; vcpkg ships a
# CMake package. Both end as the imported target PhoneNumber::PhoneNumber.
find_package(libphonenumber CONFIG QUIET)
if(TARGET libphonenumber::phonenumber)
    add_library(PhoneNumber::PhoneNumber ALIAS libphonenumber::phonenumber)
else()
    find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
    find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
endif()
