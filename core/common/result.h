// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace adhera {

// What went wrong, in words a person can act on. The code lets callers (and tests) tell
// failures apart without parsing the message.
enum class ErrorCode {
    InvalidInput, // a value given by the user does not pass validation
    NotFound, // the record or file asked for does not exist
    NotADatabase, // the file exists but is not an SQLite database
    TooNew, // the file was written by a newer Adhera
    ReadOnly, // the file or its folder cannot be written
    Locked, // another Adhera holds the file
    MissingFolder, // the folder for the file does not exist
    NotEmpty, // the operation needs an empty database
    Conflict, // a uniqueness or consistency rule would be broken
    Storage, // SQLite reported an error
    Io, // reading or writing a file failed
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::unexpected<Error>(Error {code, std::move(message)});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace adhera
